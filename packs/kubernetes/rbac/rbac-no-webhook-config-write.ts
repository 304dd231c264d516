import { defineRule, propertyPath } from "../../../src";
import { ANY_ROLE_TYPES, grantedRules, grantOf, roleKindOf, verbList, WEBHOOK_WRITE } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

export default defineRule({
    id: "k8s-rbac-no-webhook-config-write",
    title: "Roles do not write admission webhook configurations",
    description:
        "Who can create, change or delete a MutatingWebhookConfiguration or ValidatingWebhookConfiguration decides what every API request passes through: a mutating webhook pointed at an attacker's server sees every object (Secrets included) and can rewrite pods as they are created, and deleting a validating webhook turns off the checks it enforced. A rule limited with `resourceNames` to named configurations (a controller keeping its own webhook's caBundle current) is left alone.",
    severity: "high",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.12"] },
    tags: ["rbac", "least-privilege", "admission"],
    remediation:
        'Drop create, update, patch and delete on `mutatingwebhookconfigurations` and `validatingwebhookconfigurations`; a controller that must update its own webhook gets `update`/`patch` limited with `resourceNames: ["<its webhook>"]`.',
    defaultLevel: "advisory",
    messages: {
        webhookWrite: "{{kind}} `{{name}}` grants {{verbs}} on {{resources}} in rules[{{index}}]: it can intercept or switch off admission control.",
    },
    examples: {
        violating: [
            {
                description: "a ClusterRole that can create and change any webhook configuration",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
                        name: "webhook-manager",
                        props: {
                            rules: [
                                {
                                    apiGroups: ["admissionregistration.k8s.io"],
                                    resources: ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"],
                                    verbs: ["get", "list", "watch", "create", "update", "patch"],
                                },
                            ],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a controller that may update only its own webhook",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
                        name: "webhook-manager",
                        props: {
                            rules: [
                                { apiGroups: ["admissionregistration.k8s.io"], resources: ["mutatingwebhookconfigurations"], verbs: ["get", "list", "watch"] },
                                {
                                    apiGroups: ["admissionregistration.k8s.io"],
                                    resources: ["mutatingwebhookconfigurations"],
                                    resourceNames: ["shop-injector"],
                                    verbs: ["update", "patch"],
                                },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...ANY_ROLE_TYPES],
    validate(props, ctx) {
        for (const rule of grantedRules(props)) {
            const grant = grantOf(rule, WEBHOOK_WRITE);
            // Named configurations cannot be created (create has no name to match), only the named ones changed.
            if (!grant || rule.resourceNames.length > 0) continue;
            ctx.report({
                messageId: "webhookWrite",
                data: { kind: roleKindOf(ctx.type), name: ctx.name, verbs: verbList(grant.verbs), resources: grant.resources.join(", "), index: String(rule.index) },
                propertyPath: propertyPath("rules", rule.index),
            });
        }
    },
});
