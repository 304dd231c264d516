import { defineRule, propertyPath } from "../../../src";
import { CLUSTER_ROLE_TYPES, grantedRules, grantOf, SECRET_READ, verbList } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

export default defineRule({
    id: "k8s-rbac-no-cluster-secret-read",
    title: "ClusterRoles do not read all Secrets",
    description:
        "get, list or watch on secrets in a ClusterRole, once bound cluster-wide, reads every Secret in every namespace: service account tokens, TLS keys and database passwords included. list and watch return each Secret's data, so they reveal as much as get. Namespaced Roles are judged by k8s-rbac-no-secret-read.",
    severity: "high",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.2"] },
    tags: ["rbac", "least-privilege", "credentials"],
    remediation: "Grant Secret access in a namespaced Role, limited with `resourceNames` to the Secrets the subject needs.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a ClusterRole reading every Secret",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
                        name: "config-reader",
                        props: { rules: [{ apiGroups: [""], resources: ["configmaps", "secrets"], verbs: ["get", "list", "watch"] }] },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a namespaced Role limited to the Secret it needs",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "config-reader",
                        props: {
                            metadata: { namespace: "shop" },
                            rules: [
                                { apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] },
                                { apiGroups: [""], resources: ["secrets"], resourceNames: ["web-config"], verbs: ["get"] },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...CLUSTER_ROLE_TYPES],
    validate(props, ctx) {
        for (const rule of grantedRules(props)) {
            const grant = grantOf(rule, SECRET_READ);
            // Limited to named Secrets, the grant is scoped; that is the recommended form.
            if (!grant || rule.resourceNames.length > 0) continue;
            ctx.report({
                message: `ClusterRole \`${ctx.name}\` grants ${verbList(grant.verbs)} on Secrets in rules[${rule.index}].`,
                propertyPath: propertyPath("rules", rule.index),
            });
        }
    },
});
