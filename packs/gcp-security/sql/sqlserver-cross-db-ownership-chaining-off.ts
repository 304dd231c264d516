import { exactly, requireDatabaseFlag } from "../lib/sql-flags";

/** "cross db ownership chaining" is off unless set (and can no longer be set on), so an absent flag passes. */
export default requireDatabaseFlag({
    id: "gcp-sql-sqlserver-cross-db-ownership-chaining-off",
    title: "Cloud SQL SQL Server instances keep cross-database ownership chaining off",
    description:
        "Cross-database ownership chaining lets a user who owns objects in one database reach objects in another without being granted access there, so a database owner can escalate to data in every other database on the instance.",
    severity: "medium",
    frameworks: { "cis-gcp-5.0": ["6.3.2"], "nist-800-53-r5": ["AC-6"] },
    engine: "sqlserver",
    flag: "cross db ownership chaining",
    engineDefault: "off",
    accepts: exactly("off"),
    expectation: 'it must be "off" or removed',
    recommended: "off",
    failingExample: "on",
});
