import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/neptune";

export default defineRule({
    id: "neptune-cluster-backup-retention",
    title: "Neptune clusters keep automated backups long enough",
    description:
        "Automated backups are what point-in-time restore uses after a bad migration, a deleted collection or ransomware. Neptune keeps them for one day unless told otherwise, which is often gone before the damage is noticed.",
    severity: "medium",
    service: "neptune",
    frameworks: {
        "aws-fsbp": ["Neptune.5"],
        "nist-800-53-r5": ["CP-9", "CP-10"],
    },
    tags: ["backup", "resilience"],
    remediation: "Set `backupRetentionPeriod` to at least the configured minimum (7 days by default, up to 35), e.g. `backupRetentionPeriod: 7`, on the aws.neptune.Cluster.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            minimumDays: { type: "integer", minimum: 1, maximum: 35, description: "Fewest days of automated backups accepted." },
        },
    },
    configDefaults: { minimumDays: 7 },
    messages: {
        unset: "Neptune cluster `{{name}}` keeps automated backups for 1 day (backupRetentionPeriod is not set), fewer than the required {{minimum}}.",
        tooShort: "Neptune cluster `{{name}}` keeps automated backups for {{days}} days, fewer than the required {{minimum}}.",
    },
    examples: {
        violating: [{ description: "one day of backups (the default)", resources: [{ type: "aws:neptune/cluster:Cluster", name: "graph", props: { clusterIdentifier: "graph", engine: "neptune", iamDatabaseAuthenticationEnabled: true, storageEncrypted: true } }] }],
        compliant: [{ description: "a week of backups", resources: [{ type: "aws:neptune/cluster:Cluster", name: "graph", props: { clusterIdentifier: "graph", engine: "neptune", iamDatabaseAuthenticationEnabled: true, storageEncrypted: true, backupRetentionPeriod: 7 } }] }],
    },
    resourceType: "aws:neptune/cluster:Cluster",
    validate(props, ctx) {
        const minimum = ctx.config.minimumDays;
        const days = props.backupRetentionPeriod;
        if (typeof days === "number" && days >= minimum) return;
        if (days === undefined || days === null) {
            if (minimum <= 1) return; // the default is 1 day
            ctx.report({ messageId: "unset", data: { name: ctx.name, minimum }, propertyPath: "backupRetentionPeriod" });
            return;
        }
        ctx.report({ messageId: "tooShort", data: { name: ctx.name, days: typeof days === "number" ? days : "an invalid number of", minimum }, propertyPath: "backupRetentionPeriod" });
    },
});
