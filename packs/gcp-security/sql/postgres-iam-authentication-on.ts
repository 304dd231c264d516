import { exactly, requireDatabaseFlag } from "../lib/sql-flags";

/** IAM database authentication is off unless the flag is set (CIS GCP 6.6), so an absent flag fails. */
export default requireDatabaseFlag({
    id: "gcp-sql-postgres-iam-authentication-on",
    title: "Cloud SQL PostgreSQL instances accept IAM database authentication",
    description:
        "The cloudsql.iam_authentication flag lets users and service accounts log in with short-lived IAM tokens instead of static database passwords, which leak, are shared and are rarely rotated. Access then follows IAM: it is granted, reviewed and revoked in one place.",
    severity: "medium",
    frameworks: { "cis-gcp-5.0": ["6.6"], "nist-800-53-r5": ["IA-2", "IA-5"] },
    tags: ["database", "credentials"],
    engine: "postgres",
    flag: "cloudsql.iam_authentication",
    engineDefault: "off",
    accepts: exactly("on"),
    expectation: 'it must be "on" (then create the IAM users with gcp.sql.User type CLOUD_IAM_USER)',
    recommended: "on",
    failingExample: "off",
});
