import { defineRule } from "../../../src";
import { isSet, RDS_CLUSTER, RDS_INSTANCE, rdsKind } from "../lib/rds-common";
import type {} from "../../../src/types/aws/rds";

export default defineRule({
    id: "rds-backup-retention",
    title: "RDS and Aurora keep automated backups long enough",
    description:
        "Automated backups are what point-in-time recovery restores from after a bad migration, a deleted table or ransomware. Keeping them only a day or two (or not at all: instances default to 0) often means the damage is noticed after the last good copy is gone.",
    severity: "medium",
    service: "rds",
    frameworks: {
        "aws-fsbp": ["RDS.11"],
        "nist-800-53-r5": ["CP-6", "CP-9", "CP-10", "SI-12"],
    },
    tags: ["backup", "resilience"],
    remediation: "Set `backupRetentionPeriod` to at least the configured minimum (7 days by default, up to 35), e.g. `backupRetentionPeriod: 7`.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            minimumDays: { type: "integer", minimum: 1, maximum: 35, description: "Fewest days of automated backups accepted." },
        },
    },
    configDefaults: { minimumDays: 7 },
    examples: {
        violating: [
            {
                description: "one day of automated backups",
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
                            backupRetentionPeriod: 1,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a week of automated backups",
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
                            backupRetentionPeriod: 7,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [RDS_INSTANCE, RDS_CLUSTER],
    validate(props, ctx) {
        const { resource } = ctx;
        const minimum = typeof ctx.config.minimumDays === "number" ? ctx.config.minimumDays : 7;
        const days = props.backupRetentionPeriod;
        if (typeof days === "number" && days >= minimum) return;
        // A read replica's data is protected by its source's backups.
        if (resource.type === RDS_INSTANCE && isSet(resource.props.replicateSourceDb)) return;
        let current: string;
        if (typeof days === "number") current = days === 0 ? "0, which turns automated backups off" : `${days}`;
        else current = resource.type === RDS_INSTANCE ? "not set, which means 0: automated backups are off" : "not set, which means 1 day";
        ctx.report({
            message: `${rdsKind(ctx.type)} \`${ctx.name}\` keeps automated backups for fewer than ${minimum} days: backupRetentionPeriod is ${current}.`,
            propertyPath: "backupRetentionPeriod",
        });
    },
});
