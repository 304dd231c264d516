import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-system-masters-binding";

const CRB = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding";
const RB = "kubernetes:rbac.authorization.k8s.io/v1:RoleBindingPatch";
const binding = (subjects: MockProps<typeof CRB>["subjects"], type: typeof CRB | typeof RB = CRB) =>
    mockResource(type, { metadata: { name: "b" }, roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" }, subjects }, { name: "b" });

export const cases: RuleCase[] = [
    {
        name: "system:masters group",
        resources: binding([{ kind: "Group", name: "system:masters", apiGroup: "rbac.authorization.k8s.io" }]),
        expect: { violations: [{ messageId: "mastersSubject", data: { kind: "ClusterRoleBinding", name: "b", index: "0" }, propertyPath: "subjects[0].name" }] },
    },
    {
        name: "in a RoleBinding patch, second subject",
        resources: binding([{ kind: "User", name: "alice" }, { kind: "Group", name: "system:masters" }], RB),
        expect: { violations: [{ messageId: "mastersSubject", data: { kind: "RoleBinding", name: "b", index: "1" }, propertyPath: "subjects[1].name" }] },
    },
    { name: "ordinary group", resources: binding([{ kind: "Group", name: "platform-admins" }]), expect: "pass" },
    { name: "a service account is not the group", resources: binding([{ kind: "ServiceAccount", name: "system:masters", namespace: "x" }]), expect: "pass" },
    { name: "subject unknown during preview", resources: binding([{ kind: "Group", name: unknown() }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
