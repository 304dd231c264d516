import { defineRule, listOf, recordOf } from "../../../src";
import { CLUSTER, NODE_POOL, inlinePoolLabel } from "../lib/gke-node-pools";
import type {} from "../../../src/types/gcp/container";

/**
 * Nodes get public IPs unless `privateClusterConfig.enablePrivateNodes` is true (it defaults to
 * false). A node pool may override the cluster's choice with `networkConfig.enablePrivateNodes`:
 * a pool that sets it to false is reported on its own, and a cluster whose every inline pool
 * sets it is judged by its pools only. A NodePool that sets nothing takes its cluster's setting, judged there.
 */
export default defineRule({
    id: "gcp-container-cluster-private-nodes",
    title: "GKE nodes have private IP addresses only",
    description:
        "Nodes with public IP addresses can be reached from the internet on any port a firewall rule or a NodePort service opens, and every kubelet and workload on them is one misconfiguration from exposure. Private nodes have internal addresses only and reach the internet through Cloud NAT.",
    severity: "high",
    service: "container",
    frameworks: { "nist-800-53-r5": ["SC-7", "AC-4"] },
    tags: ["kubernetes", "network", "exposure"],
    remediation:
        "Set `privateClusterConfig.enablePrivateNodes` to true on the gcp.container.Cluster (with a `masterIpv4CidrBlock` where needed, and Cloud NAT for egress), and remove `networkConfig.enablePrivateNodes: false` from node pools.",
    defaultLevel: "advisory",
    messages: {
        publicNodes: "Cluster `{{name}}` gives its nodes public IP addresses: privateClusterConfig.enablePrivateNodes is not true.",
        publicPool: "{{subject}} gives its nodes public IP addresses: networkConfig.enablePrivateNodes is false.",
    },
    examples: {
        violating: [{ resources: [{ type: CLUSTER, name: "prod", props: { location: "europe-west1", initialNodeCount: 1 } }] }],
        compliant: [
            {
                resources: [
                    { type: CLUSTER, name: "prod", props: { location: "europe-west1", initialNodeCount: 1, privateClusterConfig: { enablePrivateNodes: true, masterIpv4CidrBlock: "172.16.0.0/28" } } },
                ],
            },
        ],
    },
    resourceType: [CLUSTER, NODE_POOL],
    validate(_props, ctx) {
        const { resource } = ctx;
        if (resource.type === NODE_POOL) {
            if (recordOf(resource.props.networkConfig).enablePrivateNodes === false) {
                ctx.report({ messageId: "publicPool", data: { subject: `Node pool \`${ctx.name}\`` }, propertyPath: "networkConfig.enablePrivateNodes" });
            }
            return;
        }
        const props = resource.props;
        const entries = listOf(props.nodePools);
        const pools = entries.map((p) => recordOf(recordOf(p).networkConfig).enablePrivateNodes);
        pools.forEach((value, index) => {
            if (value !== false) return;
            const subject = `Node pool \`${inlinePoolLabel(entries[index], index)}\` of cluster \`${ctx.name}\``;
            ctx.report({ messageId: "publicPool", data: { subject }, propertyPath: `nodePools[${index}].networkConfig.enablePrivateNodes` });
        });
        if (recordOf(props.privateClusterConfig).enablePrivateNodes === true) return;
        // Every inline pool decides for itself (false ones are reported above).
        if (pools.length > 0 && pools.every((value) => value === true || value === false)) return;
        ctx.report({ messageId: "publicNodes", data: { name: ctx.name }, propertyPath: "privateClusterConfig.enablePrivateNodes" });
    },
});
