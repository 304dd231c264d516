import { defineRule, recordOf } from "../../../src";
import { isReadReplica } from "../lib/sql-instance";
import type {} from "../../../src/types/gcp/sql";

/**
 * `settings.backupConfiguration.enabled` is off unless set (CIS GCP 6.8: automated backups
 * are not configured by default). Read replicas cannot take automated backups and are not judged.
 */
export default defineRule({
    id: "gcp-sql-instance-backups-enabled",
    title: "Cloud SQL instances take automated backups",
    description:
        "Without automated backups, a dropped table, a bad migration, corruption or ransomware leaves nothing to restore from, and point-in-time recovery cannot be turned on. Daily backups let the instance be restored to a known good state.",
    severity: "medium",
    service: "sql",
    frameworks: { "cis-gcp-5.0": ["6.8"], "nist-800-53-r5": ["CP-9", "CP-10"] },
    tags: ["database", "resilience"],
    remediation:
        'Set `settings.backupConfiguration.enabled` to true (with a `startTime` such as "03:00"), and `binaryLogEnabled` (MySQL) or `pointInTimeRecoveryEnabled` (PostgreSQL, SQL Server) for point-in-time recovery.',
    defaultLevel: "advisory",
    messages: {
        backupsOff: "Cloud SQL instance `{{name}}` has automated backups switched off: settings.backupConfiguration.enabled is false.",
        backupsUnset: "Cloud SQL instance `{{name}}` takes no automated backups: settings.backupConfiguration.enabled is not set to true, and backups are off by default.",
    },
    examples: {
        violating: [
            {
                description: "no backup configuration",
                resources: [{ type: "gcp:sql/databaseInstance:DatabaseInstance", name: "orders-db", props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680" } } }],
            },
        ],
        compliant: [
            {
                description: "daily backups with point-in-time recovery",
                resources: [
                    {
                        type: "gcp:sql/databaseInstance:DatabaseInstance",
                        name: "orders-db",
                        props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", backupConfiguration: { enabled: true, startTime: "03:00", pointInTimeRecoveryEnabled: true } } },
                    },
                ],
            },
        ],
    },
    resourceType: "gcp:sql/databaseInstance:DatabaseInstance",
    validate(props, ctx) {
        if (isReadReplica(props)) return;
        const backup = recordOf(recordOf(props.settings).backupConfiguration);
        if (backup.enabled === true) return;
        const propertyPath = "settings.backupConfiguration.enabled";
        ctx.report({ messageId: backup.enabled === false ? "backupsOff" : "backupsUnset", data: { name: ctx.name }, propertyPath });
    },
});
