import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import { container } from "../__tests__/fixtures";
import rule from "./workload-has-pod-disruption-budget";

type Kind = "Deployment" | "StatefulSet";
const workload = (name: string, replicas: unknown, options: { kind?: Kind; namespace?: unknown; labels?: unknown; propertyDependencies?: Record<string, string[]> } = {}) =>
    mockResource.untyped(
        `kubernetes:apps/v1:${options.kind ?? "Deployment"}`,
        {
            metadata: { name, namespace: options.namespace === undefined ? "shop" : options.namespace },
            spec: {
                ...(replicas === undefined ? {} : { replicas }),
                selector: { matchLabels: { app: name } },
                template: { metadata: { labels: options.labels ?? { app: name, tier: "web" } }, spec: { containers: [container()] } },
            },
        },
        { name, propertyDependencies: options.propertyDependencies },
    );
const pdb = (name: string, selector: unknown, options: { namespace?: unknown; version?: "v1" | "v1beta1"; propertyDependencies?: Record<string, string[]> } = {}) =>
    mockResource.untyped(
        `kubernetes:policy/${options.version ?? "v1"}:PodDisruptionBudget`,
        { metadata: { name, namespace: options.namespace === undefined ? "shop" : options.namespace }, spec: { maxUnavailable: 1, selector } },
        { name, propertyDependencies: options.propertyDependencies },
    );
const namespace = (name: string) => mockResource("kubernetes:core/v1:Namespace", { metadata: {} }, { name });

const api = workload("api", 3);
const db = workload("db", 2, { kind: "StatefulSet" });
const autoNs = namespace("auto-ns");

export const cases: RuleCase[] = [
    {
        name: "a Deployment with 3 replicas and no budget",
        resources: [api],
        expect: { violations: [{ urn: api.urn, messageId: "noBudget", data: { resource: "Deployment `api`", replicas: "3" }, propertyPath: "spec.template.metadata.labels" }] },
    },
    { name: "a StatefulSet with 2 replicas and no budget", resources: [db], expect: { violations: [{ urn: db.urn, messageIncludes: "StatefulSet `db` runs 2 replicas" }] } },
    { name: "covered by matchLabels", resources: [api, pdb("api", { matchLabels: { app: "api" } })], expect: "pass" },
    { name: "covered by matchExpressions", resources: [api, pdb("web-tier", { matchExpressions: [{ key: "tier", operator: "In", values: ["web"] }] })], expect: "pass" },
    { name: "a v1 budget with an empty selector covers every pod of its namespace", resources: [api, pdb("all", {})], expect: "pass" },
    { name: "a v1beta1 budget with an empty selector covers none", resources: [api, pdb("all", {}, { version: "v1beta1" })], expect: { violations: [{ urn: api.urn }] } },
    { name: "a v1beta1 budget selecting the pods", resources: [api, pdb("api", { matchLabels: { app: "api" } }, { version: "v1beta1" })], expect: "pass" },
    { name: "a budget selecting other pods", resources: [api, pdb("other", { matchLabels: { app: "other" } })], expect: { violations: [{ urn: api.urn }] } },
    { name: "a budget in another namespace", resources: [api, pdb("api", { matchLabels: { app: "api" } }, { namespace: "blog" })], expect: { violations: [{ urn: api.urn }] } },
    { name: "one covered, one not", resources: [api, db, pdb("api", { matchLabels: { app: "api" } })], expect: { violations: [{ urn: db.urn }] } },
    { name: "absent replicas means 1: not judged", resources: [workload("solo", undefined)], expect: "pass" },
    { name: "one replica", resources: [workload("solo", 1)], expect: "pass" },
    { name: "replicas unknown during preview", resources: [workload("api", unknown("number"))], expect: "skipped" },
    { name: "a budget selector unknown during preview", resources: [api, pdb("api", unknown("object"))], expect: "skipped" },
    { name: "pod labels unknown during preview", resources: [workload("api", 3, { labels: unknown("object") }), pdb("x", { matchLabels: { app: "x" } })], expect: "skipped" },
    {
        name: "join through the Namespace dependency while the namespace name is unknown (preview)",
        resources: [
            autoNs,
            workload("api", 3, { namespace: unknown(), propertyDependencies: { metadata: [autoNs.urn] } }),
            pdb("api", { matchLabels: { app: "api" } }, { namespace: unknown(), propertyDependencies: { metadata: [autoNs.urn] } }),
        ],
        expect: "pass",
    },
    {
        name: "a matching budget whose namespace cannot be told: not judged",
        resources: [api, pdb("api", { matchLabels: { app: "api" } }, { namespace: unknown() })],
        expect: "skipped",
    },
    { name: "no Deployments or StatefulSets", resources: [pdb("api", {})], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
