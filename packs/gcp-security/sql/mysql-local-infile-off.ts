import { exactly, requireDatabaseFlag } from "../lib/sql-flags";

/** MySQL's default for local_infile is "on" (CIS GCP 6.1.3), so an absent flag fails. */
export default requireDatabaseFlag({
    id: "gcp-sql-mysql-local-infile-off",
    title: "Cloud SQL MySQL instances set local_infile to off",
    description:
        "With local_infile on, LOAD DATA LOCAL lets the server ask a connecting client for any file the client can read, so a rogue or hijacked server, or SQL injection in an application, can pull files off client machines. MySQL leaves it on unless the flag says otherwise.",
    severity: "medium",
    frameworks: { "cis-gcp-5.0": ["6.1.3"], "nist-800-53-r5": ["CM-7"] },
    engine: "mysql",
    flag: "local_infile",
    engineDefault: "on",
    accepts: exactly("off"),
    expectation: 'it must be "off"',
    recommended: "off",
    failingExample: "on",
});
