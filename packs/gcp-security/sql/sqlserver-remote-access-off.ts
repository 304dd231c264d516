import { exactly, requireDatabaseFlag } from "../lib/sql-flags";

/** SQL Server's default for "remote access" is "on" (CIS GCP 6.3.5), so an absent flag fails. */
export default requireDatabaseFlag({
    id: "gcp-sql-sqlserver-remote-access-off",
    title: "Cloud SQL SQL Server instances turn remote access off",
    description:
        "The \"remote access\" flag lets stored procedures be run from and on remote SQL Server instances. It can be abused to launch a denial of service on other servers by offloading queries to them, and is rarely needed.",
    severity: "medium",
    frameworks: { "cis-gcp-5.0": ["6.3.5"], "nist-800-53-r5": ["CM-7"] },
    engine: "sqlserver",
    flag: "remote access",
    engineDefault: "on",
    accepts: exactly("off"),
    expectation: 'it must be "off"',
    recommended: "off",
    failingExample: "on",
});
