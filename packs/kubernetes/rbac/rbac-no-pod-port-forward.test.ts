import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-pod-port-forward";

const ROLE = "kubernetes:rbac.authorization.k8s.io/v1:Role";
const role = (rules: MockProps<typeof ROLE>["rules"], type: typeof ROLE | "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole" = ROLE) =>
    mockResource(type, { metadata: { name: "r", namespace: "shop" }, rules }, { name: "r" });

export const cases: RuleCase[] = [
    {
        name: "create on pods/portforward",
        resources: role([{ apiGroups: [""], resources: ["pods"], verbs: ["get"] }, { apiGroups: [""], resources: ["pods/portforward"], verbs: ["create"] }]),
        expect: { violations: [{ messageId: "portForward", data: { kind: "Role", name: "r", verbs: "create", index: "1" }, propertyPath: "rules[1]" }] },
    },
    { name: "every verb, every resource, in a ClusterRole", resources: role([{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }], "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole"), expect: { violations: [{ messageId: "portForward", data: { kind: "ClusterRole", name: "r", verbs: "every verb (*)", index: "0" } }] } },
    { name: "pods and services only", resources: role([{ apiGroups: [""], resources: ["pods", "services"], verbs: ["get", "list", "create"] }]), expect: "pass" },
    { name: "verbs unknown during preview", resources: role([{ apiGroups: [""], resources: ["pods/portforward"], verbs: unknown("array") }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
