import { defineRule, propertyPath } from "../../../src";
import { grantedRules, grantOf, ROLE_TYPES, SECRET_READ, verbList } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

export default defineRule({
    id: "k8s-rbac-no-secret-read",
    title: "Roles do not read all Secrets of their namespace",
    description:
        "get, list or watch on secrets in a namespaced Role reads every Secret of the namespace: the tokens of its service accounts (so the subject can act as any of them), TLS keys and database passwords. list and watch return each Secret's data, so they reveal as much as get. ClusterRoles are judged by k8s-rbac-no-cluster-secret-read.",
    severity: "high",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.2"] },
    tags: ["rbac", "least-privilege", "credentials"],
    remediation:
        'Limit the rule with `resourceNames` to the Secrets the subject needs, e.g. `{ apiGroups: [""], resources: ["secrets"], resourceNames: ["web-config"], verbs: ["get"] }`, or mount the Secret into the pod instead of reading it through the API.',
    defaultLevel: "advisory",
    messages: {
        secretRead: "Role `{{name}}` grants {{verbs}} on every Secret of its namespace in rules[{{index}}].",
    },
    examples: {
        violating: [
            {
                description: "a Role that lists and reads every Secret of its namespace",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "config-reader",
                        props: { metadata: { namespace: "shop" }, rules: [{ apiGroups: [""], resources: ["configmaps", "secrets"], verbs: ["get", "list", "watch"] }] },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the Role limited to the Secret it needs",
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
    resourceType: [...ROLE_TYPES],
    validate(props, ctx) {
        for (const rule of grantedRules(props)) {
            const grant = grantOf(rule, SECRET_READ);
            // Limited to named Secrets, the grant is scoped; that is the recommended form.
            if (!grant || rule.resourceNames.length > 0) continue;
            ctx.report({
                messageId: "secretRead",
                data: { name: ctx.name, verbs: verbList(grant.verbs), index: String(rule.index) },
                propertyPath: propertyPath("rules", rule.index),
            });
        }
    },
});
