import { defineRule, known, listOf, recordOf, type StackResource } from "../../../src";
import { isWorldCidr } from "../../shared/cidr";
import { NAMESPACE_TYPE, namespaceKeyOf, namespaceResourceKey } from "../lib/namespaces";
import { POD_SPEC_TYPES } from "../lib/pod-spec";
import type {} from "../../../src/types/kubernetes/apps";
import type {} from "../../../src/types/kubernetes/batch";
import type {} from "../../../src/types/kubernetes/core";
import type {} from "../../../src/types/kubernetes/networking";

const NETWORK_POLICY = "kubernetes:networking.k8s.io/v1:NetworkPolicy";
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** True for a label selector that matches everything: absent fields, `{}`, or empty matchLabels and matchExpressions. */
function selectsAll(selector: unknown): boolean {
    const s = recordOf(selector);
    return Object.keys(recordOf(s.matchLabels)).length === 0 && listOf(s.matchExpressions).length === 0;
}

/** True for a `from` peer that matches every source: every pod in every namespace, or the whole address space. */
function peerIsEveryone(peer: unknown): boolean {
    const p = recordOf(peer);
    if (p.ipBlock !== undefined && p.ipBlock !== null) {
        const block = recordOf(p.ipBlock);
        return isWorldCidr(block.cidr) && listOf(block.except).length === 0;
    }
    const namespaces = p.namespaceSelector;
    if (namespaces === undefined || namespaces === null || !selectsAll(namespaces)) return false;
    return p.podSelector === undefined || p.podSelector === null || selectsAll(p.podSelector);
}

/** True for an ingress rule that admits every source on every port. */
function ruleAdmitsAll(rule: unknown): boolean {
    const r = recordOf(rule);
    if (listOf(r.ports).length > 0) return false;
    const from = listOf(r.from);
    // Absent or empty `from` matches all sources.
    return from.length === 0 || from.some(peerIsEveryone);
}

/**
 * What a NetworkPolicy does for ingress to the pods it selects:
 * - `isolates`: the pods accept only what its rules allow (no `ingress` rules: nothing);
 * - `none`: it does not apply to ingress (`policyTypes` without "Ingress": egress only);
 * - `admitsAll`: it applies, but one of its rules admits every source on every port.
 * `policyTypes` absent or empty defaults to Ingress (plus Egress when egress rules exist).
 */
function ingressEffect(policyProps: unknown): "isolates" | "none" | "admitsAll" {
    const spec = recordOf(recordOf(policyProps).spec);
    const types = listOf(spec.policyTypes);
    if (types.length > 0 && !types.includes("Ingress")) return "none";
    return listOf(spec.ingress).some(ruleAdmitsAll) ? "admitsAll" : "isolates";
}

interface NamespacePolicies {
    /** Some policy isolates ingress to some pods. */
    isolating: boolean;
    /** A policy selecting every pod admits all ingress: policies add up, so nothing is isolated. */
    openedBy?: string;
    /** The first policy that does not isolate ingress. */
    ineffective?: string;
    /** A policy whose effect preview cannot tell: the namespace is not judged (unless `openedBy`, which no policy can undo). */
    undetermined: boolean;
}

export default defineRule({
    id: "k8s-namespace-has-network-policy",
    title: "Namespaces with workloads have a NetworkPolicy",
    description:
        "Without a NetworkPolicy every pod accepts traffic from every other pod in the cluster, so one compromised workload can reach all the others, databases included. Only a policy that isolates ingress counts: an egress-only policy (`policyTypes: [\"Egress\"]`) does not, nor does one whose rule admits every source on every port (`ingress: [{}]`, `from: []`, a peer with empty `namespaceSelector` and `podSelector`, or an `ipBlock` of 0.0.0.0/0 without `except`); such a rule in a policy selecting every pod (`podSelector: {}`) opens the whole namespace, whatever other policies say, since policies add up.",
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
            {
                description: "a namespace whose only NetworkPolicy admits all ingress to every pod",
                resources: [
                    { type: "kubernetes:core/v1:Namespace", name: "shop", props: { metadata: { name: "shop" } } },
                    {
                        type: "kubernetes:core/v1:Pod",
                        name: "web",
                        props: { metadata: { namespace: "shop" }, spec: { containers: [{ name: "web", image: "ghcr.io/acme/web:1.4.2" }] } },
                    },
                    {
                        type: "kubernetes:networking.k8s.io/v1:NetworkPolicy",
                        name: "allow-all",
                        props: { metadata: { namespace: "shop" }, spec: { podSelector: {}, policyTypes: ["Ingress"], ingress: [{}] } },
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

        const policies = new Map<string, NamespacePolicies>();
        for (const policy of stack.ofType(NETWORK_POLICY)) {
            const key = namespaceKeyOf(policy);
            // A policy whose namespace preview cannot tell might cover any namespace: say nothing rather than guess.
            if (key === undefined) return;
            let entry = policies.get(key);
            if (!entry) policies.set(key, (entry = { isolating: false, undetermined: false }));
            const effect = known(() => ingressEffect(policy.props));
            if (!effect.known) {
                entry.undetermined = true;
                continue;
            }
            if (effect.value === "isolates") {
                entry.isolating = true;
                continue;
            }
            entry.ineffective ??= policy.name;
            const selectsEveryPod = known(() => selectsAll(recordOf(recordOf(policy.props).spec).podSelector));
            if (!selectsEveryPod.known) entry.undetermined = true;
            else if (effect.value === "admitsAll" && selectsEveryPod.value) entry.openedBy ??= policy.name;
        }
        const covered = (key: string) => {
            const entry = policies.get(key);
            return entry !== undefined && entry.openedBy === undefined && (entry.undetermined || entry.isolating);
        };
        const exempt = new Set(listOf(ctx.config.exemptNamespaces).map((n) => `name:${String(n)}`));

        // Workloads per namespace, in first-seen order.
        const byNamespace = new Map<string, StackResource[]>();
        for (const workload of workloads) {
            const key = namespaceKeyOf(workload);
            if (key === undefined || covered(key) || exempt.has(key)) continue;
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
            const entry = policies.get(key);
            const why = !entry
                ? "has no NetworkPolicy in this stack"
                : entry.openedBy !== undefined
                  ? `its NetworkPolicy \`${entry.openedBy}\` admits all ingress to every pod, so no pod is isolated`
                  : `its NetworkPolicies (first: \`${entry.ineffective ?? "?"}\`) do not restrict ingress`;
            ctx.report({
                urn: (namespace ?? members[0]).urn,
                message: `${label} runs ${count} but ${why}.`,
                propertyPath: namespace ? undefined : "metadata.namespace",
            });
        }
    },
});
