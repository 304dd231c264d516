import { defineRule, known, peek, propertyPath, recordOf, type StackResource } from "../../../src";
import { namespaceKeyOf } from "../lib/namespaces";
import { ANY_BINDING_TYPES, ANY_ROLE_TYPES, bindingKindOf, grantedRules, roleKindOf, sensitiveGrant, subjectsOf } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

const AUTHENTICATED = "system:authenticated";

/** Kubernetes' own ClusterRoles that its default bindings give every authenticated user: discovery and self-review only. */
const DISCOVERY_ROLES: ReadonlySet<string> = new Set(["system:basic-user", "system:discovery", "system:public-info-viewer"]);

const ROLE_TYPE_SET: ReadonlySet<string> = new Set(ANY_ROLE_TYPES);

/** Index key of a role: its kind, namespace key (Roles) and name. */
function roleKey(kind: string, namespaceKey: string | undefined, name: string): string {
    return kind === "ClusterRole" ? `ClusterRole|${name}` : `Role|${namespaceKey ?? "?"}|${name}`;
}

/** Roles of the stack by key, built only when some binding needs it. */
function indexRoles(roles: readonly StackResource[]): Map<string, StackResource> {
    const index = new Map<string, StackResource>();
    for (const role of roles) {
        const name = peek(() => recordOf(recordOf(role.props).metadata).name);
        if (!name.known || typeof name.value !== "string" || name.value === "") continue;
        const kind = roleKindOf(role.type);
        index.set(roleKey(kind, kind === "Role" ? namespaceKeyOf(role) : undefined, name.value), role);
    }
    return index;
}

export default defineRule({
    id: "k8s-rbac-no-authenticated-binding",
    title: "Sensitive roles are not granted to every authenticated user",
    description:
        "The `system:authenticated` group holds every identity the cluster accepts: all users of the identity provider, every service account of every namespace, and on managed clusters possibly any account of the cloud provider. A role bound to it that writes anything, or reads Secrets, pods, workloads or nodes, is granted to all of them. Kubernetes' own discovery roles, and roles of this stack that only read harmless resources such as ConfigMaps, are left alone; a role defined outside the stack is reported, as it cannot be checked.",
    severity: "high",
    service: "kubernetes",
    tags: ["rbac", "least-privilege", "authentication"],
    remediation:
        "Replace the `system:authenticated` subject with the group, user or service account that needs the role; Kubernetes' own `system:basic-user`, `system:discovery` and `system:public-info-viewer` bindings are left alone.",
    defaultLevel: "advisory",
    messages: {
        sensitiveRole:
            "{{kind}} `{{name}}` grants {{roleKind}} `{{role}}` to every authenticated user and service account (system:authenticated in subjects[{{index}}]); the role {{what}} in rules[{{ruleIndex}}].",
        unseenRole:
            "{{kind}} `{{name}}` grants {{roleKind}} `{{role}}`, which is not defined in this stack, to every authenticated user and service account (system:authenticated in subjects[{{index}}]).",
    },
    examples: {
        violating: [
            {
                description: "the edit role for everyone who can log in",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
                        name: "everyone-edit",
                        props: {
                            metadata: { namespace: "shop" },
                            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "edit" },
                            subjects: [{ kind: "Group", name: "system:authenticated", apiGroup: "rbac.authorization.k8s.io" }],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "everyone may read the shop's public ConfigMaps",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "public-config",
                        props: { metadata: { name: "public-config", namespace: "shop" }, rules: [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] }] },
                    },
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
                        name: "public-config",
                        props: {
                            metadata: { namespace: "shop" },
                            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "public-config" },
                            subjects: [{ kind: "Group", name: "system:authenticated", apiGroup: "rbac.authorization.k8s.io" }],
                        },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        let roles: Map<string, StackResource> | undefined;
        for (const binding of stack.ofType(...ANY_BINDING_TYPES)) {
            const subjects = known(() => subjectsOf(binding.props));
            if (!subjects.known) continue;
            const everyone = subjects.value.filter((s) => s.kind === "Group" && s.name === AUTHENTICATED);
            if (everyone.length === 0) continue;
            const roleRef = () => recordOf(recordOf(binding.props).roleRef);
            const kindRead = known(() => roleRef().kind);
            if (!kindRead.known) continue;
            const kind = typeof kindRead.value === "string" ? kindRead.value : undefined;
            // Peeked: when preview does not know the name, the roleRef's dependency on the role still tells.
            const nameRead = peek(() => roleRef().name);
            const name = nameRead.known && typeof nameRead.value === "string" ? nameRead.value : undefined;
            if (kind === "ClusterRole" && name !== undefined && DISCOVERY_ROLES.has(name)) continue;

            // The role: through the roleRef's property dependency (known in preview), else by kind, namespace and name.
            let role = (binding.propertyDependencies.roleRef ?? []).find((r) => ROLE_TYPE_SET.has(r.type));
            if (!role && !nameRead.known) {
                // Nothing tells which role: noted, so a rule that then reports nothing has not passed.
                known(() => roleRef().name);
                continue;
            }
            if (!role && name !== undefined && kind !== undefined) {
                roles ??= indexRoles(stack.ofType(...ANY_ROLE_TYPES));
                role = roles.get(roleKey(kind, kind === "Role" ? namespaceKeyOf(binding) : undefined, name));
            }
            const base = { kind: bindingKindOf(binding.type), name: binding.name, roleKind: kind ?? "role", role: name ?? role?.name ?? "(unnamed)" };
            let finding: { messageId: "sensitiveRole" | "unseenRole"; data: Record<string, string> } | undefined;
            if (role) {
                const found = role;
                const grant = known(() => sensitiveGrant(grantedRules(found.props)));
                if (!grant.known || grant.value === undefined) continue;
                finding = { messageId: "sensitiveRole", data: { ...base, what: grant.value.what, ruleIndex: String(grant.value.index) } };
            } else {
                finding = { messageId: "unseenRole", data: base };
            }
            for (const subject of everyone) {
                ctx.report({
                    urn: binding.urn,
                    messageId: finding.messageId,
                    data: { ...finding.data, index: String(subject.index) },
                    propertyPath: propertyPath("subjects", subject.index, "name"),
                });
            }
        }
    },
});
