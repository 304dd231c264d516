import { defineRule, propertyPath } from "../../../src";
import { ANY_ROLE_TYPES, grantedRules, grantOf, POD_PORT_FORWARD, roleKindOf, verbList } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

export default defineRule({
    id: "k8s-rbac-no-pod-port-forward",
    title: "Roles do not grant port-forwarding to pods",
    description:
        "pods/portforward opens a tunnel from the subject's machine to any port of the pods it reaches, past Services, Ingresses and NetworkPolicies: admin consoles, databases and debug ports that were never meant to be reachable. `get` is counted as well as `create` (deliberately stricter than most scanners): before Kubernetes 1.35 a WebSocket port-forward is authorized as `get`.",
    severity: "low",
    service: "kubernetes",
    tags: ["rbac", "least-privilege", "network"],
    remediation:
        "Remove `pods/portforward` from the role; reach the application through its Service from inside the cluster, or grant port-forwarding briefly through a separate, audited role for debugging.",
    defaultLevel: "advisory",
    messages: {
        portForward: "{{kind}} `{{name}}` grants {{verbs}} on pods/portforward in rules[{{index}}]: it can tunnel to any port of the pods it reaches.",
    },
    examples: {
        violating: [
            {
                description: "a developer Role that can port-forward to every pod of the namespace",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "developer",
                        props: {
                            metadata: { namespace: "shop" },
                            rules: [
                                { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
                                { apiGroups: [""], resources: ["pods/portforward"], verbs: ["create"] },
                            ],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the developer Role without port-forwarding",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:Role",
                        name: "developer",
                        props: { metadata: { namespace: "shop" }, rules: [{ apiGroups: [""], resources: ["pods", "services"], verbs: ["get", "list"] }] },
                    },
                ],
            },
        ],
    },
    resourceType: [...ANY_ROLE_TYPES],
    validate(props, ctx) {
        for (const rule of grantedRules(props)) {
            const grant = grantOf(rule, POD_PORT_FORWARD);
            if (!grant) continue;
            ctx.report({
                messageId: "portForward",
                data: { kind: roleKindOf(ctx.type), name: ctx.name, verbs: verbList(grant.verbs), index: String(rule.index) },
                propertyPath: propertyPath("rules", rule.index),
            });
        }
    },
});
