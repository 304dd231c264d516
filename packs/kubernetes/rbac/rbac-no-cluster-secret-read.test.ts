import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./rbac-no-cluster-secret-read";

const clusterRole = (rules: MockProps<"kubernetes:rbac.authorization.k8s.io/v1:ClusterRole">["rules"]) => mockResource("kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", { metadata: { name: "reader" }, rules }, { name: "reader" });

export const cases: RuleCase[] = [
    {
        name: "list and watch secrets",
        resources: clusterRole([{ apiGroups: [""], resources: ["configmaps"], verbs: ["get"] }, { apiGroups: [""], resources: ["secrets"], verbs: ["list", "watch"] }]),
        expect: { violations: [{ propertyPath: "rules[1]", messageIncludes: "list, watch" }] },
    },
    { name: "every verb on every resource", resources: clusterRole([{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }]), expect: { violations: ["rules[0]"] } },
    { name: "named secret only", resources: clusterRole([{ apiGroups: [""], resources: ["secrets"], resourceNames: ["webhook-cert"], verbs: ["get"] }]), expect: "pass" },
    { name: "create only", resources: clusterRole([{ apiGroups: [""], resources: ["secrets"], verbs: ["create"] }]), expect: "pass" },
    { name: "secrets of another API group", resources: clusterRole([{ apiGroups: ["example.com"], resources: ["secrets"], verbs: ["get"] }]), expect: "pass" },
    {
        name: "a v1beta1 ClusterRole is judged too",
        resources: mockResource("kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRole", { metadata: { name: "old" }, rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"] }] }, { name: "old" }),
        expect: { violations: [{ propertyPath: "rules[0]", messageIncludes: "grants get on Secrets" }] },
    },
    {
        name: "an aggregated ClusterRole is not judged on its rules",
        resources: mockResource("kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", { metadata: { name: "agg" }, aggregationRule: { clusterRoleSelectors: [{ matchLabels: { "example.com/aggregate-to-reader": "true" } }] }, rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"] }] }, { name: "agg" }),
        expect: "pass",
    },
    { name: "resources unknown during preview", resources: clusterRole([{ apiGroups: [""], resources: unknown("array"), verbs: ["get"] }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
