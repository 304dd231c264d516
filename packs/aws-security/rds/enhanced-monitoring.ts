import { defineRule } from "../../../src";
import { isSet, RDS_CLUSTER, RDS_CLUSTER_INSTANCE, RDS_INSTANCE, rdsKind } from "../lib/rds-common";
import type {} from "../../../src/types/aws/rds";

/** The intervals (seconds) AWS accepts for Enhanced Monitoring; 0 switches it off. */
const INTERVALS: ReadonlySet<number> = new Set([1, 5, 10, 15, 30, 60]);

export default defineRule({
    id: "rds-enhanced-monitoring",
    title: "RDS and Aurora instances have Enhanced Monitoring",
    description:
        "Enhanced Monitoring collects operating-system metrics (CPU per process, memory, file system, swap) from the database host every few seconds. Without it, CloudWatch shows only one-minute hypervisor metrics, which miss the short spikes that precede an outage or reveal a runaway query or crypto-miner. Aurora clusters are judged through their instances; Multi-AZ DB clusters (`dbClusterInstanceClass`) on the cluster.",
    severity: "low",
    service: "rds",
    frameworks: {
        "aws-fsbp": ["RDS.6"],
        "nist-800-53-r5": ["CA-7", "SI-4"],
    },
    tags: ["monitoring"],
    remediation:
        "Set `monitoringInterval` to 1, 5, 10, 15, 30 or 60 seconds (e.g. 60) and `monitoringRoleArn` to a role that trusts monitoring.rds.amazonaws.com with the AmazonRDSEnhancedMonitoringRole managed policy.",
    defaultLevel: "advisory",
    messages: {
        off: "{{kind}} `{{name}}` has no Enhanced Monitoring: monitoringInterval is {{state}}.",
        invalid: "{{kind}} `{{name}}` sets monitoringInterval to a value AWS does not accept (valid: 0, 1, 5, 10, 15, 30 or 60 seconds).",
    },
    examples: {
        violating: [
            {
                description: "a database without Enhanced Monitoring",
                resources: [
                    {
                        type: "aws:rds/instance:Instance",
                        name: "orders-db",
                        props: {
                            identifier: "orders-db",
                            engine: "postgres",
                            engineVersion: "16.4",
                            instanceClass: "db.t4g.medium",
                            allocatedStorage: 50,
                            username: "orders_admin",
                            manageMasterUserPassword: true,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "Enhanced Monitoring every 60 seconds",
                resources: [
                    {
                        type: "aws:rds/instance:Instance",
                        name: "orders-db",
                        props: {
                            identifier: "orders-db",
                            engine: "postgres",
                            engineVersion: "16.4",
                            instanceClass: "db.t4g.medium",
                            allocatedStorage: 50,
                            username: "orders_admin",
                            manageMasterUserPassword: true,
                            monitoringInterval: 60,
                            monitoringRoleArn: "arn:aws:iam::111122223333:role/rds-enhanced-monitoring",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [RDS_INSTANCE, RDS_CLUSTER_INSTANCE, RDS_CLUSTER],
    validate(props, ctx) {
        const interval = props.monitoringInterval;
        if (typeof interval === "number" && INTERVALS.has(interval)) return;
        const { resource } = ctx;
        // An Aurora cluster's monitoring is set on its instances; only Multi-AZ DB clusters take it.
        if (resource.type === RDS_CLUSTER && !isSet(resource.props.dbClusterInstanceClass)) return;
        const data = { kind: rdsKind(ctx.type), name: ctx.name };
        if (interval === undefined || interval === null) ctx.report({ messageId: "off", data: { ...data, state: "not set, and defaults to 0" }, propertyPath: "monitoringInterval" });
        else if (interval === 0) ctx.report({ messageId: "off", data: { ...data, state: "0" }, propertyPath: "monitoringInterval" });
        else ctx.report({ messageId: "invalid", data, propertyPath: "monitoringInterval" });
    },
});
