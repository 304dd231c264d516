import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-service-account-token-create";

const ROLE = "kubernetes:rbac.authorization.k8s.io/v1:Role";
const role = (rules: MockProps<typeof ROLE>["rules"], type: typeof ROLE | "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole" = ROLE) =>
    mockResource(type, { metadata: { name: "r", namespace: "ci" }, rules }, { name: "r" });

export const cases: RuleCase[] = [
    {
        name: "create tokens for any service account",
        resources: role([{ apiGroups: [""], resources: ["serviceaccounts"], verbs: ["get"] }, { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }]),
        expect: { violations: [{ messageId: "tokenCreate", data: { kind: "Role", name: "r", verbs: "create", index: "1" }, propertyPath: "rules[1]" }] },
    },
    { name: "every verb on every subresource called token", resources: role([{ apiGroups: [""], resources: ["*/token"], verbs: ["*"] }], "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole"), expect: { violations: [{ messageId: "tokenCreate", data: { kind: "ClusterRole", name: "r", verbs: "every verb (*)", index: "0" } }] } },
    { name: "limited to a named service account", resources: role([{ apiGroups: [""], resources: ["serviceaccounts/token"], resourceNames: ["ci-deployer"], verbs: ["create"] }]), expect: "pass" },
    { name: "get on service accounts", resources: role([{ apiGroups: [""], resources: ["serviceaccounts"], verbs: ["get", "create"] }]), expect: "pass" },
    { name: "verbs unknown during preview", resources: role([{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: unknown("array") }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
