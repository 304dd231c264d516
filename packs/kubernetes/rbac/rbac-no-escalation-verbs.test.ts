import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-escalation-verbs";

const role = (rules: MockProps<"kubernetes:rbac.authorization.k8s.io/v1:ClusterRole">["rules"], type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole" | "kubernetes:rbac.authorization.k8s.io/v1:Role" = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole") => mockResource(type, { metadata: { name: "r" }, rules }, { name: "r" });

export const cases: RuleCase[] = [
    {
        name: "impersonate users",
        resources: role([{ apiGroups: [""], resources: ["users", "groups"], verbs: ["impersonate"] }]),
        expect: { violations: [{ propertyPath: "rules[0].verbs", messageIncludes: "impersonate" }] },
    },
    {
        name: "bind and escalate on roles",
        resources: role([{ apiGroups: ["rbac.authorization.k8s.io"], resources: ["clusterroles"], verbs: ["get", "bind", "escalate"] }], "kubernetes:rbac.authorization.k8s.io/v1:Role"),
        expect: { violations: [{ propertyPath: "rules[0].verbs", messageIncludes: "escalate, bind" }] },
    },
    {
        name: "every verb on clusterroles (v1beta1)",
        resources: mockResource("kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRole", { metadata: { name: "r" }, rules: [{ apiGroups: ["rbac.authorization.k8s.io"], resources: ["clusterroles"], verbs: ["*"] }] }, { name: "r" }),
        expect: { violations: [{ propertyPath: "rules[0].verbs", messageIncludes: 'escalate, bind (through "*")' }] },
    },
    {
        name: "impersonate user extras",
        resources: role([{ apiGroups: ["authentication.k8s.io"], resources: ["userextras/scopes"], verbs: ["impersonate"] }]),
        expect: { violations: [{ propertyPath: "rules[0].verbs", messageIncludes: "grants impersonate in" }] },
    },
    { name: "bind written on the bindings", resources: role([{ apiGroups: ["rbac.authorization.k8s.io"], resources: ["rolebindings", "clusterrolebindings"], verbs: ["bind"] }]), expect: { violations: ["rules[0].verbs"] } },
    { name: "bind on something that is not a role", resources: role([{ apiGroups: ["example.com"], resources: ["widgets"], verbs: ["bind"] }]), expect: "pass" },
    { name: "an aggregated ClusterRole is not judged on its rules", resources: mockResource("kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", { metadata: { name: "r" }, aggregationRule: { clusterRoleSelectors: [] }, rules: [{ apiGroups: [""], resources: ["users"], verbs: ["impersonate"] }] }, { name: "r" }), expect: "pass" },
    { name: "read-only", resources: role([{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] }]), expect: "pass" },
    { name: "verbs unknown during preview", resources: role([{ apiGroups: [""], resources: ["users"], verbs: unknown("array") }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
