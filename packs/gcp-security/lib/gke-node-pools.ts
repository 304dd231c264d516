/**
 * GKE node pools, read the same way wherever they are declared: a standalone
 * gcp.container.NodePool, an inline `nodePools` entry of a gcp.container.Cluster, or the
 * cluster's default node pool (configured by the cluster's own `nodeConfig`).
 */
import { listOf, recordOf } from "../../../src";

export const CLUSTER = "gcp:container/cluster:Cluster";
export const NODE_POOL = "gcp:container/nodePool:NodePool";

/** One node pool and where its settings sit in the resource's props. */
export interface NodePoolView {
    /** How messages name it: "Node pool `web`", "Node pool `web` of cluster `prod`". */
    readonly subject: string;
    /** The path prefix of its settings ("" for a NodePool resource, "nodePools[0]." inline). */
    readonly prefix: string;
    /** Its `nodeConfig` at `${prefix}nodeConfig` (empty when absent). */
    readonly nodeConfig: Record<string, unknown>;
    /** Its `management` at `${prefix}management` (empty when absent), or undefined for a default pool, which has none to set. */
    readonly management: Record<string, unknown> | undefined;
}

/** Props of a cluster these helpers read (the SDK's props fit it). */
interface ClusterLike {
    readonly enableAutopilot?: unknown;
    readonly nodePools?: unknown;
    readonly nodeConfig?: unknown;
    readonly removeDefaultNodePool?: unknown;
}

/** True for an Autopilot cluster, where Google manages the nodes and enforces their hardening. */
export function isAutopilot(cluster: ClusterLike): boolean {
    return cluster.enableAutopilot === true;
}

function view(subject: string, prefix: string, pool: Record<string, unknown>, withManagement: boolean): NodePoolView {
    return {
        subject,
        prefix,
        nodeConfig: recordOf(pool.nodeConfig),
        management: withManagement ? recordOf(pool.management) : undefined,
    };
}

/** How an inline `nodePools` entry is named: its `name` when it is a plain pool name, else its index. */
export function inlinePoolLabel(entry: unknown, index: number): string {
    const name = recordOf(entry).name;
    return typeof name === "string" && /^[a-z0-9-]{1,63}$/.test(name) ? name : `nodePools[${index}]`;
}

/**
 * The node pools a cluster declares: each inline `nodePools` entry, or, without any, the default
 * node pool unless `removeDefaultNodePool` is true. An Autopilot cluster has none to judge.
 */
export function clusterNodePools(cluster: ClusterLike, clusterName: string): NodePoolView[] {
    if (isAutopilot(cluster)) return [];
    const inline = listOf(cluster.nodePools);
    if (inline.length > 0) {
        return inline.map((entry, index) => {
            const label = inlinePoolLabel(entry, index);
            return view(`Node pool \`${label}\` of cluster \`${clusterName}\``, `nodePools[${index}].`, recordOf(entry), true);
        });
    }
    if (cluster.removeDefaultNodePool === true) return [];
    return [view(`The default node pool of cluster \`${clusterName}\``, "", { nodeConfig: cluster.nodeConfig }, false)];
}

/** A standalone NodePool resource as a view. */
export function nodePoolResource(pool: { readonly nodeConfig?: unknown; readonly management?: unknown }, name: string): NodePoolView {
    return view(`Node pool \`${name}\``, "", { nodeConfig: pool.nodeConfig, management: pool.management }, true);
}
