import { defineRule, propertyPath } from "../../../src";
import { ANY_ROLE_TYPES, grantedRules, grantOf, roleKindOf, SERVICE_ACCOUNT_TOKEN_CREATE, verbList } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

export default defineRule({
    id: "k8s-rbac-no-service-account-token-create",
    title: "Roles do not mint service account tokens",
    description:
        "create on serviceaccounts/token issues a token for a service account through the TokenRequest API: the subject can then act as that account, with every permission bound to it, for as long as the token lives. Granted for all service accounts, it is a step to the most privileged one in reach. A rule limited with `resourceNames` to named service accounts is left alone.",
    severity: "medium",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.13"] },
    tags: ["rbac", "least-privilege", "credentials"],
    remediation:
        'Remove `serviceaccounts/token` from the rule, or limit it with `resourceNames` to the service accounts the subject must mint tokens for, e.g. `{ apiGroups: [""], resources: ["serviceaccounts/token"], resourceNames: ["ci-deployer"], verbs: ["create"] }`.',
    defaultLevel: "advisory",
    messages: {
        tokenCreate: "{{kind}} `{{name}}` grants {{verbs}} on serviceaccounts/token in rules[{{index}}]: it can mint a token for any service account in reach and act as it.",
    },
    examples: {
        violating: [
            {
                description: "a ClusterRole that mints tokens for every service account",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
                        name: "token-broker",
                        props: { rules: [{ apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] }] },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a Role that mints tokens for one named service account",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "token-broker",
                        props: {
                            metadata: { namespace: "ci" },
                            rules: [{ apiGroups: [""], resources: ["serviceaccounts/token"], resourceNames: ["ci-deployer"], verbs: ["create"] }],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...ANY_ROLE_TYPES],
    validate(props, ctx) {
        for (const rule of grantedRules(props)) {
            const grant = grantOf(rule, SERVICE_ACCOUNT_TOKEN_CREATE);
            if (!grant || rule.resourceNames.length > 0) continue;
            ctx.report({
                messageId: "tokenCreate",
                data: { kind: roleKindOf(ctx.type), name: ctx.name, verbs: verbList(grant.verbs), index: String(rule.index) },
                propertyPath: propertyPath("rules", rule.index),
            });
        }
    },
});
