import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/gcp/sql";

/**
 * `settings.deletionProtectionEnabled` (the API's protection, on every surface) defaults to
 * false. The top-level `deletionProtection` only guards against deletion by Pulumi and is not
 * judged here.
 */
export default requireSetting({
    id: "gcp-sql-instance-deletion-protection-enabled",
    title: "Cloud SQL instances have deletion protection enabled",
    description:
        "Deleting a Cloud SQL instance deletes its automated backups with it, so one mistaken console click, gcloud command or compromised account destroys the database beyond recovery. Deletion protection makes the API refuse to delete the instance until it is switched off on purpose.",
    severity: "medium",
    service: "sql",
    frameworks: { "cis-gcp-5.0": ["6.9"], "nist-800-53-r5": ["CP-9", "SI-12"] },
    tags: ["database", "resilience"],
    remediation: "Set `settings.deletionProtectionEnabled` to true on the gcp.sql.DatabaseInstance (and keep the resource's own `deletionProtection` true so Pulumi will not delete it either).",
    defaultLevel: "advisory",
    examples: {
        violating: [{ resources: [{ type: "gcp:sql/databaseInstance:DatabaseInstance", name: "orders-db", props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680" } } }] }],
        compliant: [
            {
                resources: [
                    { type: "gcp:sql/databaseInstance:DatabaseInstance", name: "orders-db", props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", deletionProtectionEnabled: true } } },
                ],
            },
        ],
    },
    resourceType: "gcp:sql/databaseInstance:DatabaseInstance",
    path: ["settings", "deletionProtectionEnabled"],
    expected: true,
    message: (ctx, value) =>
        value === false
            ? `Cloud SQL instance \`${ctx.name}\` can be deleted without warning: settings.deletionProtectionEnabled is false.`
            : `Cloud SQL instance \`${ctx.name}\` can be deleted without warning: settings.deletionProtectionEnabled is not set to true, and it defaults to false.`,
});
