/** Allow-lists of resources by name, matching the Pulumi resource name or `metadata.name`. */
import { knownOr, listOf, recordOf } from "../../../src";

/** True when the resource's Pulumi name or its (known) `metadata.name` is in `allowed`. */
export function isAllowed(allowed: unknown, pulumiName: string, props: unknown): boolean {
    const names = new Set(listOf(allowed).filter((n): n is string => typeof n === "string"));
    if (names.size === 0) return false;
    if (names.has(pulumiName)) return true;
    const name = knownOr(() => recordOf(recordOf(props).metadata).name, undefined);
    return typeof name === "string" && names.has(name);
}

/** The config schema entry for such a list. */
export function allowlistSchema(what: string) {
    return { type: "array" as const, items: { type: "string" as const }, description: `${what} (Pulumi resource names or metadata.name) that are exempt.` };
}
