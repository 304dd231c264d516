import { defineRule, propertyPath } from "../../../src";
import { CLUSTER_ROLE, ESCALATION_VERBS, policyRules, ROLE } from "../../shared/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

export default defineRule({
    id: "k8s-rbac-no-escalation-verbs",
    title: "Roles do not grant escalate, bind or impersonate",
    description:
        "escalate lets a subject edit roles beyond its own permissions, bind lets it bind any role to itself, and impersonate lets it act as any user or group: each is a direct path to cluster-admin.",
    severity: "high",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.8"] },
    tags: ["rbac", "least-privilege"],
    remediation: "Remove the escalate, bind and impersonate verbs; grant them only to the few controllers that manage RBAC, with `resourceNames` where possible.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a Role that can bind and escalate",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "access-manager",
                        props: {
                            metadata: { namespace: "shop" },
                            rules: [
                                {
                                    apiGroups: ["rbac.authorization.k8s.io"],
                                    resources: ["roles", "rolebindings"],
                                    verbs: ["get", "list", "create", "update", "bind", "escalate"],
                                },
                            ],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the same Role without bind and escalate",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "access-manager",
                        props: {
                            metadata: { namespace: "shop" },
                            rules: [
                                { apiGroups: ["rbac.authorization.k8s.io"], resources: ["roles", "rolebindings"], verbs: ["get", "list", "create", "update"] },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [ROLE, CLUSTER_ROLE],
    validate(props, ctx) {
        const kind = ctx.type === ROLE ? "Role" : "ClusterRole";
        for (const rule of policyRules(props)) {
            // A "*" verb includes these too; k8s-rbac-no-wildcards reports that.
            const granted = ESCALATION_VERBS.filter((verb) => rule.verbs.includes(verb));
            if (granted.length > 0) {
                ctx.report({
                    message: `${kind} \`${ctx.name}\` grants ${granted.join(", ")} in rules[${rule.index}].`,
                    propertyPath: propertyPath("rules", rule.index, "verbs"),
                });
            }
        }
    },
});
