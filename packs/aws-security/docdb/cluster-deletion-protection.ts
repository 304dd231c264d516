import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/docdb";

export default defineRule({
    id: "docdb-cluster-deletion-protection",
    title: "DocumentDB clusters have deletion protection",
    description:
        "Without deletion protection, one mistaken `pulumi destroy`, a rename that forces replacement or a stolen credential deletes the cluster in a single call, and with `skipFinalSnapshot` nothing is left to restore. Protection is off unless set.",
    severity: "medium",
    service: "docdb",
    frameworks: {
        "aws-fsbp": ["DocumentDB.5"],
        "nist-800-53-r5": ["CM-3", "SC-5"],
    },
    tags: ["resilience", "data"],
    remediation: "Set `deletionProtection: true` on the aws.docdb.Cluster; when the cluster really must go, set it to false in a separate update first.",
    defaultLevel: "advisory",
    messages: {
        unprotected: "DocumentDB cluster `{{name}}` can be deleted in one step: deletionProtection is {{state}}.",
    },
    examples: {
        violating: [{ description: "a cluster without deletion protection", resources: [{ type: "aws:docdb/cluster:Cluster", name: "orders", props: { clusterIdentifier: "orders", engine: "docdb", masterUsername: "orders_admin", manageMasterUserPassword: true, storageEncrypted: true } }] }],
        compliant: [{ description: "a protected cluster", resources: [{ type: "aws:docdb/cluster:Cluster", name: "orders", props: { clusterIdentifier: "orders", engine: "docdb", masterUsername: "orders_admin", manageMasterUserPassword: true, storageEncrypted: true, deletionProtection: true } }] }],
    },
    resourceType: "aws:docdb/cluster:Cluster",
    validate(props, ctx) {
        const enabled = props.deletionProtection;
        if (enabled === true) return;
        ctx.report({ messageId: "unprotected", data: { name: ctx.name, state: enabled === false ? "false" : "not set, and defaults to false" }, propertyPath: "deletionProtection" });
    },
    remediate(props) {
        props.deletionProtection = true;
    },
});
