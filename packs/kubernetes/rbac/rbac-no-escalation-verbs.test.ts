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
    { name: "read-only", resources: role([{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] }]), expect: "pass" },
    { name: "verbs unknown during preview", resources: role([{ apiGroups: [""], resources: ["users"], verbs: unknown("array") }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
