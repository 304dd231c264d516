import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/gcp/container";

/** `enableShieldedNodes` defaults to true (the SDK's documented default), so leaving it out passes. */
export default requireSetting({
    id: "gcp-container-cluster-shielded-nodes",
    title: "GKE clusters use Shielded GKE Nodes",
    description:
        "Shielded GKE Nodes give every node a verifiable identity and measured boot, so the control plane can tell real nodes from impostors. Without them, an attacker who steals a node's bootstrap credentials from the metadata server can register a rogue node and receive the cluster's pods and secrets.",
    severity: "medium",
    service: "container",
    frameworks: { "nist-800-53-r5": ["SI-7", "IA-3"] },
    tags: ["kubernetes", "integrity"],
    remediation: "Remove `enableShieldedNodes: false` from the gcp.container.Cluster or set it to true (the default).",
    defaultLevel: "advisory",
    examples: {
        violating: [{ resources: [{ type: "gcp:container/cluster:Cluster", name: "prod", props: { location: "europe-west1", initialNodeCount: 1, enableShieldedNodes: false } }] }],
        compliant: [{ resources: [{ type: "gcp:container/cluster:Cluster", name: "prod", props: { location: "europe-west1", initialNodeCount: 1 } }] }],
    },
    resourceType: "gcp:container/cluster:Cluster",
    path: ["enableShieldedNodes"],
    expected: true,
    defaultSatisfies: true,
    message: (ctx) => `Cluster \`${ctx.name}\` switches Shielded GKE Nodes off: enableShieldedNodes is not true.`,
});
