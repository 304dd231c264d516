import { exactly, requireDatabaseFlag } from "../lib/sql-flags";

/** cloudsql.enable_pgaudit is "off" by default (CIS GCP 6.2.8), so an absent flag fails. */
export default requireDatabaseFlag({
    id: "gcp-sql-postgres-cloudsql-pgaudit-on",
    title: "Cloud SQL PostgreSQL instances enable pgAudit",
    description:
        "The cloudsql.enable_pgaudit flag lets the pgAudit extension write detailed session and object audit records to Cloud Audit Logs, where they are kept centrally and cannot be altered by database users. Without it there is no audit trail of what was read or changed.",
    severity: "medium",
    frameworks: { "cis-gcp-5.0": ["6.2.8"], "nist-800-53-r5": ["AU-2", "AU-12"] },
    tags: ["database", "logging"],
    engine: "postgres",
    flag: "cloudsql.enable_pgaudit",
    engineDefault: "off",
    accepts: exactly("on"),
    expectation: 'it must be "on" (then create the pgaudit extension and set pgaudit.log)',
    recommended: "on",
    failingExample: "off",
});
