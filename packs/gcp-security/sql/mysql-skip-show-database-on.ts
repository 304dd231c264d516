import { exactly, requireDatabaseFlag } from "../lib/sql-flags";

/** MySQL's default for skip_show_database is "off", so an absent flag fails. */
export default requireDatabaseFlag({
    id: "gcp-sql-mysql-skip-show-database-on",
    title: "Cloud SQL MySQL instances set skip_show_database to on",
    description:
        "Without skip_show_database, any user can run SHOW DATABASES and learn the name of every database on the instance, which helps an attacker who has a low-privilege login pick targets. With it on, only users holding the SHOW DATABASES privilege see the list.",
    severity: "low",
    frameworks: { "cis-gcp-5.0": ["6.1.2"], "nist-800-53-r5": ["AC-6"] },
    engine: "mysql",
    flag: "skip_show_database",
    engineDefault: "off",
    accepts: exactly("on"),
    expectation: 'it must be "on"',
    recommended: "on",
    failingExample: "off",
});
