import { defineRule } from "../../../src";
import { allowlistSchema, isAllowed } from "../lib/allowlist";
import { bindsClusterAdmin } from "../../shared/rbac";
import { ANY_BINDING_TYPES, bindingKindOf } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

export default defineRule({
    id: "k8s-rbac-no-cluster-admin-binding",
    title: "Nothing is bound to cluster-admin",
    description:
        "cluster-admin can do anything to any resource; bound cluster-wide it owns the cluster, and even in a RoleBinding it owns the namespace, including its RBAC and Secrets.",
    severity: "high",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.1"] },
    tags: ["rbac", "least-privilege"],
    remediation: "Bind a role with only the permissions needed (for namespaces, the built-in `admin` or `edit` ClusterRole through a RoleBinding); list deliberate exceptions in the rule's `allowedBindings`.",
    defaultLevel: "advisory",
    configSchema: { properties: { allowedBindings: allowlistSchema("Bindings allowed to reference cluster-admin") } },
    configDefaults: { allowedBindings: [] },
    examples: {
        violating: [
            {
                description: "cluster-admin for a team",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding",
                        name: "shop-developers",
                        props: {
                            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
                            subjects: [{ kind: "Group", name: "shop-developers", apiGroup: "rbac.authorization.k8s.io" }],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the built-in admin role within the team's namespace",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
                        name: "shop-developers",
                        props: {
                            metadata: { namespace: "shop" },
                            roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "admin" },
                            subjects: [{ kind: "Group", name: "shop-developers", apiGroup: "rbac.authorization.k8s.io" }],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...ANY_BINDING_TYPES],
    validate(props, ctx) {
        if (!bindsClusterAdmin(props) || isAllowed(ctx.config.allowedBindings, ctx.name, props)) return;
        const kind = bindingKindOf(ctx.type);
        ctx.report({
            message: `${kind} \`${ctx.name}\` grants cluster-admin${kind === "RoleBinding" ? " within its namespace" : " over the whole cluster"}.`,
            propertyPath: "roleRef.name",
        });
    },
});
