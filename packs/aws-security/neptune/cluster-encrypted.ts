import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/neptune";

export default defineRule({
    id: "neptune-cluster-encrypted",
    title: "Neptune clusters are encrypted at rest",
    description:
        "Without storage encryption, the cluster's data, its automated backups, snapshots and replicas are stored unencrypted, readable by whoever gets hold of the storage or a shared snapshot. Neptune leaves clusters unencrypted unless `storageEncrypted` is set, and it can only be chosen when the cluster is created.",
    severity: "high",
    service: "neptune",
    frameworks: {
        "aws-fsbp": ["Neptune.1"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `storageEncrypted: true` (optionally with `kmsKeyArn` for a customer managed key) on the aws.neptune.Cluster. An existing cluster cannot be encrypted in place: restore a snapshot into a new cluster with encryption on.",
    defaultLevel: "mandatory",
    messages: {
        disabled: "Neptune cluster `{{name}}` turns storage encryption off (storageEncrypted: false).",
        unset: "Neptune cluster `{{name}}` does not set storageEncrypted, and Neptune leaves clusters unencrypted by default.",
    },
    examples: {
        violating: [{ description: "a cluster without storage encryption", resources: [{ type: "aws:neptune/cluster:Cluster", name: "graph", props: { clusterIdentifier: "graph", engine: "neptune", iamDatabaseAuthenticationEnabled: true } }] }],
        compliant: [{ description: "an encrypted cluster", resources: [{ type: "aws:neptune/cluster:Cluster", name: "graph", props: { clusterIdentifier: "graph", engine: "neptune", iamDatabaseAuthenticationEnabled: true, storageEncrypted: true } }] }],
    },
    resourceType: "aws:neptune/cluster:Cluster",
    validate(props, ctx) {
        const encrypted = props.storageEncrypted;
        if (encrypted === true) return;
        ctx.report({ messageId: encrypted === false ? "disabled" : "unset", data: { name: ctx.name }, propertyPath: "storageEncrypted" });
    },
});
