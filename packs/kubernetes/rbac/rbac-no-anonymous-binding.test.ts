import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-anonymous-binding";

const CRB = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding";
const RB = "kubernetes:rbac.authorization.k8s.io/v1beta1:RoleBinding";
type Subjects = MockProps<typeof CRB>["subjects"];
const ref = (name: string, kind = "ClusterRole") => ({ apiGroup: "rbac.authorization.k8s.io", kind, name });
const binding = (subjects: Subjects, roleRef: MockProps<typeof CRB>["roleRef"] = ref("view"), type: typeof CRB | typeof RB = CRB) =>
    mockResource(type, { metadata: { name: "b", namespace: "shop" }, roleRef, subjects }, { name: "b" });

export const cases: RuleCase[] = [
    {
        name: "unauthenticated group bound to view",
        resources: binding([{ kind: "Group", name: "system:unauthenticated", apiGroup: "rbac.authorization.k8s.io" }]),
        expect: {
            violations: [
                {
                    messageId: "anonymousSubject",
                    data: { kind: "ClusterRoleBinding", name: "b", roleKind: "ClusterRole", role: "view", subject: "Group system:unauthenticated", index: "0" },
                    propertyPath: "subjects[0].name",
                },
            ],
        },
    },
    {
        name: "anonymous user in a v1beta1 RoleBinding, beside a real user",
        resources: binding([{ kind: "User", name: "alice" }, { kind: "User", name: "system:anonymous" }], ref("pod-reader", "Role"), RB),
        expect: { violations: [{ messageId: "anonymousSubject", propertyPath: "subjects[1].name" }] },
    },
    {
        name: "both anonymous subjects are two findings",
        resources: binding([{ kind: "User", name: "system:anonymous" }, { kind: "Group", name: "system:unauthenticated" }], ref("cluster-admin")),
        expect: { violations: ["subjects[0].name", "subjects[1].name"] },
    },
    { name: "named group", resources: binding([{ kind: "Group", name: "sre" }]), expect: "pass" },
    { name: "authenticated users are another rule's finding", resources: binding([{ kind: "Group", name: "system:authenticated" }]), expect: "pass" },
    { name: "Kubernetes' own public-info-viewer binding", resources: binding([{ kind: "Group", name: "system:unauthenticated" }], ref("system:public-info-viewer")), expect: "pass" },
    { name: "no subjects", resources: binding(undefined), expect: "pass" },
    { name: "subject name unknown during preview", resources: binding([{ kind: "Group", name: unknown() }]), expect: "skipped" },
    { name: "role unknown during preview", resources: binding([{ kind: "Group", name: "system:unauthenticated" }], unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
