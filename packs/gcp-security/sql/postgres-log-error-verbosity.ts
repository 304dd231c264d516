import { requireDatabaseFlag } from "../lib/sql-flags";

/**
 * CIS GCP 6.2.1: "default" or stricter. "terse" drops the DETAIL, HINT, QUERY and CONTEXT
 * fields, so it fails; "verbose" logs more than the default, so it passes. PostgreSQL's
 * default is "default", so an absent flag passes.
 */
export default requireDatabaseFlag({
    id: "gcp-sql-postgres-log-error-verbosity",
    title: "Cloud SQL PostgreSQL instances log errors with at least the default detail",
    description:
        "log_error_verbosity at terse strips the detail, hint, query and context from each logged error, leaving too little to diagnose a failure or investigate an attack. The default level, or verbose, keeps that information.",
    severity: "low",
    frameworks: { "cis-gcp-5.0": ["6.2.1"], "nist-800-53-r5": ["AU-3"] },
    tags: ["database", "logging"],
    engine: "postgres",
    flag: "log_error_verbosity",
    engineDefault: "default",
    accepts: (value) => value === "default" || value === "verbose",
    expectation: 'it must be "default" or "verbose"',
    recommended: "default",
    failingExample: "terse",
});
