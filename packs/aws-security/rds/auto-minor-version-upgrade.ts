import { defineRule } from "../../../src";
import { RDS_CLUSTER, RDS_CLUSTER_INSTANCE, RDS_INSTANCE, rdsKind } from "../lib/rds-common";
import type {} from "../../../src/types/aws/rds";

export default defineRule({
    id: "rds-auto-minor-version-upgrade",
    title: "RDS and Aurora apply minor engine upgrades automatically",
    description:
        "Minor engine versions carry security fixes. With automatic minor upgrades turned off, the database keeps running a vulnerable version until someone schedules the upgrade by hand.",
    severity: "medium",
    service: "rds",
    frameworks: {
        "cis-aws-3.0": ["2.3.2"],
        "aws-fsbp": ["RDS.13", "RDS.35"],
        "nist-800-53-r5": ["SI-2"],
    },
    tags: ["patching"],
    remediation:
        "Remove `autoMinorVersionUpgrade: false` (the default is true) or set it to true, and choose a `maintenanceWindow` / `preferredMaintenanceWindow` that suits the workload.",
    defaultLevel: "advisory",
    messages: {
        upgradesOff: "{{kind}} `{{name}}` does not receive minor engine upgrades automatically: autoMinorVersionUpgrade is false.",
    },
    examples: {
        violating: [
            {
                description: "minor upgrades switched off",
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
                            autoMinorVersionUpgrade: false,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "minor upgrades applied in the maintenance window",
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
                            autoMinorVersionUpgrade: true,
                            maintenanceWindow: "sun:03:00-sun:04:00",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [RDS_INSTANCE, RDS_CLUSTER, RDS_CLUSTER_INSTANCE],
    validate(props, ctx) {
        // Only an explicit false is a violation: the provider and AWS default to true.
        if (props.autoMinorVersionUpgrade !== false) return;
        ctx.report({ messageId: "upgradesOff", data: { kind: rdsKind(ctx.type), name: ctx.name }, propertyPath: "autoMinorVersionUpgrade" });
    },
});
