import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/aws/dax";

export default requireSetting({
    id: "dax-cluster-encrypted-in-transit",
    title: "DAX cluster endpoints use TLS",
    description:
        "Without TLS on the cluster endpoint, cached DynamoDB items and the requests for them cross the VPC in clear text, readable by anything that can capture the traffic. The endpoint is unencrypted unless TLS is chosen when the cluster is created.",
    severity: "medium",
    service: "dax",
    frameworks: {
        "aws-fsbp": ["DynamoDB.7"],
        "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-23"],
        "pci-dss-4.0": ["4.2.1"],
    },
    tags: ["encryption", "network"],
    remediation: 'Set `clusterEndpointEncryptionType: "TLS"` (this replaces an existing cluster) and connect with a DAX client that supports TLS.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a cluster with a clear-text endpoint",
                resources: [{ type: "aws:dax/cluster:Cluster", name: "cache", props: { clusterName: "orders", iamRoleArn: "arn:aws:iam::123456789012:role/dax", nodeType: "dax.r5.large", replicationFactor: 3 } }],
            },
        ],
        compliant: [
            {
                description: "a cluster with a TLS endpoint",
                resources: [
                    {
                        type: "aws:dax/cluster:Cluster",
                        name: "cache",
                        props: { clusterName: "orders", iamRoleArn: "arn:aws:iam::123456789012:role/dax", nodeType: "dax.r5.large", replicationFactor: 3, clusterEndpointEncryptionType: "TLS" },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:dax/cluster:Cluster",
    path: ["clusterEndpointEncryptionType"],
    expected: "TLS",
    message: (ctx, value) =>
        `DAX cluster \`${ctx.name}\` serves its endpoint without TLS: clusterEndpointEncryptionType is ${typeof value === "string" ? `"${value}"` : 'not set, and defaults to "NONE"'}.`,
});
