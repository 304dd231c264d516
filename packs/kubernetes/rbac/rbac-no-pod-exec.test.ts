import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-pod-exec";

const ROLE = "kubernetes:rbac.authorization.k8s.io/v1:Role";
const role = (rules: MockProps<typeof ROLE>["rules"], type: typeof ROLE | "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole" = ROLE) =>
    mockResource(type, { metadata: { name: "r", namespace: "shop" }, rules }, { name: "r" });

export const cases: RuleCase[] = [
    {
        name: "create on pods/exec",
        resources: role([{ apiGroups: [""], resources: ["pods"], verbs: ["get"] }, { apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] }]),
        expect: { violations: [{ messageId: "podExec", data: { kind: "Role", name: "r", verbs: "create", resources: "pods/exec", index: "1" }, propertyPath: "rules[1]" }] },
    },
    { name: "attach in a ClusterRole", resources: role([{ apiGroups: [""], resources: ["pods/attach"], verbs: ["create", "get"] }], "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole"), expect: { violations: [{ messageId: "podExec", data: { kind: "ClusterRole", name: "r", verbs: "create, get", resources: "pods/attach", index: "0" } }] } },
    { name: "get alone: a WebSocket exec before 1.35", resources: role([{ apiGroups: [""], resources: ["pods/exec"], verbs: ["get"] }]), expect: { violations: ["rules[0]"] } },
    { name: "any group, every resource", resources: role([{ apiGroups: ["*"], resources: ["*"], verbs: ["create"] }]), expect: { violations: [{ messageId: "podExec", data: { kind: "Role", name: "r", verbs: "create", resources: "pods/exec, pods/attach", index: "0" } }] } },
    { name: "logs only", resources: role([{ apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"] }]), expect: "pass" },
    { name: "an unrelated verb on pods/exec", resources: role([{ apiGroups: [""], resources: ["pods/exec"], verbs: ["list"] }]), expect: "pass" },
    { name: "pods/exec of another group", resources: role([{ apiGroups: ["example.com"], resources: ["pods/exec"], verbs: ["create"] }]), expect: "pass" },
    { name: "verbs unknown during preview", resources: role([{ apiGroups: [""], resources: ["pods/exec"], verbs: unknown("array") }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
