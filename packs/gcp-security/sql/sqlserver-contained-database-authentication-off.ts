import { exactly, requireDatabaseFlag } from "../lib/sql-flags";

/** SQL Server's default for "contained database authentication" is off, so an absent flag passes. */
export default requireDatabaseFlag({
    id: "gcp-sql-sqlserver-contained-database-authentication-off",
    title: "Cloud SQL SQL Server instances keep contained database authentication off",
    description:
        "Contained database authentication lets users log in to a database with a password stored in that database, bypassing the instance's logins. Database owners can then create users the instance does not control or audit, and weak passwords in one database become a way in.",
    severity: "medium",
    frameworks: { "cis-gcp-5.0": ["6.3.7"], "nist-800-53-r5": ["IA-2", "AC-2"] },
    engine: "sqlserver",
    flag: "contained database authentication",
    engineDefault: "off",
    accepts: exactly("off"),
    expectation: 'it must be "off"',
    recommended: "off",
    failingExample: "on",
});
