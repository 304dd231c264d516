import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/docdb";

export default defineRule({
    id: "docdb-cluster-encrypted",
    title: "DocumentDB clusters are encrypted at rest",
    description:
        "Without storage encryption, the cluster's data, its automated backups, snapshots and replicas are stored unencrypted, readable by whoever gets hold of the storage or a shared snapshot. DocumentDB leaves clusters unencrypted unless `storageEncrypted` is set, and it can only be chosen when the cluster is created.",
    severity: "high",
    service: "docdb",
    frameworks: {
        "aws-fsbp": ["DocumentDB.1"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `storageEncrypted: true` (optionally with `kmsKeyId` for a customer managed key) on the aws.docdb.Cluster. An existing cluster cannot be encrypted in place: restore a snapshot into a new cluster with encryption on.",
    defaultLevel: "mandatory",
    messages: {
        disabled: "DocumentDB cluster `{{name}}` turns storage encryption off (storageEncrypted: false).",
        unset: "DocumentDB cluster `{{name}}` does not set storageEncrypted, and DocumentDB leaves clusters unencrypted by default.",
    },
    examples: {
        violating: [{ description: "a cluster without storage encryption", resources: [{ type: "aws:docdb/cluster:Cluster", name: "orders", props: { clusterIdentifier: "orders", engine: "docdb", masterUsername: "orders_admin", manageMasterUserPassword: true } }] }],
        compliant: [{ description: "an encrypted cluster", resources: [{ type: "aws:docdb/cluster:Cluster", name: "orders", props: { clusterIdentifier: "orders", engine: "docdb", masterUsername: "orders_admin", manageMasterUserPassword: true, storageEncrypted: true } }] }],
    },
    resourceType: "aws:docdb/cluster:Cluster",
    validate(props, ctx) {
        const encrypted = props.storageEncrypted;
        if (encrypted === true) return;
        ctx.report({ messageId: encrypted === false ? "disabled" : "unset", data: { name: ctx.name }, propertyPath: "storageEncrypted" });
    },
});
