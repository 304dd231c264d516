import { requireDatabaseFlag } from "../lib/sql-flags";

/**
 * CIS GCP 6.2.4 recommends "ddl" unless the organisation's logging policy says otherwise;
 * "mod" and "all" log DDL too, so they pass. PostgreSQL's default is "none", so an absent
 * flag fails.
 */
export default requireDatabaseFlag({
    id: "gcp-sql-postgres-log-statement",
    title: "Cloud SQL PostgreSQL instances log schema changes (log_statement)",
    description:
        "With log_statement at none, nothing records who created, altered or dropped tables, roles or functions, so a destructive or malicious schema change leaves no trace in the database log. \"ddl\" logs those statements; \"mod\" and \"all\" log them and more.",
    severity: "low",
    frameworks: { "cis-gcp-5.0": ["6.2.4"], "nist-800-53-r5": ["AU-2", "AU-12"] },
    tags: ["database", "logging"],
    engine: "postgres",
    flag: "log_statement",
    engineDefault: "none",
    accepts: (value) => value === "ddl" || value === "mod" || value === "all",
    expectation: 'it must be "ddl" (or "mod" or "all")',
    recommended: "ddl",
    failingExample: "none",
});
