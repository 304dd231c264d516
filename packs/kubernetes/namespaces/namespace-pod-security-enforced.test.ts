import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./namespace-pod-security-enforced";

const ns = (labels?: Record<string, unknown>, name: unknown = "shop") =>
    mockResource.untyped("kubernetes:core/v1:Namespace", { metadata: { name, ...(labels ? { labels } : {}) } }, { name: "shop" });
const PATH = "metadata.labels.pod-security.kubernetes.io/enforce";
const restricted = { config: { "k8s-namespace-pod-security-enforced": { minimumLevel: "restricted" } } };

export const cases: RuleCase[] = [
    { name: "no labels", resources: ns(), expect: { violations: [{ messageId: "missing", data: { name: "shop" }, propertyPath: PATH }] } },
    { name: "only warn/audit labels", resources: ns({ "pod-security.kubernetes.io/warn": "restricted", "pod-security.kubernetes.io/audit": "restricted" }), expect: { violations: [PATH] } },
    { name: "empty enforce label", resources: ns({ "pod-security.kubernetes.io/enforce": "" }), expect: { violations: [{ messageId: "missing" }] } },
    {
        name: "privileged",
        resources: ns({ "pod-security.kubernetes.io/enforce": "privileged" }),
        expect: { violations: [{ messageId: "tooLow", data: { name: "shop", level: "privileged", minimum: "baseline" }, propertyPath: PATH }] },
    },
    {
        name: "not a level",
        resources: ns({ "pod-security.kubernetes.io/enforce": "Baseline" }),
        expect: { violations: [{ messageId: "invalid", data: { name: "shop", value: "a non-standard value" }, propertyPath: PATH }] },
    },
    { name: "misspelt level", resources: ns({ "pod-security.kubernetes.io/enforce": "strict" }), expect: { violations: [{ messageId: "invalid", data: { name: "shop", value: '"strict"' } }] } },
    { name: "baseline", resources: ns({ "pod-security.kubernetes.io/enforce": "baseline" }), expect: "pass" },
    { name: "restricted", resources: ns({ "pod-security.kubernetes.io/enforce": "restricted" }), expect: "pass" },
    { name: "baseline when restricted is the minimum", resources: ns({ "pod-security.kubernetes.io/enforce": "baseline" }), options: restricted, expect: { violations: [{ messageId: "tooLow", data: { name: "shop", level: "baseline", minimum: "restricted" } }] } },
    { name: "restricted when restricted is the minimum", resources: ns({ "pod-security.kubernetes.io/enforce": "restricted" }), options: restricted, expect: "pass" },
    { name: "kube-system is exempt", resources: ns(undefined, "kube-system"), expect: "pass" },
    { name: "configured exemption", resources: ns(undefined, "ingress-nginx"), options: { config: { "k8s-namespace-pod-security-enforced": { exemptNamespaces: ["ingress-nginx"] } } }, expect: "pass" },
    { name: "auto-named namespace is judged", resources: mockResource("kubernetes:core/v1:Namespace", {}, { name: "shop" }), expect: { violations: [PATH] } },
    {
        name: "patch lowering the level",
        resources: mockResource("kubernetes:core/v1:NamespacePatch", { metadata: { name: "shop", labels: { "pod-security.kubernetes.io/enforce": "privileged" } } }, { name: "shop" }),
        expect: { violations: [{ messageId: "tooLow" }] },
    },
    { name: "patch leaving the label alone", resources: mockResource("kubernetes:core/v1:NamespacePatch", { metadata: { name: "shop", labels: { team: "shop" } } }, { name: "shop" }), expect: "pass" },
    { name: "labels unknown in preview", resources: ns(unknown() as unknown as Record<string, unknown>), expect: "skipped" },
    { name: "name unknown in preview (might be exempt)", resources: ns({}, unknown()), expect: "skipped" },
    { name: "name unknown but the level is enforced", resources: ns({ "pod-security.kubernetes.io/enforce": "restricted" }, unknown()), expect: "pass" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
