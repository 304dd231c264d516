import { defineRule, propertyPath } from "../../../src";
import { ANY_BINDING_TYPES, bindingKindOf, roleRefOf, subjectsOf } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

/** The user every unauthenticated request runs as, and the group it is in. */
const ANONYMOUS: ReadonlySet<string> = new Set(["system:anonymous", "system:unauthenticated"]);

/**
 * Kubernetes' own default binds system:unauthenticated to this ClusterRole (health and version
 * endpoints only); recreating that binding is not a finding.
 */
const PUBLIC_INFO_VIEWER = "system:public-info-viewer";

export default defineRule({
    id: "k8s-rbac-no-anonymous-binding",
    title: "Nothing is bound to anonymous or unauthenticated users",
    description:
        "A binding whose subject is the user `system:anonymous` or the group `system:unauthenticated` grants its role to every request that carries no credentials: anyone who can reach the API server, from the internet if the endpoint is public, gets those permissions. Only Kubernetes' own `system:public-info-viewer` binding (health and version endpoints) is left alone.",
    severity: "critical",
    service: "kubernetes",
    tags: ["rbac", "least-privilege", "authentication"],
    remediation:
        "Remove the `system:anonymous` / `system:unauthenticated` entry from `subjects`; bind the role to the `User`, `Group` or `ServiceAccount` that needs it. Keep `--anonymous-auth=false` on the API server, or limit anonymous access to health endpoints with an AuthenticationConfiguration `anonymous.conditions` list.",
    defaultLevel: "mandatory",
    messages: {
        anonymousSubject: "{{kind}} `{{name}}` grants {{roleKind}} `{{role}}` to {{subject}} in subjects[{{index}}]: every request without credentials gets it.",
    },
    examples: {
        violating: [
            {
                description: "a ClusterRoleBinding that lets unauthenticated requests read pods",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding",
                        name: "public-pod-reader",
                        props: {
                            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "pod-reader" },
                            subjects: [{ kind: "Group", name: "system:unauthenticated", apiGroup: "rbac.authorization.k8s.io" }],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the same role bound to a named group of people",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding",
                        name: "sre-pod-reader",
                        props: {
                            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "pod-reader" },
                            subjects: [{ kind: "Group", name: "sre", apiGroup: "rbac.authorization.k8s.io" }],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...ANY_BINDING_TYPES],
    validate(props, ctx) {
        const anonymous = subjectsOf(props).filter((s) => s.name !== undefined && ANONYMOUS.has(s.name));
        if (anonymous.length === 0) return;
        const ref = roleRefOf(props);
        if (ref.kind === "ClusterRole" && ref.name === PUBLIC_INFO_VIEWER) return;
        for (const subject of anonymous) {
            ctx.report({
                messageId: "anonymousSubject",
                data: {
                    kind: bindingKindOf(ctx.type),
                    name: ctx.name,
                    roleKind: ref.kind ?? "role",
                    role: ref.name ?? "(unnamed)",
                    subject: `${subject.kind ?? "subject"} ${subject.name ?? ""}`,
                    index: String(subject.index),
                },
                propertyPath: propertyPath("subjects", subject.index, "name"),
            });
        }
    },
});
