import { defineRule } from "../../../src";
import { isSet, RDS_CLUSTER, RDS_INSTANCE, rdsKind } from "../lib/rds-common";
import type {} from "../../../src/types/aws/rds";

/** The longest retention AWS accepts, for instances and clusters alike. */
const MAX_DAYS = 35;

export default defineRule({
    id: "rds-backup-retention",
    title: "RDS and Aurora keep automated backups long enough",
    description:
        "Automated backups are what point-in-time recovery restores from after a bad migration, a deleted table or ransomware. Keeping them only a day or two (or not at all) often means the damage is noticed after the last good copy is gone. Defaults counted: an instance without backupRetentionPeriod gets 0 days (the provider sends 0, so backups are off; the AWS console's 7 and the API's 1 do not apply), a cluster gets AWS's 1 day. Values outside what AWS accepts (0–35 days for instances, 1–35 for clusters) are reported too; read replicas, protected by their source's backups, are judged only on that range.",
    severity: "medium",
    service: "rds",
    frameworks: {
        "aws-fsbp": ["RDS.11"],
        "nist-800-53-r5": ["CP-6", "CP-9", "CP-10", "SI-12"],
    },
    tags: ["backup", "resilience"],
    remediation:
        "Set `backupRetentionPeriod` to a whole number of days from the configured minimum (7 by default) up to 35, the most AWS keeps, e.g. `backupRetentionPeriod: 7`; keep longer copies with AWS Backup.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            minimumDays: { type: "integer", minimum: 1, maximum: 35, description: "Fewest days of automated backups accepted (1–35: AWS keeps automated backups for at most 35 days)." },
        },
    },
    configDefaults: { minimumDays: 7 },
    messages: {
        instanceDefaultOff:
            "DB instance `{{name}}` has automated backups turned off: backupRetentionPeriod is not set, and the provider creates instances with 0 days.",
        clusterDefaultOneDay:
            "DB cluster `{{name}}` keeps automated backups for only 1 day (backupRetentionPeriod is not set, and defaults to 1), fewer than the {{minimum}} days required.",
        backupsOff: "{{kind}} `{{name}}` has automated backups turned off: backupRetentionPeriod is 0.",
        tooShort: "{{kind}} `{{name}}` keeps automated backups for {{days}} day(s) (backupRetentionPeriod), fewer than the {{minimum}} days required.",
        outOfRange: "{{kind}} `{{name}}` sets backupRetentionPeriod to {{days}}, outside the {{low}}–35 days AWS accepts, so the deployment fails.",
        notWholeDays: "{{kind}} `{{name}}` sets backupRetentionPeriod to something other than a whole number of days ({{low}}–35).",
    },
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
        const isInstance = resource.type === RDS_INSTANCE;
        const kind = rdsKind(ctx.type);
        const name = ctx.name;
        const propertyPath = "backupRetentionPeriod";
        // The schema keeps the minimum within 1–35; clamp too, for configs that bypassed it.
        const configured = typeof ctx.config.minimumDays === "number" ? ctx.config.minimumDays : 7;
        const minimum = Math.min(MAX_DAYS, Math.max(1, Math.floor(configured)));
        const days = props.backupRetentionPeriod;
        const low = isInstance ? 0 : 1;

        if (days !== undefined && days !== null) {
            if (typeof days !== "number" || !Number.isInteger(days)) {
                ctx.report({ messageId: "notWholeDays", data: { kind, name, low }, propertyPath });
                return;
            }
            if (days < low || days > MAX_DAYS) {
                ctx.report({ messageId: "outOfRange", data: { kind, name, days, low }, propertyPath });
                return;
            }
        }
        // A read replica's data is protected by its source's backups.
        if (isInstance && isSet(resource.props.replicateSourceDb)) return;
        if (days === undefined || days === null) {
            if (isInstance) ctx.report({ messageId: "instanceDefaultOff", data: { name }, propertyPath });
            else if (minimum > 1) ctx.report({ messageId: "clusterDefaultOneDay", data: { name, minimum }, propertyPath });
            return;
        }
        if (days === 0) ctx.report({ messageId: "backupsOff", data: { kind, name }, propertyPath });
        else if (days < minimum) ctx.report({ messageId: "tooShort", data: { kind, name, days, minimum }, propertyPath });
    },
});
