import { defineRule } from "../../../src";
import { CLUSTER, NODE_POOL, clusterNodePools, nodePoolResource, type NodePoolView } from "../lib/gke-node-pools";
import type {} from "../../../src/types/gcp/container";

/**
 * `management.autoUpgrade` and `management.autoRepair` are enabled by default (the SDK's
 * documented default), so only an explicit false is reported. Judged on NodePool resources and
 * on a cluster's inline `nodePools`; a cluster's default node pool has no management block and
 * keeps GKE's defaults, and Autopilot manages its nodes itself.
 */
export default defineRule({
    id: "gcp-container-node-pool-auto-upgrade-repair",
    title: "GKE node pools upgrade and repair their nodes automatically",
    description:
        "With auto-upgrade off, nodes keep running old kubelet, container runtime and OS versions with known vulnerabilities until someone upgrades them by hand; with auto-repair off, broken nodes linger and take workloads down. GKE does both for you unless they are switched off.",
    severity: "medium",
    service: "container",
    frameworks: { "nist-800-53-r5": ["SI-2", "CP-10"] },
    tags: ["kubernetes", "patching", "resilience"],
    remediation: "Set `management: { autoUpgrade: true, autoRepair: true }` on the gcp.container.NodePool (or the cluster's inline `nodePools` entry), or remove the false values: both default to true.",
    defaultLevel: "advisory",
    messages: {
        autoUpgradeOff: "{{subject}} does not upgrade its nodes automatically: management.autoUpgrade is false.",
        autoRepairOff: "{{subject}} does not repair its nodes automatically: management.autoRepair is false.",
    },
    examples: {
        violating: [{ resources: [{ type: NODE_POOL, name: "workers", props: { cluster: "prod", nodeCount: 3, management: { autoUpgrade: false, autoRepair: true } } }] }],
        compliant: [{ resources: [{ type: NODE_POOL, name: "workers", props: { cluster: "prod", nodeCount: 3, management: { autoUpgrade: true, autoRepair: true } } }] }],
    },
    resourceType: [CLUSTER, NODE_POOL],
    validate(_props, ctx) {
        const { resource } = ctx;
        const pools: NodePoolView[] = resource.type === NODE_POOL ? [nodePoolResource(resource.props, ctx.name)] : clusterNodePools(resource.props, ctx.name);
        for (const pool of pools) {
            if (pool.management === undefined) continue;
            if (pool.management.autoUpgrade === false) {
                ctx.report({ messageId: "autoUpgradeOff", data: { subject: pool.subject }, propertyPath: `${pool.prefix}management.autoUpgrade` });
            }
            if (pool.management.autoRepair === false) {
                ctx.report({ messageId: "autoRepairOff", data: { subject: pool.subject }, propertyPath: `${pool.prefix}management.autoRepair` });
            }
        }
    },
});
