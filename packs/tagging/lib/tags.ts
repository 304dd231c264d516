/**
 * Reading tags and labels for the tagging pack: resource tag maps, the AWS provider's default
 * tags, allowed-value checks and key casing. Everything tolerates wrong-typed values.
 */
import { recordOf } from "../../../src";

export const AWS_PROVIDER_TYPE = "pulumi:providers:aws";

/** Default required tag keys (the tag-key casing default, kebab, fits them). */
export const DEFAULT_REQUIRED_TAGS: string[] = ["owner", "environment", "cost-center"];

/** A value that may arrive as an object or, from older engines, as a JSON-encoded string. */
export function objectOrJson(value: unknown): Record<string, unknown> {
    if (typeof value === "string") {
        try {
            return recordOf(JSON.parse(value));
        } catch {
            return {};
        }
    }
    return recordOf(value);
}

/** The provider the resource was registered with, as the policy SDK hands it over. */
export interface ProviderLike {
    readonly type: string;
    readonly props: Record<string, unknown>;
}

/**
 * The default tags of the resource's AWS provider (`defaultTags.tags`), or an empty map when
 * the provider is not an AWS provider or sets none. Reading an unknown value aborts the rule
 * (the caller reads this only when a tag is missing from the resource itself).
 */
export function providerDefaultTags(provider: ProviderLike | undefined): Record<string, unknown> {
    if (!provider || provider.type !== AWS_PROVIDER_TYPE) return {};
    const defaultTags = objectOrJson(provider.props.defaultTags);
    return objectOrJson(defaultTags.tags);
}

/** True when a tag value is missing or only whitespace. */
export function isBlank(value: unknown): boolean {
    return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** A tag key as messages show it: quoted when it looks like an identifier, else generic. */
export function describeKey(key: string): string {
    return /^[\w.:/@+=-]{1,64}$/.test(key) ? `"${key}"` : "a tag key";
}

/** Allowed values of a tag: a list of values, or a regular expression (as a string). */
export type AllowedValues = readonly string[] | string;

/** A checker for a tag's allowed values; undefined when the config gives none. */
export function allowedValueChecker(key: string, allowed: unknown): ((value: string) => boolean) | undefined {
    if (Array.isArray(allowed)) {
        const values = new Set(allowed.filter((v): v is string => typeof v === "string"));
        return values.size === 0 ? undefined : (value) => values.has(value);
    }
    if (typeof allowed === "string" && allowed !== "") {
        let pattern: RegExp;
        try {
            pattern = new RegExp(allowed);
        } catch {
            // A TypeError's message is shown in the rule-error diagnostic, which names the key.
            throw new TypeError(`allowedValues for tag ${describeKey(key)} is not a valid regular expression`);
        }
        return (value) => pattern.test(value);
    }
    return undefined;
}

/** How allowed values are described in a message (enumerations only: never the actual value). */
export function describeAllowed(allowed: unknown): string {
    if (Array.isArray(allowed)) {
        const values = allowed.filter((v): v is string => typeof v === "string").map((v) => `"${v}"`);
        return values.length <= 8 ? `one of ${values.join(", ")}` : `one of the ${values.length} allowed values`;
    }
    return "a value matching the configured pattern";
}

/** Key casing conventions. */
export const CASINGS = ["kebab", "snake", "lower", "camel", "pascal", "any"] as const;
export type Casing = (typeof CASINGS)[number];

const SEGMENT_PATTERNS: Record<Exclude<Casing, "any" | "lower">, RegExp> = {
    kebab: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    snake: /^[a-z0-9]+(?:_[a-z0-9]+)*$/,
    camel: /^[a-z][a-zA-Z0-9]*$/,
    pascal: /^[A-Z][a-zA-Z0-9]*$/,
};

/**
 * True when a key follows the casing. Namespaced keys (`app.kubernetes.io/name`,
 * `team:cost-center`) are split on `.`, `/` and `:` and every segment must follow it.
 */
export function followsCasing(key: string, casing: Casing): boolean {
    if (casing === "any") return true;
    if (casing === "lower") return key === key.toLowerCase() && key.trim() !== "";
    const pattern = SEGMENT_PATTERNS[casing];
    if (!pattern) return true;
    return key.split(/[./:]/).every((segment) => pattern.test(segment));
}

/** Turns `*`/`?` glob patterns into a matcher (case-sensitive, whole string). */
export function globMatcher(patterns: readonly unknown[]): (value: string) => boolean {
    const regexes = patterns
        .filter((p): p is string => typeof p === "string" && p !== "")
        .map((p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`));
    return (value) => regexes.some((r) => r.test(value));
}

/** `{stack}` and `{project}` in a configured default value, filled in from the resource's URN. */
export function fillPlaceholders(template: string, urn: string): string {
    const [, stack = "", project = ""] = /^urn:pulumi:([^:]*)::([^:]*)::/.exec(urn) ?? [];
    return template.replace(/\{stack\}/g, stack).replace(/\{project\}/g, project);
}
