/**
 * Props shared by every policy that judges one resource. The policy server hands each policy its
 * own copy in a fresh unknown-checking proxy; a bag without unknowns or secret marks can instead
 * be copied once, frozen, and shared: the same values, and no policy can change what the next one
 * sees. (Never freeze and proxy: the proxy stops checking nested values of frozen objects.)
 */
import { containsUnknown, IS_PROXY, isUnknownSentinel, PROXY_TARGET } from "./sdk";

/** What `frozenCopy` answers for a bag that must be copied and proxied per policy. */
export const UNSHAREABLE = Symbol("unshareable");


/**
 * A frozen deep copy of plain data in one walk (class instances such as assets are shared as they
 * are, proxies unwrapped), or UNSHAREABLE when it holds a value unknown during preview.
 */
export function frozenCopy(value: unknown): unknown {
    if (typeof value === "string") return isUnknownSentinel(value) ? UNSHAREABLE : value;
    if (value === null || typeof value !== "object") return value;
    let v = value as Record<string, unknown>;
    if (v[IS_PROXY] === true) v = v[PROXY_TARGET] as Record<string, unknown>;
    if (Array.isArray(v)) {
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
            const item = frozenCopy(v[i]);
            if (item === UNSHAREABLE) return UNSHAREABLE;
            out[i] = item;
        }
        return Object.freeze(out);
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) return containsUnknown(v) ? UNSHAREABLE : v;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
        const item = frozenCopy(v[key]);
        if (item === UNSHAREABLE) return UNSHAREABLE;
        out[key] = item;
    }
    return Object.freeze(out);
}
