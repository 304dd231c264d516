import { requireDatabaseFlag, severityAtLeast } from "../lib/sql-flags";

/**
 * CIS GCP 6.2.6: "error" or stricter, that is a level at least as severe as ERROR.
 * PostgreSQL's default is "error", so an absent flag passes.
 */
export default requireDatabaseFlag({
    id: "gcp-sql-postgres-log-min-error-statement",
    title: "Cloud SQL PostgreSQL instances set log_min_error_statement to error or more severe",
    description:
        "log_min_error_statement decides which failing statements are written to the log with their SQL text. At a debug, info, notice or warning level, statements that merely raise notices are logged in full, which floods the log and can copy sensitive values into it; error or a more severe level logs the statements that actually failed.",
    severity: "low",
    frameworks: { "cis-gcp-5.0": ["6.2.6"], "nist-800-53-r5": ["AU-2"] },
    tags: ["database", "logging"],
    engine: "postgres",
    flag: "log_min_error_statement",
    engineDefault: "error",
    accepts: severityAtLeast("error"),
    expectation: 'it must be "error", "log", "fatal" or "panic"',
    recommended: "error",
    failingExample: "notice",
});
