import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-wildcards";

const role = (rules: MockProps<"kubernetes:rbac.authorization.k8s.io/v1:Role">["rules"], type: "kubernetes:rbac.authorization.k8s.io/v1:Role" | "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole" = "kubernetes:rbac.authorization.k8s.io/v1:Role") => mockResource(type, { metadata: { name: "r", namespace: "shop" }, rules }, { name: "r" });

export const cases: RuleCase[] = [
    { name: "wildcard verbs", resources: role([{ apiGroups: [""], resources: ["pods"], verbs: ["*"] }]), expect: { violations: [{ propertyPath: "rules[0].verbs", messageIncludes: "every verb" }] } },
    {
        name: "ClusterRole with wildcard everything is two problems",
        resources: role([{ apiGroups: [""], resources: ["configmaps"], verbs: ["get"] }, { apiGroups: ["*"], resources: ["*"], verbs: ["*"] }], "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole"),
        expect: { violations: ["rules[1].verbs", "rules[1].resources"] },
    },
    { name: "a v1alpha1 Role patch", resources: mockResource("kubernetes:rbac.authorization.k8s.io/v1alpha1:RolePatch", { metadata: { name: "r" }, rules: [{ apiGroups: [""], resources: ["*"], verbs: ["get"] }] }, { name: "r" }), expect: { violations: ["rules[0].resources"] } },
    { name: "explicit rules", resources: role([{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "watch"] }]), expect: "pass" },
    { name: "no rules (aggregated ClusterRole)", resources: role(undefined, "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole"), expect: "pass" },
    { name: "verbs unknown during preview", resources: role([{ apiGroups: [""], resources: ["pods"], verbs: unknown("array") }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
