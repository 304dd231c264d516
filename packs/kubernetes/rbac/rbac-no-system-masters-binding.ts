import { defineRule, propertyPath } from "../../../src";
import { ANY_BINDING_TYPES, bindingKindOf, subjectsOf } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

const SYSTEM_MASTERS = "system:masters";

export default defineRule({
    id: "k8s-rbac-no-system-masters-binding",
    title: "Nothing is bound to the system:masters group",
    description:
        "Members of `system:masters` bypass RBAC and every authorization webhook: the API server lets them do anything, and membership comes from the client certificate's organisation, so it cannot be revoked short of rotating the cluster CA. A binding naming the group shows the cluster relies on it; grant access through an ordinary group bound to a role you can change.",
    severity: "critical",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.7"] },
    tags: ["rbac", "least-privilege", "authentication"],
    remediation:
        "Remove the `{ kind: \"Group\", name: \"system:masters\" }` entry from `subjects`, bind an ordinary group (e.g. `platform-admins`) to the role instead, and issue user credentials without `O=system:masters`; keep a break-glass system:masters credential offline.",
    defaultLevel: "mandatory",
    messages: {
        mastersSubject: "{{kind}} `{{name}}` names the system:masters group in subjects[{{index}}]; members of that group bypass RBAC entirely.",
    },
    examples: {
        violating: [
            {
                description: "a binding that gives an admin role to system:masters",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding",
                        name: "masters-admin",
                        props: {
                            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
                            subjects: [{ kind: "Group", name: "system:masters", apiGroup: "rbac.authorization.k8s.io" }],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an ordinary group bound to the role",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding",
                        name: "platform-admins",
                        props: {
                            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "admin" },
                            subjects: [{ kind: "Group", name: "platform-admins", apiGroup: "rbac.authorization.k8s.io" }],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...ANY_BINDING_TYPES],
    validate(props, ctx) {
        for (const subject of subjectsOf(props)) {
            if (subject.name !== SYSTEM_MASTERS || (subject.kind !== undefined && subject.kind !== "Group")) continue;
            ctx.report({
                messageId: "mastersSubject",
                data: { kind: bindingKindOf(ctx.type), name: ctx.name, index: String(subject.index) },
                propertyPath: propertyPath("subjects", subject.index, "name"),
            });
        }
    },
});
