/**
 * Environments and instance-type allow-lists for the cost pack.
 *
 * Per-environment settings are maps keyed by environment name: an exact name (`prod`), a glob
 * (`*-dev`), or `*` for every other environment. The environment is the rule's `environment`
 * config when set, else the stack tag `environment`, else the stack name from the URN.
 */
import { recordOf } from "../../../src";

/** The stack name in a URN (`urn:pulumi:<stack>::<project>::...`), or "". */
export function stackOfUrn(urn: string): string {
    return /^urn:pulumi:([^:]*)::/.exec(urn)?.[1] ?? "";
}

/** The environment a resource belongs to. */
export function environmentOf(configured: unknown, stackTags: ReadonlyMap<string, string>, urn: string): string {
    if (typeof configured === "string" && configured.trim() !== "") return configured.trim();
    const tagged = stackTags.get("environment");
    if (typeof tagged === "string" && tagged.trim() !== "") return tagged.trim();
    return stackOfUrn(urn);
}

function globToRegExp(pattern: string, flags = ""): RegExp {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    return new RegExp(`^${body}$`, flags);
}

/** True when `value` matches a `*`/`?` glob (case-insensitive). */
export function matchesGlob(value: string, pattern: string): boolean {
    return globToRegExp(pattern, "i").test(value);
}

/**
 * The entry of a per-environment map for `environment`: the exact key, else the first glob key
 * (other than `*`) that matches, else `*`, else undefined.
 */
export function forEnvironment<T>(map: unknown, environment: string): T | undefined {
    const record = recordOf(map);
    if (Object.prototype.hasOwnProperty.call(record, environment)) return record[environment] as T;
    for (const key of Object.keys(record)) {
        if (key !== "*" && /[*?]/.test(key) && matchesGlob(environment, key)) return record[key] as T;
    }
    return Object.prototype.hasOwnProperty.call(record, "*") ? (record["*"] as T) : undefined;
}

/**
 * The allow-list (glob patterns) for an environment; an empty list, or none, allows everything.
 * Returns undefined when everything is allowed.
 */
export function allowListFor(map: unknown, environment: string): string[] | undefined {
    const list = forEnvironment<unknown>(map, environment);
    const patterns = Array.isArray(list) ? list.filter((p): p is string => typeof p === "string" && p !== "") : [];
    return patterns.length === 0 ? undefined : patterns;
}

/** True when an instance type matches one of the allowed patterns (`t3.*`, `m6i.large`, `db.r6g.*`). */
export function isAllowed(instanceType: string, patterns: readonly string[]): boolean {
    return patterns.some((p) => matchesGlob(instanceType, p));
}

/** "t3.*, m6i.large" (at most 6 patterns; they come from configuration, not from the resource). */
export function describePatterns(patterns: readonly string[]): string {
    const shown = patterns.slice(0, 6).join(", ");
    return patterns.length > 6 ? `${shown}, ...` : shown;
}

/** Instance types are enumerations; anything else-shaped is not printed. */
export function describeInstanceType(value: string): string {
    return /^[a-z0-9.-]{1,40}$/i.test(value) ? `"${value}"` : "an unrecognised instance type";
}

/** JSON schema for a per-environment allow-list map. */
export const ALLOW_LIST_SCHEMA = {
    type: "object" as const,
    additionalProperties: { type: "array" as const, items: { type: "string" as const } },
};

/** JSON schema for the environment override. */
export const ENVIRONMENT_SCHEMA = {
    type: "string" as const,
    description: "Environment name to use; empty means the stack tag `environment`, else the stack name.",
};

/** What an allow-list rule needs from its context. */
export interface AllowListContext {
    readonly name: string;
    report(violation: { message: string; propertyPath: string }): void;
}

/**
 * Reports `value` at `path` when it is a string outside the allowed patterns. Values that are
 * not strings (unset, wrong-typed) are not judged.
 */
export function reportIfDisallowed(
    ctx: AllowListContext,
    allowed: { readonly patterns: readonly string[]; readonly environment: string },
    subject: string,
    field: string,
    value: unknown,
    path: string,
): void {
    if (typeof value !== "string" || value === "" || isAllowed(value, allowed.patterns)) return;
    ctx.report({
        message: `${subject} \`${ctx.name}\` uses the ${field} ${describeInstanceType(value)}, which is not allowed in the "${allowed.environment}" environment (allowed: ${describePatterns(allowed.patterns)}).`,
        propertyPath: path,
    });
}
