import { defineRule, listOf } from "../../../src";
import type {} from "../../../src/types/aws/neptune";

export default defineRule({
    id: "neptune-cluster-audit-logging",
    title: "Neptune clusters send audit logs to CloudWatch",
    description:
        "Neptune audit logs record every request to the cluster: who sent it (client address and, with IAM authentication, the caller), when, and the query itself. That is the trail needed to investigate a leaked credential or a bulk export. Without exporting the \"audit\" log type to CloudWatch Logs, those records are not kept anywhere.",
    severity: "medium",
    service: "neptune",
    frameworks: {
        "aws-fsbp": ["Neptune.2"],
        "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
        "pci-dss-4.0": ["10.2.1"],
    },
    tags: ["logging"],
    remediation:
        'Add "audit" to `enableCloudwatchLogsExports` on the aws.neptune.Cluster, e.g. `enableCloudwatchLogsExports: ["audit", "slowquery"]`. Neptune also needs `neptune_enable_audit_log` set to 1 in the cluster parameter group (aws.neptune.ClusterParameterGroup) before it writes any audit events.',
    defaultLevel: "advisory",
    messages: {
        unset: "Neptune cluster `{{name}}` exports no logs to CloudWatch (enableCloudwatchLogsExports is not set), so audit events are not kept.",
        noAudit: "Neptune cluster `{{name}}` does not export the \"audit\" log type to CloudWatch.",
    },
    examples: {
        violating: [{ description: "a cluster that exports no logs", resources: [{ type: "aws:neptune/cluster:Cluster", name: "graph", props: { clusterIdentifier: "graph", engine: "neptune", iamDatabaseAuthenticationEnabled: true, storageEncrypted: true } }] }],
        compliant: [{ description: "a cluster that exports its audit log", resources: [{ type: "aws:neptune/cluster:Cluster", name: "graph", props: { clusterIdentifier: "graph", engine: "neptune", iamDatabaseAuthenticationEnabled: true, storageEncrypted: true, enableCloudwatchLogsExports: ["audit", "slowquery"] } }] }],
    },
    resourceType: "aws:neptune/cluster:Cluster",
    validate(props, ctx) {
        const exports = props.enableCloudwatchLogsExports;
        if (listOf(exports).some((type) => typeof type === "string" && type.trim().toLowerCase() === "audit")) return;
        ctx.report({ messageId: exports === undefined || exports === null ? "unset" : "noAudit", data: { name: ctx.name }, propertyPath: "enableCloudwatchLogsExports" });
    },
});
