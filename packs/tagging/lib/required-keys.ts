/**
 * The required-key check shared by the AWS tags, Azure tags and Google Cloud labels rules: which
 * keys a resource's map (and its provider's defaults, where the provider has them) lacks, leaves
 * empty or sets to a value not allowed, and how to say so. Values unknown during preview are not
 * judged; the map itself unknown aborts the rule.
 */
import { known, recordOf, type Known } from "../../../src";
import { allowedValueChecker, describeAllowed, describeKey, isBlank } from "./tags";

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
    /** The provider's defaults, read only when a key is missing from the resource (a read of an unknown value aborts the rule). */
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

/** How a rule names its keys: `tag` or `label`, and its provider's defaults when it has any. */
export interface KeyWording {
    readonly noun: "tag" | "label";
    /** Where defaults come from, as a phrase: "its AWS provider's default tags". */
    readonly defaults?: string;
}

/** The sentence for one finding about the resource `what`. */
export function keyFindingMessage(finding: KeyFinding, what: string, wording: KeyWording, allowedValues: unknown): string {
    const key = describeKey(finding.key);
    const { noun, defaults } = wording;
    const allowed = () => describeAllowed(recordOf(allowedValues)[finding.key]);
    if (defaults === undefined) {
        switch (finding.problem) {
            case "missing":
                return `${what} lacks the required ${noun} ${key}.`;
            case "empty":
                return `${what} has an empty value for the ${noun} ${key}.`;
            case "invalid":
                return `${what} has a value for the ${noun} ${key} that is not ${allowed()}.`;
        }
    }
    const where = finding.source === "provider" ? `${defaults} give` : "it has";
    switch (finding.problem) {
        case "missing":
            return `${what} lacks the required ${noun} ${key}: neither its ${noun}s nor ${defaults} set it.`;
        case "empty":
            return `${what}: ${where} an empty value for the ${noun} ${key}.`;
        case "invalid":
            return `${what}: ${where} a value for the ${noun} ${key} that is not ${allowed()}.`;
    }
}
