/**
 * Secret values as a remediation sees them over the analyzer protocol: the value is unwrapped
 * for reading, and whatever a remediation writes where a secret was stays secret, so the props it
 * returns go back to the engine with their secrets marked. Same behaviour as @pulumi/policy 1.21
 * (`Secret` in policy.js, `secretsPreservingProxy` in secret.js), whose server does this for Remediate.
 */
import { IS_PROXY, PROXY_TARGET } from "./sdk";

/** A value that the engine marked secret, held inside the props a remediation works on. */
export class SecretValue {
    constructor(readonly value: unknown) {}
}

/** The secret's plain value and whether it was one. */
function unwrap(target: Record<PropertyKey, unknown>, key: PropertyKey): [unknown, boolean] {
    const value = target[key];
    return value instanceof SecretValue ? [value.value, true] : [value, false];
}

/**
 * `value` seen with its secrets unwrapped at every depth; a write over a secret wraps the new
 * value as secret. A fresh proxy per read, as the SDK's: identity of nested objects is not kept.
 */
export function secretsPreservingProxy<T>(value: T): T {
    if (!(value instanceof Object)) return value;
    return new Proxy(value as object, {
        get(target, key) {
            if (key === IS_PROXY) return true;
            if (key === PROXY_TARGET) return target;
            return secretsPreservingProxy(unwrap(target as Record<PropertyKey, unknown>, key)[0]);
        },
        set(target, key, written) {
            const [, wasSecret] = unwrap(target as Record<PropertyKey, unknown>, key);
            (target as Record<PropertyKey, unknown>)[key] = wasSecret ? new SecretValue(written) : written;
            return true;
        },
    }) as T;
}
