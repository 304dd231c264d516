import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-secret-read";

const ROLE = "kubernetes:rbac.authorization.k8s.io/v1:Role";
const role = (rules: MockProps<typeof ROLE>["rules"], type: typeof ROLE | "kubernetes:rbac.authorization.k8s.io/v1beta1:Role" = ROLE) =>
    mockResource(type, { metadata: { name: "reader", namespace: "shop" }, rules }, { name: "reader" });

export const cases: RuleCase[] = [
    {
        name: "list and watch secrets",
        resources: role([{ apiGroups: [""], resources: ["configmaps"], verbs: ["get"] }, { apiGroups: [""], resources: ["secrets"], verbs: ["list", "watch"] }]),
        expect: { violations: [{ messageId: "secretRead", data: { name: "reader", verbs: "list, watch", index: "1" }, propertyPath: "rules[1]" }] },
    },
    {
        name: "every verb on every resource of every group (v1beta1)",
        resources: role([{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }], "kubernetes:rbac.authorization.k8s.io/v1beta1:Role"),
        expect: { violations: [{ messageId: "secretRead", data: { name: "reader", verbs: "every verb (*)", index: "0" }, propertyPath: "rules[0]" }] },
    },
    { name: "get alone", resources: role([{ apiGroups: [""], resources: ["secrets"], verbs: ["get"] }]), expect: { violations: ["rules[0]"] } },
    { name: "named secret only", resources: role([{ apiGroups: [""], resources: ["secrets"], resourceNames: ["webhook-cert"], verbs: ["get", "watch"] }]), expect: "pass" },
    { name: "create and update only", resources: role([{ apiGroups: [""], resources: ["secrets"], verbs: ["create", "update"] }]), expect: "pass" },
    { name: "secrets of another API group", resources: role([{ apiGroups: ["example.com"], resources: ["secrets"], verbs: ["get"] }]), expect: "pass" },
    { name: "configmaps only", resources: role([{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list"] }]), expect: "pass" },
    { name: "resources unknown during preview", resources: role([{ apiGroups: [""], resources: unknown("array"), verbs: ["get"] }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
