/**
 * Rules of the form "this setting must have this value" (`encryptAtRest.enabled` must be true,
 * `isMultiRegionTrail` must be true, ...), written as data. Every such rule handles the edge
 * cases the same way:
 * - the setting holds `expected`: pass;
 * - the setting is absent: a violation, unless AWS's default for it is `expected`
 *   (`defaultSatisfies`), which may depend on other props;
 * - anything else, wrong types included: a violation;
 * - the setting (or an object on its path) is unknown during preview: reading it throws, so the
 *   rule is skipped, never passed or failed on a guess.
 */
import {
    defineRule,
    recordOf,
    type ResourceProps,
    type ResourceRule,
    type ResourceRuleContext,
    type ResourceRuleDefinition,
    type ResourceType,
    type RuleMetadata,
} from "../../src";

/** A "must be set" rule: the rule's metadata, where the setting is, and what it must be. */
export interface SettingRequirement<T extends ResourceType>
    extends Omit<RuleMetadata, "configSchema" | "configDefaults" | "messages">,
        Pick<ResourceRuleDefinition<T, Record<never, never>>, "remediate"> {
    /** The Pulumi type token(s) the rule judges. */
    readonly resourceType: T | readonly T[];
    /** Where the setting sits in the props, e.g. `["encryptAtRest", "enabled"]`. */
    readonly path: readonly [string, ...string[]];
    /** The value the setting must hold (compared with `===`). */
    readonly expected: string | number | boolean;
    /** True when leaving the setting out already gives `expected`, as AWS's default; false unless given. */
    readonly defaultSatisfies?: boolean | ((props: ResourceProps<T>) => boolean);
    /** The violation message; `value` is what the setting holds (undefined or null when absent). */
    message(ctx: ResourceRuleContext<Record<never, never>, T>, value: unknown): string;
}

/** The value at `path`, walking through objects; undefined when an object on the way is missing. */
function valueAt(props: unknown, path: readonly string[]): unknown {
    let value: unknown = props;
    for (const key of path) value = recordOf(value)[key];
    return value;
}

/** Defines a rule that requires one setting to hold one value. */
export function requireSetting<T extends ResourceType>(requirement: SettingRequirement<T>): ResourceRule<T, Record<never, never>> {
    const { path, expected, defaultSatisfies = false, message, ...metadata } = requirement;
    return defineRule({
        ...metadata,
        validate(props: ResourceProps<T>, ctx: ResourceRuleContext<Record<never, never>, T>) {
            const value = valueAt(props, path);
            if (value === expected) return;
            if ((value === undefined || value === null) && (typeof defaultSatisfies === "function" ? defaultSatisfies(props) : defaultSatisfies)) return;
            ctx.report({ message: message(ctx, value), propertyPath: path.join(".") });
        },
    });
}
