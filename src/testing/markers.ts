/**
 * Markers for values a test wants to be unknown (as during preview) or secret, and the
 * conversion of marked props into what a policy actually receives.
 */
import { UNKNOWN_SENTINELS, type UnknownKind } from "../resource";
import { collectSecretLeaves } from "../engine/wire";

const UNKNOWN_MARK = Symbol.for("pulumi-guardrails.testing.unknown");
const SECRET_MARK = Symbol.for("pulumi-guardrails.testing.secret");

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
 * A secret value. The policy sees the plain value (as the engine sends it), and every message
 * is checked to contain it only as `[secret]`.
 */
export function secret<T>(value: T): T {
    return { [SECRET_MARK]: true, value } as SecretMarker<T> as unknown as T;
}

function isObject(value: unknown): value is Record<string | symbol, unknown> {
    return value !== null && typeof value === "object";
}

export interface ResolvedSecrets {
    /** Plain secret values (leaves). */
    readonly values: unknown[];
    /** Where they sit. */
    readonly paths: Array<ReadonlyArray<string | number>>;
}

/** Replaces markers with what the engine sends: sentinels for unknowns, plain values for secrets. */
export function resolveMarkers(value: unknown, secrets: ResolvedSecrets, path: ReadonlyArray<string | number> = []): unknown {
    if (!isObject(value)) return value;
    if (UNKNOWN_MARK in value) return UNKNOWN_SENTINELS[value[UNKNOWN_MARK] as UnknownKind];
    if (SECRET_MARK in value) {
        const plain = resolveMarkers(value.value, secrets, path);
        collectSecretLeaves(plain, secrets.values);
        secrets.paths.push(path);
        return plain;
    }
    if (Array.isArray(value)) return value.map((item, i) => resolveMarkers(item, secrets, [...path, i]));
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveMarkers(v, secrets, [...path, k])]));
}
