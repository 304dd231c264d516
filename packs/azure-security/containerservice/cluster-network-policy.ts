import { defineRule, recordOf } from "../../../src";
import type {} from "../../../src/types/azure-native/containerservice";

/** The engines that enforce Kubernetes NetworkPolicy on AKS (the API compares them ignoring case). */
const ENFORCING = new Set(["azure", "calico", "cilium"]);

/**
 * `networkProfile.networkPolicy` left out means "none": NetworkPolicy objects are accepted by the
 * API server but nothing enforces them. The Cilium engine requires the Cilium dataplane; the rule
 * asks for the policy to be named even then, so the intent is written down.
 */
export default defineRule({
    id: "azure-containerservice-cluster-network-policy",
    title: "AKS clusters enforce Kubernetes network policies",
    description:
        "Without a network policy engine every pod can reach every other pod and service in the cluster, so one compromised workload can probe databases, internal APIs and the metadata of its neighbours. An engine makes NetworkPolicy objects take effect, which allows segmenting namespaces and denying traffic by default.",
    severity: "medium",
    service: "containerservice",
    frameworks: { "nist-800-53-r5": ["AC-4", "SC-7"] },
    tags: ["kubernetes", "network"],
    remediation:
        'Set `networkProfile.networkPolicy` on the azure-native.containerservice.ManagedCluster to "azure", "calico" or "cilium" ("cilium" with `networkDataplane: "cilium"`), then add NetworkPolicy objects that deny traffic by default.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a cluster without a network policy engine",
                resources: [{ type: "azure-native:containerservice:ManagedCluster", name: "aks", props: { resourceGroupName: "rg-apps", dnsPrefix: "apps", networkProfile: { networkPlugin: "azure" } } }],
            },
        ],
        compliant: [
            {
                description: "a cluster enforcing Azure network policies",
                resources: [
                    { type: "azure-native:containerservice:ManagedCluster", name: "aks", props: { resourceGroupName: "rg-apps", dnsPrefix: "apps", networkProfile: { networkPlugin: "azure", networkPolicy: "azure" } } },
                ],
            },
        ],
    },
    messages: {
        unset: "AKS cluster `{{name}}` enforces no network policies: networkProfile.networkPolicy is not set, and defaults to \"none\".",
        notEnforcing: "AKS cluster `{{name}}` enforces no network policies: networkProfile.networkPolicy is {{value}}.",
    },
    resourceType: "azure-native:containerservice:ManagedCluster",
    validate(props, ctx) {
        const policy = recordOf(props.networkProfile).networkPolicy;
        if (typeof policy === "string" && ENFORCING.has(policy.trim().toLowerCase())) return;
        const propertyPath = "networkProfile.networkPolicy";
        if (policy === undefined || policy === null) {
            ctx.report({ messageId: "unset", data: { name: ctx.name }, propertyPath });
            return;
        }
        // Only a short word is echoed: anything else may be free text.
        const value = typeof policy === "string" && /^[A-Za-z]{1,20}$/.test(policy) ? `"${policy}"` : "not one of azure, calico or cilium";
        ctx.report({ messageId: "notEnforcing", data: { name: ctx.name, value }, propertyPath });
    },
});
