import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./api-version-not-removed";

const group = (objs: unknown) => mockResource.untyped("kubernetes:yaml/v2:ConfigGroup", { objs }, { name: "bundle" });
const target = (targetVersion: string) => ({ config: { "k8s-api-version-not-removed": { targetVersion } } });

export const cases: RuleCase[] = [
    {
        name: "extensions/v1beta1 Deployment",
        resources: mockResource("kubernetes:extensions/v1beta1:Deployment", { metadata: { name: "web" } }, { name: "web" }),
        expect: {
            violations: [
                { messageId: "removed", data: { kind: "Deployment", name: "web", apiVersion: "extensions/v1beta1", minor: "16", useInstead: "apps/v1" }, propertyPath: "apiVersion" },
            ],
        },
    },
    {
        name: "networking.k8s.io/v1beta1 Ingress",
        resources: mockResource("kubernetes:networking.k8s.io/v1beta1:Ingress", { metadata: { name: "shop" } }, { name: "shop" }),
        expect: { violations: [{ messageIncludes: "removed in v1.22: use networking.k8s.io/v1" }] },
    },
    {
        name: "batch/v1beta1 CronJob patch",
        resources: mockResource("kubernetes:batch/v1beta1:CronJobPatch", { metadata: { name: "report" } }, { name: "report" }),
        expect: { violations: [{ messageIncludes: "CronJob `report` uses batch/v1beta1, which Kubernetes removed in v1.25: use batch/v1" }] },
    },
    {
        name: "policy/v1beta1 PodSecurityPolicy has no replacement version",
        resources: mockResource("kubernetes:policy/v1beta1:PodSecurityPolicy", { metadata: { name: "restricted" } }, { name: "restricted" }),
        expect: { violations: [{ messageIncludes: "v1.25: use Pod Security Admission" }] },
    },
    {
        name: "flowcontrol v1beta3",
        resources: mockResource("kubernetes:flowcontrol.apiserver.k8s.io/v1beta3:FlowSchema", {}, { name: "fs" }),
        expect: { violations: [{ messageIncludes: "removed in v1.32: use flowcontrol.apiserver.k8s.io/v1" }] },
    },
    {
        name: "storage v1beta1 CSIStorageCapacity removed in 1.27",
        resources: mockResource("kubernetes:storage.k8s.io/v1beta1:CSIStorageCapacity", { storageClassName: "fast" }, { name: "cap" }),
        expect: { violations: [{ messageIncludes: "v1.27" }] },
    },
    {
        name: "removal after the target version is not reported",
        resources: mockResource("kubernetes:extensions/v1beta1:Ingress", { metadata: { name: "shop" } }, { name: "shop" }),
        options: target("v1.21"),
        expect: "not-judged",
    },
    {
        name: "removal at the target version is reported",
        resources: mockResource("kubernetes:extensions/v1beta1:Ingress", { metadata: { name: "shop" } }, { name: "shop" }),
        options: target("v1.22"),
        expect: { violations: ["apiVersion"] },
    },
    {
        name: "ConfigGroup inline manifest of a removed version",
        resources: group([
            { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" } },
            { apiVersion: "policy/v1beta1", kind: "PodDisruptionBudget", metadata: { name: "web" } },
        ]),
        expect: {
            violations: [
                {
                    messageId: "removedInline",
                    data: { name: "bundle", kind: "PodDisruptionBudget", apiVersion: "policy/v1beta1", index: "1", minor: "25", useInstead: "policy/v1" },
                    propertyPath: "objs[1].apiVersion",
                },
            ],
        },
    },
    {
        name: "ConfigGroup with GA manifests",
        resources: group([
            { apiVersion: "apps/v1", kind: "Deployment" },
            { apiVersion: "v1", kind: "Service" },
            { apiVersion: "storage.k8s.io/v1beta1", kind: "VolumeAttributesClass" },
        ]),
        expect: "pass",
    },
    { name: "ConfigGroup without inline manifests", resources: mockResource("kubernetes:yaml/v2:ConfigGroup", { files: ["manifests/*.yaml"] }, { name: "files" }), expect: "pass" },
    { name: "ConfigGroup manifests unknown in preview", resources: group(unknown("array")), expect: "skipped" },
    { name: "ConfigGroup apiVersion unknown in preview", resources: group([{ apiVersion: unknown(), kind: "Deployment" }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
