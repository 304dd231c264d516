import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-nodes-proxy";

const CR = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole";
const role = (rules: MockProps<typeof CR>["rules"], type: typeof CR | "kubernetes:rbac.authorization.k8s.io/v1:Role" = CR) =>
    mockResource(type, { metadata: { name: "r" }, rules }, { name: "r" });

export const cases: RuleCase[] = [
    {
        name: "get on nodes/proxy",
        resources: role([{ apiGroups: [""], resources: ["nodes"], verbs: ["list"] }, { apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get"] }]),
        expect: { violations: [{ messageId: "nodeProxy", data: { kind: "ClusterRole", name: "r", verbs: "get", index: "1" }, propertyPath: "rules[1].resources" }] },
    },
    { name: "create on nodes/proxy", resources: role([{ apiGroups: [""], resources: ["nodes/proxy"], verbs: ["create"] }]), expect: { violations: ["rules[0].resources"] } },
    { name: "every subresource called proxy", resources: role([{ apiGroups: [""], resources: ["*/proxy"], verbs: ["get"] }]), expect: { violations: ["rules[0].resources"] } },
    { name: "wildcard everything", resources: role([{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }]), expect: { violations: [{ messageId: "nodeProxy", data: { kind: "ClusterRole", name: "r", verbs: "every verb (*)", index: "0" } }] } },
    { name: "nodes/metrics and nodes/stats", resources: role([{ apiGroups: [""], resources: ["nodes/metrics", "nodes/stats", "nodes"], verbs: ["get"] }]), expect: "pass" },
    { name: "nodes/proxy of another group", resources: role([{ apiGroups: ["metrics.k8s.io"], resources: ["nodes/proxy"], verbs: ["get"] }]), expect: "pass" },
    { name: "no verbs", resources: role([{ apiGroups: [""], resources: ["nodes/proxy"], verbs: [] }]), expect: "pass" },
    { name: "resources unknown during preview", resources: role([{ apiGroups: [""], resources: unknown("array"), verbs: ["get"] }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
