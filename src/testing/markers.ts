/**
 * Markers for values a test wants to be unknown (as during preview) or secret, and the
 * conversion of marked props into what a policy actually receives.
 */
import { SECRET_PLACEHOLDER, UNKNOWN_SENTINELS, type UnknownKind } from "../resource";

const UNKNOWN_MARK = Symbol.for("pulumi-guardrails.testing.unknown");
const SECRET_MARK = Symbol.for("pulumi-guardrails.testing.secret");
const UNREADABLE_MARK = Symbol.for("pulumi-guardrails.testing.unreadable-secret");

interface UnknownMarker {
    readonly [UNKNOWN_MARK]: UnknownKind;
}
interface SecretMarker<T> {
    readonly [SECRET_MARK]: true;
    readonly value: T;
}

/**
 * A value preview cannot know yet (an ID or ARN of a resource not created). A rule that reads it
 * is not run, and the result says so, exactly as under `pulumi preview`. Typed as `never` so it
 * fits any property.
 */
export function unknown(kind: UnknownKind = "string"): never {
    return { [UNKNOWN_MARK]: kind } as UnknownMarker as never;
}

/**
 * A secret value. The policy sees the plain value (as the engine sends it); whatever a rule
 * reports after reading it is withheld, so no message, path or data shows it.
 */
export function secret<T>(value: T): T {
    return { [SECRET_MARK]: true, value } as SecretMarker<T> as unknown as T;
}

/**
 * A secret whose value cannot be read here: encrypted in a stack export (`ciphertext`), or
 * masked as `[secret]` in preview JSON. A rule that needs it does not judge the resource (a
 * "could not judge" note, never a pass). Typed as `never` so it fits any property.
 */
export function unreadableSecret(): never {
    return { [UNREADABLE_MARK]: true } as never;
}

function isObject(value: unknown): value is Record<string | symbol, unknown> {
    return value !== null && typeof value === "object";
}

/** Where a mock's secrets sit. */
export interface ResolvedSecrets {
    /** Secret values, readable or not. */
    readonly paths: Array<ReadonlyArray<string | number>>;
    /** Those that cannot be read. */
    readonly unreadable: Array<ReadonlyArray<string | number>>;
}

/** Replaces markers with what the engine sends: sentinels for unknowns, plain values for secrets. */
export function resolveMarkers(value: unknown, secrets: ResolvedSecrets, path: ReadonlyArray<string | number> = []): unknown {
    if (!isObject(value)) return value;
    if (UNKNOWN_MARK in value) return UNKNOWN_SENTINELS[value[UNKNOWN_MARK] as UnknownKind];
    if (UNREADABLE_MARK in value) {
        secrets.paths.push(path);
        secrets.unreadable.push(path);
        return SECRET_PLACEHOLDER;
    }
    if (SECRET_MARK in value) {
        secrets.paths.push(path);
        // Markers inside a secret are resolved, but the outer secret is what counts.
        return resolveMarkers(value.value, { paths: [], unreadable: [] }, path);
    }
    if (Array.isArray(value)) return value.map((item, i) => resolveMarkers(item, secrets, [...path, i]));
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveMarkers(v, secrets, [...path, k])]));
}
