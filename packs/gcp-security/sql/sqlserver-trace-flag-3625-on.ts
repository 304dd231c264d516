import { exactly, requireDatabaseFlag } from "../lib/sql-flags";

/** Trace flag 3625 is off unless set (CIS GCP 6.3.6), so an absent flag fails. */
export default requireDatabaseFlag({
    id: "gcp-sql-sqlserver-trace-flag-3625-on",
    title: "Cloud SQL SQL Server instances set trace flag 3625",
    description:
        "Trace flag 3625 masks parameters in the error messages SQL Server returns to users who are not sysadmin, so errors do not leak data values, object names or other details that help an attacker.",
    severity: "low",
    frameworks: { "cis-gcp-5.0": ["6.3.6"], "nist-800-53-r5": ["SI-11"] },
    engine: "sqlserver",
    flag: "3625",
    engineDefault: "off",
    accepts: exactly("on"),
    expectation: 'it must be "on"',
    recommended: "on",
    failingExample: "off",
});
