import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/aws/dax";

export default requireSetting({
    id: "dax-cluster-encrypted",
    title: "DAX clusters are encrypted at rest",
    description:
        "A DAX cluster caches items read from DynamoDB tables, so its nodes' disks hold copies of the same data the tables encrypt. Encryption at rest is off unless asked for, and can only be chosen when the cluster is created.",
    severity: "medium",
    service: "dax",
    frameworks: {
        "aws-fsbp": ["DynamoDB.3"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
        "pci-dss-4.0": ["3.5.1"],
    },
    tags: ["encryption", "data"],
    remediation: "Set `serverSideEncryption: { enabled: true }`; on an existing cluster this replaces it, so plan for the cache to start cold.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a cluster without encryption at rest",
                resources: [{ type: "aws:dax/cluster:Cluster", name: "cache", props: { clusterName: "orders", iamRoleArn: "arn:aws:iam::123456789012:role/dax", nodeType: "dax.r5.large", replicationFactor: 3 } }],
            },
        ],
        compliant: [
            {
                description: "an encrypted cluster",
                resources: [
                    {
                        type: "aws:dax/cluster:Cluster",
                        name: "cache",
                        props: {
                            clusterName: "orders",
                            iamRoleArn: "arn:aws:iam::123456789012:role/dax",
                            nodeType: "dax.r5.large",
                            replicationFactor: 3,
                            serverSideEncryption: { enabled: true },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:dax/cluster:Cluster",
    path: ["serverSideEncryption", "enabled"],
    expected: true,
    message: (ctx, value) => `DAX cluster \`${ctx.name}\` is not encrypted at rest: serverSideEncryption.enabled is ${value === false ? "false" : "not set, and defaults to false"}.`,
});
