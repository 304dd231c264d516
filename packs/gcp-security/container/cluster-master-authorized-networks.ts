import { defineRule, listOf, recordOf } from "../../../src";
import { isInternetWideCidr } from "../../shared/cidr";
import { CLUSTER } from "../lib/gke-node-pools";
import type {} from "../../../src/types/gcp/container";

/**
 * Without `masterAuthorizedNetworksConfig` the control plane's public endpoint accepts
 * connections from any address. It is not judged when there is no public endpoint:
 * `privateClusterConfig.enablePrivateEndpoint` true, or the IP endpoints switched off with
 * `controlPlaneEndpointsConfig.ipEndpointsConfig.enabled` false (it defaults to true).
 * An empty `cidrBlocks` list allows only the cluster's own nodes, which passes.
 */
export default defineRule({
    id: "gcp-container-cluster-master-authorized-networks",
    title: "GKE control planes accept connections from authorized networks only",
    description:
        "A control plane endpoint open to the internet can be reached by anyone who finds its address, leaving authentication as the only barrier against credential stuffing, stolen tokens and Kubernetes API vulnerabilities. Authorized networks limit the endpoint to the ranges your administrators and pipelines use.",
    severity: "high",
    service: "container",
    frameworks: { "nist-800-53-r5": ["AC-3", "SC-7"] },
    tags: ["kubernetes", "network", "exposure"],
    remediation:
        "Set `masterAuthorizedNetworksConfig.cidrBlocks` on the gcp.container.Cluster to the ranges that need the Kubernetes API (office, VPN, CI egress), never 0.0.0.0/0, and leave `gcpPublicCidrsAccessEnabled` false; or make the endpoint private with `privateClusterConfig.enablePrivateEndpoint` true.",
    defaultLevel: "advisory",
    messages: {
        noAuthorizedNetworks: "Cluster `{{name}}` has a public control plane endpoint open to any address: masterAuthorizedNetworksConfig is not set.",
        internetCidr: "Cluster `{{name}}` authorizes {{cidr}} to reach its control plane, which lets the whole internet in.",
        gcpPublicCidrs: "Cluster `{{name}}` lets any Google Cloud public IP reach its control plane: masterAuthorizedNetworksConfig.gcpPublicCidrsAccessEnabled is true.",
    },
    examples: {
        violating: [{ resources: [{ type: CLUSTER, name: "prod", props: { location: "europe-west1", initialNodeCount: 1 } }] }],
        compliant: [
            {
                resources: [
                    { type: CLUSTER, name: "prod", props: { location: "europe-west1", initialNodeCount: 1, masterAuthorizedNetworksConfig: { cidrBlocks: [{ cidrBlock: "203.0.113.0/24", displayName: "office" }] } } },
                ],
            },
        ],
    },
    resourceType: CLUSTER,
    validate(props, ctx) {
        if (recordOf(props.privateClusterConfig).enablePrivateEndpoint === true) return;
        if (recordOf(recordOf(props.controlPlaneEndpointsConfig).ipEndpointsConfig).enabled === false) return;
        const config = props.masterAuthorizedNetworksConfig;
        if (config === undefined || config === null) {
            ctx.report({ messageId: "noAuthorizedNetworks", data: { name: ctx.name }, propertyPath: "masterAuthorizedNetworksConfig" });
            return;
        }
        const networks = recordOf(config);
        listOf(networks.cidrBlocks).forEach((block, index) => {
            const cidr = recordOf(block).cidrBlock;
            if (!isInternetWideCidr(cidr)) return;
            ctx.report({ messageId: "internetCidr", data: { name: ctx.name, cidr: String(cidr).trim() }, propertyPath: `masterAuthorizedNetworksConfig.cidrBlocks[${index}].cidrBlock` });
        });
        if (networks.gcpPublicCidrsAccessEnabled === true) {
            ctx.report({ messageId: "gcpPublicCidrs", data: { name: ctx.name }, propertyPath: "masterAuthorizedNetworksConfig.gcpPublicCidrsAccessEnabled" });
        }
    },
});
