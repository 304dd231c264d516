/**
 * The cases every database-flag rule answers, as data: the flag at a passing and a failing value,
 * absent (judged by the engine default), spelled in another case, on another engine, and unknown
 * during preview. A rule's test adds its own cases to these.
 */
import { mockResource, unknown, type RuleCase } from "../../../../src/testing";
import type { SqlEngine } from "../../lib/sql-instance";
import type {} from "../../../../src/types/gcp/sql";

const VERSIONS: Readonly<Record<SqlEngine, string>> = { mysql: "MYSQL_8_0", postgres: "POSTGRES_15", sqlserver: "SQLSERVER_2019_STANDARD" };
const OTHER: Readonly<Record<SqlEngine, SqlEngine>> = { mysql: "postgres", postgres: "sqlserver", sqlserver: "mysql" };

/** A Cloud SQL instance of `engine` (or an explicit `databaseVersion`) with these database flags. */
export function sqlInstance(engine: SqlEngine, databaseFlags?: { name: string; value: string }[], databaseVersion: string = VERSIONS[engine]) {
    return mockResource(
        "gcp:sql/databaseInstance:DatabaseInstance",
        { databaseVersion, region: "us-central1", settings: { tier: "db-custom-2-7680", ...(databaseFlags ? { databaseFlags } : {}) } },
        { name: "db" },
    );
}

export interface FlagCaseSpec {
    readonly engine: SqlEngine;
    readonly flag: string;
    /** A value that passes, as a user would write it. */
    readonly passing?: string;
    /** A value that fails, as a user would write it. */
    readonly failing: string;
    /** The default an absent flag takes, when absent fails; leave out when absent passes. */
    readonly failingDefault?: string;
}

/** The standard cases for a database-flag rule. */
export function flagCases(spec: FlagCaseSpec): RuleCase[] {
    const { engine, flag, passing, failing, failingDefault } = spec;
    const other = { name: "max_connections", value: "200" };
    const cases: RuleCase[] = [
        {
            name: `${flag} set to a failing value`,
            resources: sqlInstance(engine, [other, { name: flag, value: failing }]),
            expect: { violations: [{ messageId: "badValue", propertyPath: "settings.databaseFlags[1].value" }] },
        },
        {
            name: "the failing value spelled in upper case with spaces",
            resources: sqlInstance(engine, [{ name: flag, value: ` ${failing.toUpperCase()} ` }]),
            expect: { violations: ["settings.databaseFlags[0].value"] },
        },
        {
            name: `${flag} absent`,
            resources: sqlInstance(engine, [other]),
            expect: failingDefault === undefined ? "pass" : { violations: [{ messageId: "badDefault", propertyPath: "settings.databaseFlags" }] },
        },
        {
            name: "no settings at all",
            resources: mockResource("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: VERSIONS[engine] }, { name: "db" }),
            expect: failingDefault === undefined ? "pass" : { violations: ["settings.databaseFlags"] },
        },
        { name: "flag value unknown during preview", resources: sqlInstance(engine, [{ name: flag, value: unknown() }]), expect: "skipped" },
        { name: "flag list unknown during preview", resources: mockResource("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: VERSIONS[engine], settings: { tier: "db-f1-micro", databaseFlags: unknown("array") } }), expect: "skipped" },
        { name: "database version unknown during preview", resources: mockResource("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: unknown(), settings: { tier: "db-f1-micro", databaseFlags: [{ name: flag, value: failing }] } }), expect: "skipped" },
        { name: "another engine is not judged", resources: sqlInstance(OTHER[engine], [{ name: flag, value: failing }]), expect: "pass" },
        { name: "a lower-case database version names the engine too", resources: sqlInstance(engine, [{ name: flag, value: failing }], VERSIONS[engine].toLowerCase()), expect: { violations: ["settings.databaseFlags[0].value"] } },
        {
            name: "a wrong-typed flag value fails",
            resources: mockResource.untyped("gcp:sql/databaseInstance:DatabaseInstance", { databaseVersion: VERSIONS[engine], settings: { databaseFlags: [{ name: flag, value: 1 }] } }, { name: "db" }),
            expect: { violations: [{ propertyPath: "settings.databaseFlags[0].value", messageIncludes: "to a value that is not allowed" }] },
        },
    ];
    if (passing !== undefined) {
        cases.push(
            { name: `${flag} set to a passing value`, resources: sqlInstance(engine, [other, { name: flag, value: passing }]), expect: "pass" },
            { name: "the passing value in upper case", resources: sqlInstance(engine, [{ name: flag, value: passing.toUpperCase() }]), expect: "pass" },
        );
    }
    return cases;
}
