import { exactly, requireDatabaseFlag } from "../lib/sql-flags";

/** CIS GCP 6.2.7: "-1" (disabled), PostgreSQL's default, so an absent flag passes. */
export default requireDatabaseFlag({
    id: "gcp-sql-postgres-log-min-duration-statement-disabled",
    title: "Cloud SQL PostgreSQL instances do not log statements by duration",
    description:
        "A log_min_duration_statement other than -1 writes the full text of every statement slower than the threshold to the log, including any passwords, tokens or personal data in it, where people who may not see the data can read it.",
    severity: "low",
    frameworks: { "cis-gcp-5.0": ["6.2.7"], "nist-800-53-r5": ["SI-11"] },
    tags: ["database", "logging", "data"],
    engine: "postgres",
    flag: "log_min_duration_statement",
    engineDefault: "-1",
    accepts: exactly("-1"),
    expectation: 'it must be "-1" (disabled)',
    recommended: "-1",
    failingExample: "500",
});
