/**
 * Rules of the form "this Cloud SQL database flag must hold an allowed value", written as data.
 * Every such rule reads `settings.databaseFlags` the same way:
 * - it judges only instances of its engine (from `databaseVersion`);
 * - a flag that is set is judged by its value (trimmed, compared ignoring case: Cloud SQL flag
 *   values are strings such as "on" and "off");
 * - a flag that is absent runs with the engine's default, which the rule states and judges;
 * - an unknown `databaseVersion`, flag list, name or value during preview is read, so it throws
 *   and the rule is skipped, never passed on a guess.
 */
import { defineRule, listOf, recordOf, type ExampleResource, type FrameworkMapping, type ResourceRule, type Severity } from "../../../src";
import { ENGINE_NAMES, engineOf, type SqlEngine } from "./sql-instance";
import type {} from "../../../src/types/gcp/sql";

const TOKEN = "gcp:sql/databaseInstance:DatabaseInstance";

/** A database-flag requirement: the rule's metadata, the flag, and which values pass. */
export interface FlagRequirement {
    readonly id: string;
    readonly title: string;
    /** Why the flag matters, in plain words. */
    readonly description: string;
    readonly severity: Severity;
    readonly frameworks: FrameworkMapping;
    readonly tags?: readonly string[];
    /** The engine the flag belongs to. */
    readonly engine: SqlEngine;
    /** The flag's name as Cloud SQL spells it (`local_infile`, `remote access`, `3625`). */
    readonly flag: string;
    /** The value an absent flag takes (the engine's default); leave out when an absent flag is itself what is wanted. */
    readonly engineDefault?: string;
    /** True for a value that passes; given the value trimmed and in lower case. */
    accepts(value: string): boolean;
    /** What the flag must be, completing "... : " in messages, e.g. `it must be "off"`. */
    readonly expectation: string;
    /** The value to set; leave out when the fix is to remove the flag. */
    readonly recommended?: string;
    /** A value that fails, for the rule's violating example. */
    readonly failingExample: string;
}

/** A database version per engine for the examples. */
const EXAMPLE_VERSIONS: Readonly<Record<SqlEngine, string>> = { mysql: "MYSQL_8_0", postgres: "POSTGRES_16", sqlserver: "SQLSERVER_2022_STANDARD" };

/** Flag values shown in messages: short words and numbers only, anything else may be free text. */
const SHOWABLE = /^[A-Za-z0-9_.,-]{1,32}$/;

function showValue(value: unknown): string {
    return typeof value === "string" && SHOWABLE.test(value.trim()) ? `"${value.trim()}"` : "a value that is not allowed";
}

function sameName(a: unknown, b: string): boolean {
    return typeof a === "string" && a.trim().toLowerCase() === b.toLowerCase();
}

function exampleInstance(engine: SqlEngine, flags: readonly { name: string; value: string }[]): ExampleResource<typeof TOKEN> {
    return {
        type: TOKEN,
        name: "orders-db",
        props: { databaseVersion: EXAMPLE_VERSIONS[engine], region: "europe-west1", settings: { tier: "db-custom-2-7680", databaseFlags: [...flags] } },
    };
}

function remediationOf(req: FlagRequirement): string {
    if (req.recommended === undefined) return `Remove the \`{ name: "${req.flag}" }\` entry from \`settings.databaseFlags\` on the gcp.sql.DatabaseInstance.`;
    return `In \`settings.databaseFlags\` of the gcp.sql.DatabaseInstance, set \`{ name: "${req.flag}", value: "${req.recommended}" }\` (change the existing entry's value, or add the entry). Changing some flags restarts the instance.`;
}

/** Defines a rule that requires one database flag of one engine to hold an allowed value. */
export function requireDatabaseFlag(req: FlagRequirement): ResourceRule<typeof TOKEN, Record<never, never>> {
    const engineName = ENGINE_NAMES[req.engine];
    const absentPasses = req.engineDefault === undefined || req.accepts(req.engineDefault.toLowerCase());
    return defineRule({
        id: req.id,
        title: req.title,
        description: req.description,
        severity: req.severity,
        service: "sql",
        frameworks: req.frameworks,
        tags: req.tags ?? ["database"],
        remediation: remediationOf(req),
        defaultLevel: "advisory",
        messages: {
            badValue: "{{engine}} instance `{{name}}` sets database flag \"{{flag}}\" to {{value}}: {{expectation}}.",
            badDefault: "{{engine}} instance `{{name}}` does not set database flag \"{{flag}}\", so it runs with the default \"{{engineDefault}}\": {{expectation}}.",
        },
        examples: {
            violating: [{ resources: [exampleInstance(req.engine, [{ name: req.flag, value: req.failingExample }])] }],
            compliant: [{ resources: [exampleInstance(req.engine, req.recommended === undefined ? [] : [{ name: req.flag, value: req.recommended }])] }],
        },
        resourceType: TOKEN,
        validate(props, ctx) {
            if (engineOf(props) !== req.engine) return;
            const data = { engine: engineName, name: ctx.name, flag: req.flag, expectation: req.expectation };
            let found = false;
            listOf(recordOf(props.settings).databaseFlags).forEach((entry, index) => {
                const { name, value } = recordOf(entry);
                if (!sameName(name, req.flag)) return;
                found = true;
                if (typeof value === "string" && req.accepts(value.trim().toLowerCase())) return;
                ctx.report({ messageId: "badValue", data: { ...data, value: showValue(value) }, propertyPath: `settings.databaseFlags[${index}].value` });
            });
            if (!found && !absentPasses) {
                ctx.report({ messageId: "badDefault", data: { ...data, engineDefault: req.engineDefault ?? "" }, propertyPath: "settings.databaseFlags" });
            }
        },
    });
}

/** `accepts` for a flag that must hold exactly one value. */
export function exactly(wanted: string): (value: string) => boolean {
    const lower = wanted.toLowerCase();
    return (value) => value === lower;
}

/** PostgreSQL message severities, least severe first (the order `log_min_messages` and `log_min_error_statement` use). */
export const POSTGRES_SEVERITIES = ["debug5", "debug4", "debug3", "debug2", "debug1", "info", "notice", "warning", "error", "log", "fatal", "panic"] as const;

/** `accepts` for a PostgreSQL severity threshold: `minimum` or any more severe level. */
export function severityAtLeast(minimum: (typeof POSTGRES_SEVERITIES)[number]): (value: string) => boolean {
    const floor = POSTGRES_SEVERITIES.indexOf(minimum);
    return (value) => {
        const rank = (POSTGRES_SEVERITIES as readonly string[]).indexOf(value);
        return rank >= floor;
    };
}
