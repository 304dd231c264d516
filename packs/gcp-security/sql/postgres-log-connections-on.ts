import { exactly, requireDatabaseFlag } from "../lib/sql-flags";

/** PostgreSQL's default for log_connections is "off" (CIS GCP 6.2.2), so an absent flag fails. */
export default requireDatabaseFlag({
    id: "gcp-sql-postgres-log-connections-on",
    title: "Cloud SQL PostgreSQL instances log connections",
    description:
        "With log_connections on, every connection attempt and each successful authentication is written to the log. Without that record, password guessing and logins from unexpected places go unnoticed, and an investigation cannot tell who connected when.",
    severity: "medium",
    frameworks: { "cis-gcp-5.0": ["6.2.2"], "nist-800-53-r5": ["AU-2", "AU-12"] },
    tags: ["database", "logging"],
    engine: "postgres",
    flag: "log_connections",
    engineDefault: "off",
    accepts: exactly("on"),
    expectation: 'it must be "on"',
    recommended: "on",
    failingExample: "off",
});
