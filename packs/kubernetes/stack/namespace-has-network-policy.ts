import { defineRule, listOf, type StackResource } from "../../../src";
import { NAMESPACE_TYPE, namespaceKeyOf, namespaceResourceKey } from "../lib/namespaces";
import { POD_SPEC_TYPES } from "../lib/pod-spec";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";
import type {} from "../../../src/types/kubernetes/networking";

const NETWORK_POLICY = "kubernetes:networking.k8s.io/v1:NetworkPolicy";
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

export default defineRule({
    id: "k8s-namespace-has-network-policy",
    title: "Namespaces with workloads have a NetworkPolicy",
    description:
        "Without a NetworkPolicy every pod accepts traffic from every other pod in the cluster, so one compromised workload can reach all the others, databases included.",
    severity: "medium",
    service: "kubernetes",
    frameworks: { "cis-k8s-1.9": ["5.3.2"] },
    tags: ["network"],
    remediation:
        "Add a NetworkPolicy to the namespace, starting with a default deny (`podSelector: {}, policyTypes: [\"Ingress\"]`) and allowing the flows the workloads need.",
    defaultLevel: "advisory",
    configSchema: {
        properties: { exemptNamespaces: { type: "array", items: { type: "string" }, description: "Namespaces that need no NetworkPolicy." } },
    },
    configDefaults: { exemptNamespaces: ["kube-system"] },
    examples: {
        violating: [
            {
                description: "a namespace with a workload and no NetworkPolicy",
                resources: [
                    { type: "kubernetes:core/v1:Namespace", name: "shop", props: { metadata: { name: "shop" } } },
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: {
                            metadata: { namespace: "shop", labels: { app: "web" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "web" } },
                                template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }] } },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the namespace with a default-deny NetworkPolicy",
                resources: [
                    { type: "kubernetes:core/v1:Namespace", name: "shop", props: { metadata: { name: "shop" } } },
                    {
                        type: "kubernetes:apps/v1:Deployment",
                        name: "web",
                        props: {
                            metadata: { namespace: "shop", labels: { app: "web" } },
                            spec: {
                                replicas: 2,
                                selector: { matchLabels: { app: "web" } },
                                template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }] } },
                            },
                        },
                    },
                    {
                        type: "kubernetes:networking.k8s.io/v1:NetworkPolicy",
                        name: "default-deny",
                        props: { metadata: { namespace: "shop" }, spec: { podSelector: {}, policyTypes: ["Ingress"] } },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const workloads = stack.ofType(...POD_SPEC_TYPES);
        if (workloads.length === 0) return;

        const covered = new Set<string>();
        for (const policy of stack.ofType(NETWORK_POLICY)) {
            const key = namespaceKeyOf(policy);
            // A policy whose namespace preview cannot tell might cover any namespace: say nothing rather than guess.
            if (key === undefined) return;
            covered.add(key);
        }
        const exempt = new Set(listOf(ctx.config.exemptNamespaces).map((n) => `name:${String(n)}`));

        // Workloads per namespace, in first-seen order.
        const byNamespace = new Map<string, StackResource[]>();
        for (const workload of workloads) {
            const key = namespaceKeyOf(workload);
            if (key === undefined || covered.has(key) || exempt.has(key)) continue;
            const list = byNamespace.get(key);
            if (list) list.push(workload);
            else byNamespace.set(key, [workload]);
        }
        if (byNamespace.size === 0) return;

        const namespaceResources = new Map(stack.ofType(NAMESPACE_TYPE).map((ns) => [namespaceResourceKey(ns), ns] as const));
        for (const [key, members] of byNamespace) {
            const namespace = namespaceResources.get(key);
            const name = key.startsWith("name:") ? key.slice(5) : undefined;
            const label = name !== undefined && DNS_LABEL.test(name) ? `Namespace "${name}"` : namespace ? `Namespace \`${namespace.name}\`` : "A namespace";
            const count = members.length === 1 ? `workload \`${members[0].name}\`` : `${members.length} workloads (first: \`${members[0].name}\`)`;
            ctx.report({
                urn: (namespace ?? members[0]).urn,
                message: `${label} runs ${count} but has no NetworkPolicy in this stack.`,
                propertyPath: namespace ? undefined : "metadata.namespace",
            });
        }
    },
});
