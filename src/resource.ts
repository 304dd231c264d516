/**
 * Unknown- and secret-aware property access.
 *
 * During `pulumi preview` some inputs are not known yet. The engine sends them as sentinel
 * strings and `@pulumi/policy` wraps props in a proxy that throws `UnknownValueError` when a rule
 * reads one; the policy server turns that into an advisory "can't run policy during preview"
 * note. These helpers let a rule ask "is this known?" without tripping the proxy, and keep
 * secret values out of anything we print.
 */
import { isUnknownValueError } from "./sdk";
export { propertyPath } from "./property-path";
import { isSecretValueError, noteUnreadable } from "./secrets";

/**
 * The engine's unknown sentinels, one per value kind. They are wire-protocol constants
 * (`@pulumi/policy/proxy.js` and the engine's plugin package define the same strings); a test
 * checks them against the installed `@pulumi/policy` so a change cannot slip by.
 */
export const UNKNOWN_SENTINELS = {
    boolean: "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
    number: "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
    string: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
    array: "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
    asset: "030794c1-ac77-496b-92df-f27374a8bd58",
    archive: "e48ece36-62e2-4504-bad9-02848725956a",
    object: "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
} as const;

/** The kinds of unknown value (one sentinel string each): `unknown("array")` and so on. */
export type UnknownKind = keyof typeof UNKNOWN_SENTINELS;

const sentinelValues: ReadonlySet<unknown> = new Set(Object.values(UNKNOWN_SENTINELS));

/** True when `value` is one of the engine's unknown sentinels (a raw, unproxied value). */
export function isUnknownSentinel(value: unknown): boolean {
    return sentinelValues.has(value);
}

/** What `known()` returns: the value, or the path of the value preview could not know (or that is an unreadable secret). */
export type Known<T> = { known: true; value: T } | { known: false; path: string };

/**
 * Reads a value that may be unknown during preview (or an unreadable secret) without aborting
 * the rule: `known(() => props.bucket)` is `{ known: false }` when the bucket name is not known
 * yet. A rule that then reports no violation is recorded as "could not judge", never as a pass.
 * Use it where a rule can still judge other properties; otherwise just read the property and
 * let the policy server report that the rule could not run.
 */
export function known<T>(read: () => T): Known<T> {
    try {
        return { known: true, value: read() };
    } catch (e) {
        // Noted for the rule run: a rule that then reports nothing has not passed, it could not judge.
        if (isUnknownValueError(e)) {
            const path = e.props.map(String).join(".");
            noteUnreadable(path, "unknown");
            return { known: false, path };
        }
        if (isSecretValueError(e)) {
            noteUnreadable(e.path, "secret");
            return { known: false, path: e.path };
        }
        throw e;
    }
}

/**
 * Like `known`, for a value that is only one way to decide: a join key, say, when the property
 * dependency decides too. Nothing is noted, so a rule that reports nothing still passes. Use
 * `known` for a value the verdict needs.
 */
export function peek<T>(read: () => T): Known<T> {
    try {
        return { known: true, value: read() };
    } catch (e) {
        if (isUnknownValueError(e)) return { known: false, path: e.props.map(String).join(".") };
        if (isSecretValueError(e)) return { known: false, path: e.path };
        throw e;
    }
}

/** `known(read)`'s value, or `fallback` when it is unknown. */
export function knownOr<T, F>(read: () => T, fallback: F): T | F {
    const result = known(read);
    return result.known ? result.value : fallback;
}

export { SECRET_PLACEHOLDER } from "./secrets";

/**
 * `value` if it is an array, else an empty one. Props come from users and providers and may
 * hold anything; rules iterate through this so a wrong-typed value is not a crash.
 */
export function listOf(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [];
}

/** `value` if it is a (non-array) object, else an empty record. */
export function recordOf(value: unknown): Record<string, unknown> {
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
