import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./required-labels";

const LABELS = { "app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "shop", team: "payments" };
const deployment = (labels: Record<string, string> | undefined, templateLabels: unknown) =>
    mockResource.untyped("kubernetes:apps/v1:Deployment", {
        metadata: { name: "api", labels },
        spec: { selector: { matchLabels: { app: "api" } }, template: { metadata: { labels: templateLabels }, spec: { containers: [{ name: "api", image: "api:1" }] } } },
    }, { name: "api" });

export const cases: RuleCase[] = [
    { name: "labels on the workload and its pod template", resources: deployment(LABELS, LABELS), expect: "pass" },
    {
        name: "workload without labels, template complete",
        resources: deployment(undefined, LABELS),
        expect: {
            violations: [
                { propertyPath: "metadata.labels.app.kubernetes.io/name", messageIncludes: "Deployment `api` lacks" },
                "metadata.labels.app.kubernetes.io/part-of",
                "metadata.labels.team",
            ],
        },
    },
    {
        name: "pod template missing the team label",
        resources: deployment(LABELS, { "app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "shop" }),
        expect: { violations: [{ propertyPath: "spec.template.metadata.labels.team", messageIncludes: "pod template" }] },
    },
    { name: "an empty label value", resources: deployment({ ...LABELS, team: "" }, LABELS), expect: { violations: ["metadata.labels.team"] } },
    {
        name: "configured team label key",
        resources: deployment({ ...LABELS, owner: "x" }, { ...LABELS, owner: "x" }),
        options: { config: { "tagging-k8s-required-labels": { teamLabel: "owner" } } },
        expect: "pass",
    },
    {
        name: "pod template checks can be switched off",
        resources: deployment(LABELS, undefined),
        options: { config: { "tagging-k8s-required-labels": { checkPodTemplates: false } } },
        expect: "pass",
    },
    {
        name: "CronJob pod template sits under jobTemplate",
        resources: mockResource("kubernetes:batch/v1:CronJob", {
            metadata: { labels: LABELS },
            spec: { schedule: "* * * * *", jobTemplate: { spec: { template: { metadata: { labels: { team: "payments" } } } } } },
        }),
        expect: { violations: ["spec.jobTemplate.spec.template.metadata.labels.app.kubernetes.io/name", "spec.jobTemplate.spec.template.metadata.labels.app.kubernetes.io/part-of"] },
    },
    { name: "a bare Pod has no template", resources: mockResource("kubernetes:core/v1:Pod", { metadata: { labels: LABELS } }), expect: "pass" },
    {
        name: "StatefulSet without a template metadata",
        resources: mockResource("kubernetes:apps/v1:StatefulSet", { metadata: { labels: LABELS }, spec: { template: {} } }),
        expect: { violations: ["spec.template.metadata.labels.app.kubernetes.io/name", "spec.template.metadata.labels.app.kubernetes.io/part-of", "spec.template.metadata.labels.team"] },
    },
    { name: "labels unknown during preview", resources: deployment(unknown("object"), LABELS), expect: "skipped" },
    { name: "a label value unknown during preview is not judged", resources: deployment({ ...LABELS, team: unknown() }, LABELS), expect: "skipped" },
    {
        name: "a label value unknown during preview: the other labels are still judged",
        resources: deployment({ "app.kubernetes.io/name": "api", team: unknown() }, LABELS),
        expect: { violations: ["metadata.labels.app.kubernetes.io/part-of"] },
    },
    {
        name: "a ReplicaSet and its pod template are judged",
        resources: mockResource("kubernetes:apps/v1:ReplicaSet", {
            metadata: { labels: { "app.kubernetes.io/name": "api", team: "payments" } },
            spec: { selector: { matchLabels: { app: "api" } }, template: { metadata: { labels: LABELS }, spec: { containers: [{ name: "api", image: "api:1" }] } } },
        }, { name: "api-rs" }),
        expect: { violations: [{ propertyPath: "metadata.labels.app.kubernetes.io/part-of", messageIncludes: "ReplicaSet `api-rs` lacks the label" }] },
    },
    {
        name: "a ReplicaSet's pod template missing labels",
        resources: mockResource("kubernetes:apps/v1:ReplicaSet", { metadata: { labels: LABELS }, spec: { selector: { matchLabels: { app: "api" } }, template: { metadata: { labels: { app: "api" } } } } }),
        expect: { violations: ["spec.template.metadata.labels.app.kubernetes.io/name", "spec.template.metadata.labels.app.kubernetes.io/part-of", "spec.template.metadata.labels.team"] },
    },
    {
        name: "a Service without the team label",
        resources: mockResource("kubernetes:core/v1:Service", { metadata: { labels: { "app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "shop" } }, spec: { selector: { app: "api" }, ports: [{ port: 80 }] } }, { name: "api-svc" }),
        expect: { violations: [{ propertyPath: "metadata.labels.team", messageIncludes: "Service `api-svc` lacks the label" }] },
    },
    { name: "a labelled Service", resources: mockResource("kubernetes:core/v1:Service", { metadata: { labels: LABELS }, spec: { ports: [{ port: 80 }] } }), expect: "pass" },
    {
        name: "a ConfigMap without labels",
        resources: mockResource("kubernetes:core/v1:ConfigMap", { metadata: { name: "settings" }, data: { mode: "fast" } }, { name: "settings" }),
        expect: { violations: ["metadata.labels.app.kubernetes.io/name", "metadata.labels.app.kubernetes.io/part-of", "metadata.labels.team"] },
    },
    { name: "a labelled Namespace", resources: mockResource("kubernetes:core/v1:Namespace", { metadata: { labels: LABELS } }), expect: "pass" },
    { name: "a labelled Ingress (networking.k8s.io/v1)", resources: mockResource("kubernetes:networking.k8s.io/v1:Ingress", { metadata: { labels: LABELS } }), expect: "pass" },
    {
        name: "a PodTemplate's template is judged",
        resources: mockResource("kubernetes:core/v1:PodTemplate", { metadata: { labels: LABELS }, template: { metadata: { labels: { team: "payments" } } } }),
        expect: { violations: ["template.metadata.labels.app.kubernetes.io/name", "template.metadata.labels.app.kubernetes.io/part-of"] },
    },
    { name: "Service labels unknown during preview", resources: mockResource("kubernetes:core/v1:Service", { metadata: { labels: unknown("object") } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("kinds without object metadata, lists and patches are not judged", () => {
    const judged = new Set(rule.resourceTypes);
    for (const type of ["kubernetes:yaml/v2:ConfigFile", "kubernetes:yaml/v2:ConfigGroup", "kubernetes:helm.sh/v4:Chart", "kubernetes:helm.sh/v3:Release", "kubernetes:kustomize/v2:Directory", "kubernetes:core/v1:ConfigMapList", "kubernetes:apps/v1:DeploymentPatch"]) {
        expect(judged.has(type)).toBe(false);
    }
    for (const type of ["kubernetes:core/v1:Secret", "kubernetes:core/v1:ServiceAccount", "kubernetes:core/v1:PersistentVolumeClaim", "kubernetes:batch/v1:Job", "kubernetes:batch/v1:CronJob", "kubernetes:apps/v1:ReplicaSet"]) {
        expect(judged.has(type)).toBe(true);
    }
});
