import { requireSetting } from "../../shared/flag-rule";
import { DOMAIN_TYPES, domainKind } from "../lib/opensearch-domain";

export default requireSetting({
    id: "opensearch-node-to-node-encryption",
    title: "OpenSearch domains encrypt traffic between nodes",
    description:
        "Nodes of a domain exchange every indexed document and query result. Node-to-node encryption wraps that traffic in TLS inside the VPC, and fine-grained access control requires it.",
    severity: "medium",
    service: "opensearch",
    frameworks: {
        "aws-fsbp": ["Opensearch.3", "ES.3"],
        "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-23"],
        "pci-dss-4.0": ["4.2.1"],
    },
    tags: ["encryption", "network"],
    remediation:
        "Set `nodeToNodeEncryption: { enabled: true }`. Recent OpenSearch versions enable it in place; older Elasticsearch versions need a new domain.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "nodes talk to each other in plain text",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "logs",
                        props: {
                            domainName: "logs",
                            engineVersion: "OpenSearch_2.17",
                            clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2 },
                            ebsOptions: { ebsEnabled: true, volumeSize: 100 },
                            nodeToNodeEncryption: { enabled: false },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "traffic between nodes encrypted",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "logs",
                        props: {
                            domainName: "logs",
                            engineVersion: "OpenSearch_2.17",
                            clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2 },
                            ebsOptions: { ebsEnabled: true, volumeSize: 100 },
                            nodeToNodeEncryption: { enabled: true },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...DOMAIN_TYPES],
    path: ["nodeToNodeEncryption", "enabled"],
    expected: true,
    message: (ctx) => `${domainKind(ctx.type)} \`${ctx.name}\` does not encrypt traffic between its nodes.`,
});
