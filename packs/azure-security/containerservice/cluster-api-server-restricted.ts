import { defineRule, listOf, recordOf } from "../../../src";
import { parseCidr } from "../../shared/cidr";
import type {} from "../../../src/types/azure-native/containerservice";

/** A range as written, when it looks like an address or CIDR; anything else is not echoed. */
function rangeText(value: unknown): string {
    return typeof value === "string" && /^[0-9A-Fa-f:./ ]{1,50}$/.test(value) ? value.trim() : "(not a CIDR range)";
}

/**
 * A private cluster (`apiServerAccessProfile.enablePrivateCluster: true`) has no public API
 * endpoint. A public one is restricted only by `authorizedIPRanges`: without any, AKS accepts
 * connections from every address. AKS takes CIDRs and lone addresses there; a range as broad as
 * the internet (packs/shared/cidr.ts) restricts nothing.
 */
export default defineRule({
    id: "azure-containerservice-cluster-api-server-restricted",
    title: "AKS API servers are private or limited to authorized IP ranges",
    description:
        "A public AKS API server with no authorized IP ranges accepts connections from anywhere on the internet, so stolen credentials, token leaks and API server vulnerabilities can be used from any address. A private cluster, or a short list of trusted ranges, keeps the control plane out of reach.",
    severity: "high",
    service: "containerservice",
    frameworks: { "nist-800-53-r5": ["AC-3", "SC-7"] },
    tags: ["kubernetes", "network"],
    remediation:
        'Set `apiServerAccessProfile: { enablePrivateCluster: true }` on the azure-native.containerservice.ManagedCluster, or `apiServerAccessProfile: { authorizedIPRanges: ["203.0.113.0/24"] }` with only your own egress ranges (never 0.0.0.0/0 or a range as broad).',
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "a public API server open to every address",
                resources: [{ type: "azure-native:containerservice:ManagedCluster", name: "aks", props: { resourceGroupName: "rg-apps", dnsPrefix: "apps" } }],
            },
        ],
        compliant: [
            {
                description: "a public API server limited to the office range",
                resources: [
                    { type: "azure-native:containerservice:ManagedCluster", name: "aks", props: { resourceGroupName: "rg-apps", dnsPrefix: "apps", apiServerAccessProfile: { authorizedIPRanges: ["203.0.113.0/24"] } } },
                ],
            },
            {
                description: "a private cluster",
                resources: [
                    { type: "azure-native:containerservice:ManagedCluster", name: "aks", props: { resourceGroupName: "rg-apps", dnsPrefix: "apps", apiServerAccessProfile: { enablePrivateCluster: true } } },
                ],
            },
        ],
    },
    messages: {
        unrestricted: "AKS cluster `{{name}}` has a public API server that accepts connections from any address: it is not private and apiServerAccessProfile.authorizedIPRanges is empty.",
        internetWide: "AKS cluster `{{name}}` authorizes {{range}} to reach its API server, which is open to the internet.",
        notARange: "AKS cluster `{{name}}` lists an authorized IP range that is not a CIDR range or address: {{range}}.",
    },
    resourceType: "azure-native:containerservice:ManagedCluster",
    validate(props, ctx) {
        const profile = recordOf(props.apiServerAccessProfile);
        if (profile.enablePrivateCluster === true) return;
        const ranges = listOf(profile.authorizedIPRanges);
        if (ranges.length === 0) {
            ctx.report({ messageId: "unrestricted", data: { name: ctx.name }, propertyPath: "apiServerAccessProfile.authorizedIPRanges" });
            return;
        }
        ranges.forEach((range, index) => {
            const parsed = parseCidr(range, { bareAddress: true });
            const propertyPath = `apiServerAccessProfile.authorizedIPRanges[${index}]`;
            if (parsed === undefined) ctx.report({ messageId: "notARange", data: { name: ctx.name, range: rangeText(range) }, propertyPath });
            else if (parsed.internetWide) ctx.report({ messageId: "internetWide", data: { name: ctx.name, range: rangeText(range) }, propertyPath });
        });
    },
});
