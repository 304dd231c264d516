import { requireDatabaseFlag, severityAtLeast } from "../lib/sql-flags";

/**
 * CIS GCP 6.2.5: "warning" or a more severe level. PostgreSQL's default is "error"
 * (ERROR in CIS), so an absent flag passes.
 */
export default requireDatabaseFlag({
    id: "gcp-sql-postgres-log-min-messages",
    title: "Cloud SQL PostgreSQL instances set log_min_messages to warning or more severe",
    description:
        "log_min_messages sets the least severe message that reaches the server log. Set to a debug, info or notice level, the log fills with routine chatter that buries real warnings and errors and costs storage; warning, error or a more severe level keeps it useful.",
    severity: "low",
    frameworks: { "cis-gcp-5.0": ["6.2.5"], "nist-800-53-r5": ["AU-2"] },
    tags: ["database", "logging"],
    engine: "postgres",
    flag: "log_min_messages",
    engineDefault: "error",
    accepts: severityAtLeast("warning"),
    expectation: 'it must be "warning", "error", "log", "fatal" or "panic"',
    recommended: "error",
    failingExample: "debug1",
});
