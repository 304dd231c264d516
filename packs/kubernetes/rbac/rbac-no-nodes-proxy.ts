import { defineRule, propertyPath } from "../../../src";
import { ANY_ROLE_TYPES, grantedRules, grantOf, NODE_PROXY, roleKindOf, verbList } from "../lib/rbac";
import type {} from "../../../src/types/kubernetes/rbac";

export default defineRule({
    id: "k8s-rbac-no-nodes-proxy",
    title: "Roles do not grant the nodes/proxy subresource",
    description:
        "nodes/proxy reaches the kubelet API of a node through the API server: with it a subject can run commands in any container on the node (the kubelet's /exec and /run endpoints), and those calls bypass the API server's audit log and admission control. Any verb counts: a WebSocket upgrade needs only `get`.",
    severity: "high",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.1.10"] },
    tags: ["rbac", "least-privilege", "nodes"],
    remediation:
        "Remove `nodes/proxy` from `resources`; monitoring agents that scrape kubelet metrics need only `nodes/metrics` and `nodes/stats` (`get`), which do not reach /exec.",
    defaultLevel: "advisory",
    messages: {
        nodeProxy: "{{kind}} `{{name}}` grants {{verbs}} on nodes/proxy in rules[{{index}}]: the kubelet API of every node, audit and admission bypassed.",
    },
    examples: {
        violating: [
            {
                description: "a metrics ClusterRole that reads through the node proxy",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
                        name: "metrics-scraper",
                        props: { rules: [{ apiGroups: [""], resources: ["nodes", "nodes/proxy"], verbs: ["get", "list", "watch"] }] },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the same scraper reading kubelet metrics and stats only",
                resources: [
                    {
                        type: "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
                        name: "metrics-scraper",
                        props: { rules: [{ apiGroups: [""], resources: ["nodes", "nodes/metrics", "nodes/stats"], verbs: ["get", "list", "watch"] }] },
                    },
                ],
            },
        ],
    },
    resourceType: [...ANY_ROLE_TYPES],
    validate(props, ctx) {
        for (const rule of grantedRules(props)) {
            const grant = grantOf(rule, NODE_PROXY);
            if (!grant) continue;
            ctx.report({
                messageId: "nodeProxy",
                data: { kind: roleKindOf(ctx.type), name: ctx.name, verbs: verbList(grant.verbs), index: String(rule.index) },
                propertyPath: propertyPath("rules", rule.index, "resources"),
            });
        }
    },
});
