import { defineRule, recordOf } from "../../../src";
import { CLUSTER, NODE_POOL, clusterNodePools, isAutopilot, nodePoolResource, type NodePoolView } from "../lib/gke-node-pools";
import type {} from "../../../src/types/gcp/container";

/**
 * Workload Identity is on when `workloadIdentityConfig.workloadPool` names the project's pool
 * (`<project>.svc.id.goog`); it is off by default on Standard clusters and always on in Autopilot.
 * A node pool can still opt out with `nodeConfig.workloadMetadataConfig.mode` "GCE_METADATA",
 * which hands pods the node's credentials again: such a pool is reported too (left out, a pool
 * of a Workload Identity cluster uses GKE_METADATA).
 */
export default defineRule({
    id: "gcp-container-cluster-workload-identity",
    title: "GKE clusters use Workload Identity",
    description:
        "Without Workload Identity, pods call Google APIs as the node's service account, read from the metadata server, so every pod on a node shares the same, usually broad, credentials, and the node's bootstrap secrets are exposed to them. Workload Identity gives each Kubernetes service account its own IAM identity and hides the node's metadata.",
    severity: "high",
    service: "container",
    frameworks: { "nist-800-53-r5": ["AC-6", "IA-2"] },
    tags: ["kubernetes", "credentials"],
    remediation:
        'Set `workloadIdentityConfig: { workloadPool: "<project-id>.svc.id.goog" }` on the gcp.container.Cluster, and set `nodeConfig.workloadMetadataConfig.mode` to "GKE_METADATA" (or leave it out) on its node pools.',
    defaultLevel: "advisory",
    messages: {
        noWorkloadPool: "Cluster `{{name}}` does not use Workload Identity: workloadIdentityConfig.workloadPool is not set, so pods use the node's service account.",
        nodeMetadataExposed: '{{subject}} exposes the node\'s metadata and credentials to pods: nodeConfig.workloadMetadataConfig.mode is "GCE_METADATA".',
    },
    examples: {
        violating: [{ resources: [{ type: CLUSTER, name: "prod", props: { location: "europe-west1", initialNodeCount: 1 } }] }],
        compliant: [{ resources: [{ type: CLUSTER, name: "prod", props: { location: "europe-west1", initialNodeCount: 1, workloadIdentityConfig: { workloadPool: "acme-prod.svc.id.goog" } } }] }],
    },
    resourceType: [CLUSTER, NODE_POOL],
    validate(_props, ctx) {
        const { resource } = ctx;
        const pools: NodePoolView[] = resource.type === NODE_POOL ? [nodePoolResource(resource.props, ctx.name)] : clusterNodePools(resource.props, ctx.name);
        for (const pool of pools) {
            const mode = recordOf(pool.nodeConfig.workloadMetadataConfig).mode;
            if (typeof mode !== "string" || mode.trim().toUpperCase() !== "GCE_METADATA") continue;
            ctx.report({ messageId: "nodeMetadataExposed", data: { subject: pool.subject }, propertyPath: `${pool.prefix}nodeConfig.workloadMetadataConfig.mode` });
        }
        if (resource.type === NODE_POOL || isAutopilot(resource.props)) return;
        const workloadPool = recordOf(resource.props.workloadIdentityConfig).workloadPool;
        if (typeof workloadPool === "string" && workloadPool.trim() !== "") return;
        ctx.report({ messageId: "noWorkloadPool", data: { name: ctx.name }, propertyPath: "workloadIdentityConfig.workloadPool" });
    },
});
