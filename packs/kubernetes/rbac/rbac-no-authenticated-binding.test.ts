import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./rbac-no-authenticated-binding";

const CRB = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding";
const RB = "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding";
const CR = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole";
const ROLE = "kubernetes:rbac.authorization.k8s.io/v1:Role";
const EVERYONE = { kind: "Group", name: "system:authenticated", apiGroup: "rbac.authorization.k8s.io" };
const ref = (name: unknown, kind = "ClusterRole") => ({ apiGroup: "rbac.authorization.k8s.io", kind, name });

const binding = (roleRef: unknown, options: { type?: string; subjects?: unknown[]; namespace?: string; deps?: Record<string, string[]> } = {}) =>
    mockResource.untyped(
        options.type ?? CRB,
        { metadata: { name: "b", namespace: options.namespace }, roleRef, subjects: options.subjects ?? [EVERYONE] },
        { name: "b", propertyDependencies: options.deps },
    );
const role = (name: unknown, rules: unknown, type = CR, namespace?: string, logical = "role") =>
    mockResource.untyped(type, { metadata: { name, namespace }, rules }, { name: logical });

const podReader = role("pod-reader", [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] }]);
const configReader = role("config-reader", [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] }]);
const autoNamed = role(unknown(), [{ apiGroups: [""], resources: ["configmaps"], verbs: ["create"] }], ROLE, "shop", "writer");
const crbToPodReader = binding(ref("pod-reader"));

export const cases: RuleCase[] = [
    {
        name: "a ClusterRole of the stack that reads pods",
        resources: [podReader, crbToPodReader],
        expect: {
            violations: [
                {
                    urn: crbToPodReader.urn,
                    messageId: "sensitiveRole",
                    data: { kind: "ClusterRoleBinding", name: "b", roleKind: "ClusterRole", role: "pod-reader", what: "reads pods", ruleIndex: "0", index: "0" },
                    propertyPath: "subjects[0].name",
                },
            ],
        },
    },
    {
        name: "the built-in edit role, not in the stack",
        resources: binding(ref("edit"), { type: RB, namespace: "shop", subjects: [{ kind: "Group", name: "sre" }, EVERYONE] }),
        expect: { violations: [{ messageId: "unseenRole", data: { kind: "RoleBinding", name: "b", roleKind: "ClusterRole", role: "edit", index: "1" }, propertyPath: "subjects[1].name" }] },
    },
    {
        name: "joined through the roleRef dependency while the role's name is unknown",
        resources: [autoNamed, binding(ref(unknown(), "Role"), { type: RB, namespace: "shop", deps: { roleRef: [autoNamed.urn] } })],
        expect: { violations: [{ messageId: "sensitiveRole", data: { kind: "RoleBinding", name: "b", roleKind: "Role", role: "writer", what: "grants create on configmaps", ruleIndex: "0", index: "0" } }] },
    },
    {
        name: "a Role is looked up in the binding's namespace",
        resources: [role("writer", [{ apiGroups: [""], resources: ["configmaps"], verbs: ["list"] }], ROLE, "shop"), role("writer", [{ apiGroups: ["apps"], resources: ["deployments"], verbs: ["*"] }], ROLE, "other", "other-writer"), binding(ref("writer", "Role"), { type: RB, namespace: "shop" })],
        expect: "pass",
    },
    { name: "a role of the stack that reads ConfigMaps only", resources: [configReader, binding(ref("config-reader"))], expect: "pass" },
    { name: "Kubernetes' own discovery binding", resources: binding(ref("system:discovery")), expect: "pass" },
    { name: "a named group", resources: [podReader, binding(ref("pod-reader"), { subjects: [{ kind: "Group", name: "sre" }] })], expect: "pass" },
    { name: "role name unknown during preview, no dependency", resources: [podReader, binding(ref(unknown()))], expect: "skipped" },
    { name: "the role's rules unknown during preview", resources: [role("pod-reader", unknown()), binding(ref("pod-reader"))], expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
