import { exactly, requireDatabaseFlag } from "../lib/sql-flags";

/** SQL Server's default for "external scripts enabled" is "off" (CIS GCP 6.3.1), so an absent flag passes. */
export default requireDatabaseFlag({
    id: "gcp-sql-sqlserver-external-scripts-off",
    title: "Cloud SQL SQL Server instances keep external scripts disabled",
    description:
        "The \"external scripts enabled\" flag lets sp_execute_external_script run R and Python code on the database server. Scripts run outside the engine's usual security boundary, so a user who can call the procedure can run arbitrary code next to the data.",
    severity: "medium",
    frameworks: { "cis-gcp-5.0": ["6.3.1"], "nist-800-53-r5": ["CM-7"] },
    engine: "sqlserver",
    flag: "external scripts enabled",
    engineDefault: "off",
    accepts: exactly("off"),
    expectation: 'it must be "off"',
    recommended: "off",
    failingExample: "on",
});
