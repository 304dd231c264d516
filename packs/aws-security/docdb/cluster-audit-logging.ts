import { defineRule, listOf } from "../../../src";
import type {} from "../../../src/types/aws/docdb";

export default defineRule({
    id: "docdb-cluster-audit-logging",
    title: "DocumentDB clusters send audit logs to CloudWatch",
    description:
        "Audit logs record authentication attempts, user and role changes and (when enabled) data access, the trail needed to investigate a leaked credential or a bulk export. Without exporting the \"audit\" log type to CloudWatch Logs, those events are not kept anywhere.",
    severity: "medium",
    service: "docdb",
    frameworks: {
        "aws-fsbp": ["DocumentDB.4"],
        "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
        "pci-dss-4.0": ["10.2.1"],
    },
    tags: ["logging"],
    remediation:
        'Add "audit" to `enabledCloudwatchLogsExports` on the aws.docdb.Cluster, e.g. `enabledCloudwatchLogsExports: ["audit", "profiler"]`. DocumentDB also needs `audit_logs` set to "enabled" in the cluster parameter group (aws.docdb.ClusterParameterGroup) before it writes any audit events.',
    defaultLevel: "advisory",
    messages: {
        unset: "DocumentDB cluster `{{name}}` exports no logs to CloudWatch (enabledCloudwatchLogsExports is not set), so audit events are not kept.",
        noAudit: "DocumentDB cluster `{{name}}` does not export the \"audit\" log type to CloudWatch.",
    },
    examples: {
        violating: [{ description: "a cluster that exports no logs", resources: [{ type: "aws:docdb/cluster:Cluster", name: "orders", props: { clusterIdentifier: "orders", engine: "docdb", masterUsername: "orders_admin", manageMasterUserPassword: true, storageEncrypted: true } }] }],
        compliant: [{ description: "a cluster that exports its audit log", resources: [{ type: "aws:docdb/cluster:Cluster", name: "orders", props: { clusterIdentifier: "orders", engine: "docdb", masterUsername: "orders_admin", manageMasterUserPassword: true, storageEncrypted: true, enabledCloudwatchLogsExports: ["audit", "profiler"] } }] }],
    },
    resourceType: "aws:docdb/cluster:Cluster",
    validate(props, ctx) {
        const exports = props.enabledCloudwatchLogsExports;
        if (listOf(exports).some((type) => typeof type === "string" && type.trim().toLowerCase() === "audit")) return;
        ctx.report({ messageId: exports === undefined || exports === null ? "unset" : "noAudit", data: { name: ctx.name }, propertyPath: "enabledCloudwatchLogsExports" });
    },
});
