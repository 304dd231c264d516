import { defineRule, listOf, recordOf } from "../../../src";
import { bindsClusterAdmin, CLUSTER_ROLE_BINDING, ROLE_BINDING } from "../../shared/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

/** Well-known groups whose names are safe to print, with what they stand for. */
const WELL_KNOWN_GROUPS: ReadonlyMap<string, string> = new Map([
    ["system:authenticated", "every authenticated user (Group system:authenticated)"],
    ["system:unauthenticated", "anonymous requests (Group system:unauthenticated)"],
]);

const binding = (subjects: Array<{ kind: string; name: string; apiGroup?: string; namespace?: string }>) => ({
    metadata: { name: "platform-team-admin" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
    subjects,
});

export default defineRule({
    id: "access-k8s-no-cluster-admin-for-humans",
    title: "People are not bound to cluster-admin",
    description:
        "A User or Group bound to cluster-admin gives people unrestricted, everyday power over the cluster: one phished kubeconfig or mistyped command reaches every namespace, Secret and RBAC object. Day-to-day access should use narrower roles, with cluster-admin kept for a break-glass group.",
    severity: "high",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.1"] },
    tags: ["rbac", "human-access", "least-privilege"],
    remediation:
        "Bind people to the built-in `admin`, `edit` or `view` ClusterRole through namespace RoleBindings, or to a custom ClusterRole with what they need. List a deliberate break-glass User or Group by name in `allowedSubjects`.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            allowedSubjects: {
                type: "array",
                items: { type: "string" },
                description: "Names of Users or Groups that may be bound to cluster-admin (e.g. a break-glass group).",
            },
        },
    },
    configDefaults: { allowedSubjects: [] as string[] },
    examples: {
        violating: [
            {
                resources: [
                    {
                        type: CLUSTER_ROLE_BINDING,
                        name: "platform-team-admin",
                        props: binding([{ kind: "Group", name: "platform-team", apiGroup: "rbac.authorization.k8s.io" }]),
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the team gets the aggregated edit role in its namespace",
                resources: [
                    {
                        type: ROLE_BINDING,
                        name: "platform-team-edit",
                        props: {
                            metadata: { name: "platform-team-edit", namespace: "platform" },
                            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "edit" },
                            subjects: [{ kind: "Group", name: "platform-team", apiGroup: "rbac.authorization.k8s.io" }],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [CLUSTER_ROLE_BINDING, ROLE_BINDING],
    validate(props, ctx) {
        if (!bindsClusterAdmin(props)) return;
        const allowed = new Set(listOf(ctx.config.allowedSubjects).filter((s): s is string => typeof s === "string"));
        const kind = ctx.type === ROLE_BINDING ? "RoleBinding" : "ClusterRoleBinding";
        const scope = ctx.type === ROLE_BINDING ? "within its namespace" : "over the whole cluster";
        listOf(props.subjects).forEach((entry, index) => {
            const subject = recordOf(entry);
            if (subject.kind !== "User" && subject.kind !== "Group") return;
            if (typeof subject.name === "string" && allowed.has(subject.name)) return;
            const wellKnown = subject.kind === "Group" && typeof subject.name === "string" ? WELL_KNOWN_GROUPS.get(subject.name) : undefined;
            const who = wellKnown ?? `a ${subject.kind} (subjects[${index}])`;
            ctx.report({
                message: `${kind} \`${ctx.name}\` grants cluster-admin ${scope} to ${who}.`,
                propertyPath: `subjects[${index}]`,
            });
        });
    },
});
