import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import { container } from "../__tests__/fixtures";
import rule from "./workload-min-replicas";

type Kind = "Deployment" | "StatefulSet";
const workload = (name: string, replicas: unknown, options: { kind?: Kind; namespace?: unknown; metadataName?: unknown } = {}) =>
    mockResource.untyped(
        `kubernetes:apps/v1:${options.kind ?? "Deployment"}`,
        {
            metadata: { name: options.metadataName === undefined ? name : options.metadataName, namespace: options.namespace ?? "shop" },
            spec: {
                ...(replicas === undefined ? {} : { replicas }),
                selector: { matchLabels: { app: name } },
                template: { metadata: { labels: { app: name } }, spec: { containers: [container()] } },
            },
        },
        { name },
    );
const hpa = (
    name: string,
    target: { kind: string; name: unknown },
    minReplicas: unknown,
    options: { version?: "v1" | "v2"; namespace?: unknown; propertyDependencies?: Record<string, string[]> } = {},
) =>
    mockResource.untyped(
        `kubernetes:autoscaling/${options.version ?? "v2"}:HorizontalPodAutoscaler`,
        {
            metadata: { name, namespace: options.namespace ?? "shop" },
            spec: { scaleTargetRef: { apiVersion: "apps/v1", ...target }, ...(minReplicas === undefined ? {} : { minReplicas }), maxReplicas: 10 },
        },
        { name, propertyDependencies: options.propertyDependencies },
    );

const RULE = "k8s-workload-min-replicas";
const single = workload("api", 1);
const unset = workload("worker", undefined);
const autoNamed = workload("auto", 1, { metadataName: null });

export const cases: RuleCase[] = [
    {
        name: "one replica",
        resources: [single],
        expect: { violations: [{ urn: single.urn, messageId: "tooFew", data: { resource: "Deployment `api`", replicas: "1", min: "2" }, propertyPath: "spec.replicas" }] },
    },
    { name: "absent replicas means 1", resources: [unset], expect: { violations: [{ urn: unset.urn, messageIncludes: "runs 1 replica(s), fewer than 2" }] } },
    { name: "a StatefulSet with one replica", resources: [workload("db", 1, { kind: "StatefulSet" })], expect: { violations: [{ messageIncludes: "StatefulSet `db`" }] } },
    { name: "two replicas", resources: [workload("api", 2)], expect: "pass" },
    { name: "scaled to zero on purpose", resources: [workload("api", 0)], expect: "pass" },
    { name: "configured minimum", resources: [workload("api", 2)], options: { config: { [RULE]: { minReplicas: 3 } } }, expect: { violations: ["spec.replicas"] } },
    { name: "an HPA with minReplicas 2 (v2)", resources: [unset, hpa("worker", { kind: "Deployment", name: "worker" }, 2)], expect: "pass" },
    { name: "an HPA with minReplicas 3 (v1)", resources: [single, hpa("api", { kind: "Deployment", name: "api" }, 3, { version: "v1" })], expect: "pass" },
    {
        name: "an HPA with minReplicas 1 is reported on the HPA",
        resources: [single, hpa("api-hpa", { kind: "Deployment", name: "api" }, 1)],
        expect: { violations: [{ messageId: "autoscalerTooLow", data: { hpa: "HorizontalPodAutoscaler `api-hpa`", resource: "Deployment `api`", replicas: "1", min: "2" }, propertyPath: "spec.minReplicas" }] },
    },
    { name: "an HPA without minReplicas (defaults to 1)", resources: [single, hpa("api-hpa", { kind: "Deployment", name: "api" }, undefined)], expect: { violations: ["spec.minReplicas"] } },
    { name: "an HPA in another namespace does not count", resources: [single, hpa("api", { kind: "Deployment", name: "api" }, 3, { namespace: "blog" })], expect: { violations: [{ urn: single.urn }] } },
    { name: "an HPA targeting another kind does not count", resources: [single, hpa("api", { kind: "StatefulSet", name: "api" }, 3)], expect: { violations: [{ urn: single.urn }] } },
    {
        name: "join: an HPA naming an auto-named workload through its output",
        resources: [autoNamed, hpa("auto", { kind: "Deployment", name: unknown("string") }, 2, { propertyDependencies: { spec: [autoNamed.urn] } })],
        expect: "pass",
    },
    { name: "replicas unknown during preview", resources: [workload("api", unknown("number"))], expect: "skipped" },
    { name: "an HPA minReplicas unknown during preview", resources: [single, hpa("api", { kind: "Deployment", name: "api" }, unknown("number"))], expect: "skipped" },
    { name: "an HPA whose target cannot be told: not judged", resources: [single, hpa("x", { kind: "Deployment", name: unknown("string") }, 2)], expect: "skipped" },
    { name: "no Deployments or StatefulSets", resources: [hpa("x", { kind: "Deployment", name: "x" }, 1)], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
