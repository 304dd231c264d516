/**
 * The required-key check shared by the Azure tags and Google Cloud labels rules: which keys a
 * resource's map (and, for labels, its provider's defaults) lacks, leaves empty or sets to a value
 * not allowed. Values unknown during preview are not judged; the map itself unknown aborts the rule.
 */
import { known, recordOf, type Known } from "../../../src";
import { allowedValueChecker, isBlank } from "./tags";

/** What is wrong with one key. */
export interface KeyFinding {
    readonly key: string;
    readonly problem: "missing" | "empty" | "invalid";
    /** Where the judged value came from. */
    readonly source: "resource" | "provider" | "none";
}

export interface KeyCheck {
    /** The resource's own map (`tags`, `labels`). */
    readonly own: unknown;
    /** The provider's defaults, read only when a key is missing from the resource. */
    readonly defaults?: () => Record<string, unknown>;
    readonly required: readonly unknown[];
    readonly allowedValues: unknown;
    /** Azure tag names are case-insensitive: `Owner` satisfies `owner`. */
    readonly caseInsensitiveKeys: boolean;
}

/** The entry of a map for a key: exact, or (case-insensitive keys) the first that differs only in case. */
function entryFor(map: Record<string, unknown>, key: string, caseInsensitive: boolean): string | undefined {
    if (Object.prototype.hasOwnProperty.call(map, key)) return key;
    if (!caseInsensitive) return undefined;
    const lower = key.toLowerCase();
    return Object.keys(map).find((k) => k.toLowerCase() === lower);
}

export function keyFindings(check: KeyCheck): KeyFinding[] {
    const own = recordOf(check.own);
    const allowed = recordOf(check.allowedValues);
    const required = new Set(check.required.filter((k): k is string => typeof k === "string" && k !== ""));
    let defaults: Record<string, unknown> | undefined;
    const findings: KeyFinding[] = [];
    for (const key of new Set([...required, ...Object.keys(allowed)])) {
        let source: KeyFinding["source"] = "none";
        let read: Known<unknown> | undefined;
        const ownKey = entryFor(own, key, check.caseInsensitiveKeys);
        if (ownKey !== undefined) {
            source = "resource";
            read = known(() => own[ownKey]);
        } else if (check.defaults) {
            defaults ??= check.defaults();
            const defaultKey = entryFor(defaults, key, check.caseInsensitiveKeys);
            if (defaultKey !== undefined) {
                source = "provider";
                const from = defaults;
                read = known(() => from[defaultKey]);
            }
        }
        if (read && !read.known) continue;
        if (source === "none") {
            if (required.has(key)) findings.push({ key, problem: "missing", source });
            continue;
        }
        const value = read?.value;
        if (isBlank(value) || typeof value !== "string") {
            if (required.has(key) || isBlank(value)) findings.push({ key, problem: "empty", source });
            continue;
        }
        const valueCheck = allowedValueChecker(key, allowed[key]);
        if (valueCheck && !valueCheck(value)) findings.push({ key, problem: "invalid", source });
    }
    return findings;
}
