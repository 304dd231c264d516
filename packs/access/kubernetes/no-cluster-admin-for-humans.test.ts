import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./no-cluster-admin-for-humans";

const CRB = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding";
const RB = "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding";
const API_GROUP = "rbac.authorization.k8s.io";
const ref = (name: string, kind = "ClusterRole") => ({ apiGroup: API_GROUP, kind, name });
const group = (name: string) => ({ kind: "Group", name, apiGroup: API_GROUP });
const user = (name: string) => ({ kind: "User", name, apiGroup: API_GROUP });
const serviceAccount = { kind: "ServiceAccount", name: "argocd-application-controller", namespace: "argocd" };
const binding = (type: typeof CRB | typeof RB, roleRef: MockProps<typeof CRB>["roleRef"], subjects: MockProps<typeof CRB>["subjects"], name = "admins") =>
    mockResource(type, { metadata: { name }, roleRef, subjects }, { name });
const allow = (...allowedSubjects: string[]) => ({ config: { "access-k8s-no-cluster-admin-for-humans": { allowedSubjects } } });

export const cases: RuleCase[] = [
    {
        name: "group bound cluster-wide",
        resources: binding(CRB, ref("cluster-admin"), [group("platform-team")]),
        expect: { violations: [{ propertyPath: "subjects[0]", messageIncludes: "ClusterRoleBinding `admins` grants cluster-admin over the whole cluster to a Group (subjects[0])." }] },
    },
    {
        name: "users and a service account: one violation per person",
        resources: binding(CRB, ref("cluster-admin"), [user("alice@example.com"), serviceAccount, user("bob@example.com")]),
        expect: { violations: [{ propertyPath: "subjects[0]", messageIncludes: "a User" }, "subjects[2]"] },
    },
    {
        name: "RoleBinding to cluster-admin: namespace-wide",
        resources: binding(RB, ref("cluster-admin"), [group("payments-devs")]),
        expect: { violations: [{ propertyPath: "subjects[0]", messageIncludes: "within its namespace" }] },
    },
    {
        name: "every authenticated user",
        resources: binding(CRB, ref("cluster-admin"), [group("system:authenticated")]),
        expect: { violations: [{ messageIncludes: "every authenticated user (Group system:authenticated)" }] },
    },
    { name: "a group named like an Object property is not special", resources: binding(CRB, ref("cluster-admin"), [group("constructor")]), expect: { violations: [{ messageIncludes: "a Group (subjects[0])" }] } },
    { name: "only a service account (left to the kubernetes pack)", resources: binding(CRB, ref("cluster-admin"), [serviceAccount]), expect: "pass" },
    { name: "group bound to view", resources: binding(CRB, ref("view"), [group("platform-team")]), expect: "pass" },
    { name: "a namespaced Role called cluster-admin", resources: binding(RB, ref("cluster-admin", "Role"), [group("platform-team")]), expect: "pass" },
    { name: "no subjects", resources: binding(CRB, ref("cluster-admin"), undefined), expect: "pass" },
    { name: "break-glass group allowed", resources: binding(CRB, ref("cluster-admin"), [group("break-glass")]), options: allow("break-glass"), expect: "pass" },
    {
        name: "allowed group next to another",
        resources: binding(CRB, ref("cluster-admin"), [group("break-glass"), group("platform-team")]),
        options: allow("break-glass"),
        expect: { violations: ["subjects[1]"] },
    },
    { name: "role name unknown in preview", resources: binding(CRB, ref(unknown()), [group("platform-team")]), expect: "skipped" },
    { name: "subjects unknown in preview", resources: binding(CRB, ref("cluster-admin"), unknown("array")), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
