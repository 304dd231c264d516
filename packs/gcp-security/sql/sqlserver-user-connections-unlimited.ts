import { exactly, requireDatabaseFlag } from "../lib/sql-flags";

/** CIS GCP 6.3.3: "0" (no limit), SQL Server's default, so an absent flag passes. */
export default requireDatabaseFlag({
    id: "gcp-sql-sqlserver-user-connections-unlimited",
    title: "Cloud SQL SQL Server instances do not cap user connections",
    description:
        "The \"user connections\" flag caps how many users can be connected at once. A cap set too low lets anyone who opens enough connections lock every other user and application out of the database, a cheap denial of service; 0 leaves the limit to the server.",
    severity: "low",
    frameworks: { "cis-gcp-5.0": ["6.3.3"], "nist-800-53-r5": ["SC-5"] },
    tags: ["database", "availability"],
    engine: "sqlserver",
    flag: "user connections",
    engineDefault: "0",
    accepts: exactly("0"),
    expectation: 'it must be "0" (no limit)',
    recommended: "0",
    failingExample: "100",
});
