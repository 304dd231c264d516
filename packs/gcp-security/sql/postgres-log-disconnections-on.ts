import { exactly, requireDatabaseFlag } from "../lib/sql-flags";

/** PostgreSQL's default for log_disconnections is "off" (CIS GCP 6.2.3), so an absent flag fails. */
export default requireDatabaseFlag({
    id: "gcp-sql-postgres-log-disconnections-on",
    title: "Cloud SQL PostgreSQL instances log disconnections",
    description:
        "With log_disconnections on, the end of every session is logged with its duration. Paired with connection logging it shows how long each session lasted, which helps spot unusual activity and reconstruct what happened after an incident.",
    severity: "medium",
    frameworks: { "cis-gcp-5.0": ["6.2.3"], "nist-800-53-r5": ["AU-2", "AU-12"] },
    tags: ["database", "logging"],
    engine: "postgres",
    flag: "log_disconnections",
    engineDefault: "off",
    accepts: exactly("on"),
    expectation: 'it must be "on"',
    recommended: "on",
    failingExample: "off",
});
