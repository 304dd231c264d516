/**
 * Reading Azure resource settings the way the services do (Storage, and Key Vault, whose network
 * and flag settings read the same): enum strings are case-insensitive on the wire ("Deny" and
 * "deny" are the same action), and only short token-like values are echoed in messages, since
 * anything else may be free text.
 */
import { known, listOf, recordOf } from "../../../src";
import { isInternetWideCidr } from "../../shared/cidr";

/** True when `value` is the enum string `expected`, ignoring case and surrounding spaces. */
export function isEnum(value: unknown, expected: string): boolean {
    return typeof value === "string" && value.trim().toLowerCase() === expected.toLowerCase();
}

/** `"Allow"` for a short enum-like string, undefined for anything else (which is not echoed). */
export function quotedEnum(value: unknown): string | undefined {
    return typeof value === "string" && /^[A-Za-z0-9._-]{1,32}$/.test(value.trim()) ? `"${value.trim()}"` : undefined;
}

/** How a boolean setting reads in a message: `false`, `not set`, or `not a boolean`. */
export function describeFlag(value: unknown): string {
    if (value === undefined || value === null) return "not set";
    return typeof value === "boolean" ? String(value) : "not a boolean";
}

/**
 * The first firewall IP rule (of `ipRules`, each holding its range in `field`) that admits the
 * internet: a range like 0.0.0.0/0 or 0.0.0.0/1 undoes a default action of Deny. Elements are
 * read by index through `known`, so an unknown one is noted and never assumed narrow.
 */
export function internetWideIpRule(ipRules: unknown, field: string): { readonly index: number; readonly range: string } | undefined {
    const rules = listOf(ipRules);
    for (let i = 0; i < rules.length; i++) {
        const range = known(() => recordOf(rules[i])[field]);
        if (range.known && typeof range.value === "string" && isInternetWideCidr(range.value)) return { index: i, range: range.value.trim() };
    }
    return undefined;
}
