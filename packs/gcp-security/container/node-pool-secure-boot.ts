import { defineRule, recordOf } from "../../../src";
import { CLUSTER, NODE_POOL, clusterNodePools, nodePoolResource, type NodePoolView } from "../lib/gke-node-pools";
import type {} from "../../../src/types/gcp/container";

/**
 * `nodeConfig.shieldedInstanceConfig.enableSecureBoot` defaults to false (the SDK's documented
 * default), so it must be set. Judged on NodePool resources, a cluster's inline `nodePools`, and
 * its default node pool (the cluster's own `nodeConfig`) unless `removeDefaultNodePool` is true.
 * Autopilot nodes always boot securely.
 */
export default defineRule({
    id: "gcp-container-node-pool-secure-boot",
    title: "GKE node pools use Secure Boot",
    description:
        "Secure Boot checks the signature of every boot component, so a node refuses to start with a tampered bootloader, kernel or kernel module. Without it, malware that gains root on a node can install a rootkit that survives reboots and hides from the tools that would find it.",
    severity: "medium",
    service: "container",
    frameworks: { "nist-800-53-r5": ["SI-7"] },
    tags: ["kubernetes", "integrity"],
    remediation:
        "Set `nodeConfig.shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: true }` on the gcp.container.NodePool (or the cluster's inline `nodePools` entry, or the cluster's `nodeConfig` for its default node pool). Changing it recreates the nodes.",
    defaultLevel: "advisory",
    messages: {
        secureBootOff: "{{subject}} boots its nodes without Secure Boot: nodeConfig.shieldedInstanceConfig.enableSecureBoot is {{state}}.",
    },
    examples: {
        violating: [{ resources: [{ type: NODE_POOL, name: "workers", props: { cluster: "prod", nodeCount: 3, nodeConfig: { machineType: "e2-standard-4" } } }] }],
        compliant: [
            {
                resources: [
                    {
                        type: NODE_POOL,
                        name: "workers",
                        props: { cluster: "prod", nodeCount: 3, nodeConfig: { machineType: "e2-standard-4", shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: true } } },
                    },
                ],
            },
        ],
    },
    resourceType: [CLUSTER, NODE_POOL],
    validate(_props, ctx) {
        const { resource } = ctx;
        const pools: NodePoolView[] = resource.type === NODE_POOL ? [nodePoolResource(resource.props, ctx.name)] : clusterNodePools(resource.props, ctx.name);
        for (const pool of pools) {
            const secureBoot = recordOf(pool.nodeConfig.shieldedInstanceConfig).enableSecureBoot;
            if (secureBoot === true) continue;
            ctx.report({
                messageId: "secureBootOff",
                data: { subject: pool.subject, state: secureBoot === false ? "false" : "not set (it defaults to false)" },
                propertyPath: `${pool.prefix}nodeConfig.shieldedInstanceConfig.enableSecureBoot`,
            });
        }
    },
});
