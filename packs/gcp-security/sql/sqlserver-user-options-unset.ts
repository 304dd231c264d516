import { requireDatabaseFlag } from "../lib/sql-flags";

/** CIS GCP 6.3.4: the flag must not be configured at all, so any value fails and only an absent flag passes. */
export default requireDatabaseFlag({
    id: "gcp-sql-sqlserver-user-options-unset",
    title: "Cloud SQL SQL Server instances leave the user options flag unset",
    description:
        "The \"user options\" flag changes the SET defaults of every new session on the instance, such as ANSI and arithmetic-abort behaviour. Server-wide defaults that differ from what applications expect silently change how their queries behave and what they may read or write.",
    severity: "low",
    frameworks: { "cis-gcp-5.0": ["6.3.4"], "nist-800-53-r5": ["CM-6"] },
    engine: "sqlserver",
    flag: "user options",
    accepts: () => false,
    expectation: "it must not be set",
    failingExample: "16",
});
