import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-cluster-admin-binding";

const CRB = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding";
const RB = "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding";
const binding = (type: typeof CRB | typeof RB, roleRef: MockProps<typeof CRB>["roleRef"], name = "b") =>
    mockResource(type, { metadata: { name }, roleRef, subjects: [{ kind: "Group", name: "devs", apiGroup: "rbac.authorization.k8s.io" }] }, { name });
const ref = (name: string, kind = "ClusterRole") => ({ apiGroup: "rbac.authorization.k8s.io", kind, name });

export const cases: RuleCase[] = [
    { name: "ClusterRoleBinding to cluster-admin", resources: binding(CRB, ref("cluster-admin")), expect: { violations: [{ propertyPath: "roleRef.name", messageIncludes: "whole cluster" }] } },
    { name: "RoleBinding to cluster-admin", resources: binding(RB, ref("cluster-admin")), expect: { violations: [{ propertyPath: "roleRef.name", messageIncludes: "within its namespace" }] } },
    {
        name: "a v1beta1 ClusterRoleBinding to cluster-admin",
        resources: mockResource("kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRoleBinding", { metadata: { name: "old" }, roleRef: ref("cluster-admin"), subjects: [{ kind: "User", name: "alice" }] }, { name: "old" }),
        expect: { violations: [{ propertyPath: "roleRef.name", messageIncludes: "ClusterRoleBinding `old` grants cluster-admin over the whole cluster" }] },
    },
    { name: "binding to view", resources: binding(CRB, ref("view")), expect: "pass" },
    { name: "a namespaced Role that happens to be called cluster-admin", resources: binding(RB, ref("cluster-admin", "Role")), expect: "pass" },
    { name: "allow-listed", resources: binding(CRB, ref("cluster-admin"), "platform-admins"), options: { config: { "k8s-rbac-no-cluster-admin-binding": { allowedBindings: ["platform-admins"] } } }, expect: "pass" },
    { name: "role name unknown during preview", resources: binding(CRB, { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
