/**
 * Rule definitions: metadata plus a validate function (and optionally a remediation).
 *
 * A rule is data. It names the resource types it judges by Pulumi type token, so its props are
 * typed from the provider SDK through `import type` and no SDK is loaded at run time.
 */
import type {
    EnforcementLevel,
    PolicyConfigSchema,
    PolicyProviderResource,
    PolicyResourceOptions,
} from "@pulumi/policy";
import type { ResourceProps } from "./types";

/** How a violation is enforced: reported, blocking, fixed automatically, or switched off. */
export type Level = EnforcementLevel;
export const LEVELS: readonly Level[] = ["advisory", "mandatory", "remediate", "disabled"];

export type Severity = "low" | "medium" | "high" | "critical";
export const SEVERITIES: readonly Severity[] = ["low", "medium", "high", "critical"];

/**
 * Compliance controls a rule implements, keyed by framework and version:
 * `{ "cis-aws-3.0": ["2.1.1"], "nist-800-53-r5": ["SC-28"] }`.
 */
export type FrameworkMapping = Readonly<Record<string, readonly string[]>>;

/** Plain configuration values a rule reads (JSON-compatible). */
export type RuleConfig = Record<string, unknown>;

/** Metadata shared by resource and stack rules. */
export interface RuleMetadata<TConfig extends RuleConfig = RuleConfig> {
    /** Policy name: kebab-case, unique across all packs, stable across versions. */
    readonly id: string;
    /** A short human title, shown as the policy's display name. */
    readonly title: string;
    /** Why the rule matters, in one or two plain sentences. Printed before every violation. */
    readonly description: string;
    readonly severity: Severity;
    /** How to fix a violation, in plain language. A violation may give a more specific fix. */
    readonly remediation: string;
    /** The level used unless a pack, an environment or the user sets another. */
    readonly defaultLevel: Level;
    readonly frameworks?: FrameworkMapping;
    /** The cloud service or area the rule belongs to (`s3`, `ec2`, `iam`, `rbac`, ...). */
    readonly service?: string;
    readonly tags?: readonly string[];
    /** Documentation link shown by Pulumi Cloud and the CLI. */
    readonly url?: string;
    /**
     * JSON schema of the rule's configuration (`properties`, `required`). Defaults belong in
     * `configDefaults`, which also fixes the TypeScript type of `ctx.config`.
     */
    readonly configSchema?: PolicyConfigSchema;
    readonly configDefaults?: TConfig;
    /**
     * Inputs that violate and inputs that comply: rendered as TypeScript in the rule's docs, and
     * checked by a test (each violating example must be reported, each compliant one must not).
     */
    readonly examples?: RuleExamples;
}

/** One example: the resources of a (small) program. Resource rules usually need one. */
export interface RuleExample {
    readonly description?: string;
    readonly resources: ReadonlyArray<{ readonly type: string; readonly name: string; readonly props: Readonly<Record<string, unknown>> }>;
}

export interface RuleExamples {
    readonly violating: readonly RuleExample[];
    readonly compliant: readonly RuleExample[];
}

/** One problem found by a rule. */
export interface Violation {
    /** What is wrong, naming the resource and the offending value (never a secret or free text). */
    readonly message: string;
    /** Where, as a property path such as `ingress[1].cidrBlocks`. */
    readonly propertyPath?: string;
    /** A fix specific to this case; defaults to the rule's `remediation`. */
    readonly fix?: string;
    /** Stack rules: the URN of the resource the violation is about. */
    readonly urn?: string;
}

/** What every rule's functions receive besides the props. */
export interface RuleContext<TConfig extends RuleConfig = RuleConfig> {
    /** The rule's configuration: its defaults overlaid with the pack config. */
    readonly config: TConfig;
    readonly stackTags: ReadonlyMap<string, string>;
    /** Reports a violation. Call it once per distinct problem. */
    report(violation: Violation | string): void;
    /** Declares that the rule does not apply here (shown as "not applicable", not as passed). */
    notApplicable(reason?: string): never;
}

/** Context of a resource rule: the resource being judged. */
export interface ResourceRuleContext<TConfig extends RuleConfig = RuleConfig> extends RuleContext<TConfig> {
    readonly type: string;
    readonly urn: string;
    readonly name: string;
    readonly opts: PolicyResourceOptions;
    readonly provider?: PolicyProviderResource;
}

/** A resource as a stack rule sees it. */
export interface StackResource<TProps = Record<string, unknown>> {
    readonly type: string;
    readonly urn: string;
    readonly name: string;
    readonly props: TProps;
    readonly opts: PolicyResourceOptions;
    readonly provider?: PolicyProviderResource;
    readonly parent?: StackResource;
    readonly dependencies: readonly StackResource[];
    readonly propertyDependencies: Readonly<Record<string, readonly StackResource[]>>;
}

/** All resources of a stack, indexed by type and URN (built once per evaluation, linear). */
export interface StackView {
    readonly resources: readonly StackResource[];
    /** Resources of the given type tokens, with typed props. */
    ofType<T extends string>(...types: T[]): StackResource<ResourceProps<T>>[];
    byUrn(urn: string): StackResource | undefined;
}

export type MaybePromise<T> = T | Promise<T>;

/** The definition of a rule that judges one resource at a time. */
export interface ResourceRuleDefinition<T extends string, TConfig extends RuleConfig = RuleConfig>
    extends RuleMetadata<TConfig> {
    /** The Pulumi type token(s) this rule judges. */
    readonly resourceType: T | readonly T[];
    validate(props: ResourceProps<T>, ctx: ResourceRuleContext<TConfig>): MaybePromise<void>;
    /**
     * Fixes the resource's inputs in place (at level `remediate` only). It runs only when
     * `validate` reports a violation; assign to `props` rather than returning a copy, so that
     * secrets stay secret and unknown values are not read.
     */
    remediate?(props: ResourceProps<T>, ctx: ResourceRuleContext<TConfig>): MaybePromise<void>;
}

/** The definition of a rule that looks across all resources of a stack. */
export interface StackRuleDefinition<TConfig extends RuleConfig = RuleConfig> extends RuleMetadata<TConfig> {
    readonly stack: true;
    validate(stack: StackView, ctx: RuleContext<TConfig>): MaybePromise<void>;
}

export type ResourceRule<T extends string = string, TConfig extends RuleConfig = RuleConfig> =
    ResourceRuleDefinition<T, TConfig> & { readonly kind: "resource"; readonly resourceTypes: readonly string[]; readonly pack?: string };

export type StackRule<TConfig extends RuleConfig = RuleConfig> = StackRuleDefinition<TConfig> & {
    readonly kind: "stack";
    readonly pack?: string;
};

/** A defined rule of either kind. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules of any props/config type live in one list
export type Rule = ResourceRule<string, any> | StackRule<any>;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Thrown when a rule or pack definition is malformed; the message names the rule and the field. */
export class RuleDefinitionError extends Error {
    constructor(ruleId: string, problem: string) {
        super(`Rule "${ruleId}": ${problem}`);
        this.name = "RuleDefinitionError";
    }
}

function checkMetadata(def: RuleMetadata): void {
    const id = typeof def.id === "string" ? def.id : String(def.id);
    if (!KEBAB_CASE.test(id)) throw new RuleDefinitionError(id, "id must be kebab-case (e.g. s3-bucket-versioning).");
    if (id === "all") throw new RuleDefinitionError(id, '"all" is reserved by the policy pack config format.');
    for (const field of ["title", "description", "remediation"] as const) {
        if (typeof def[field] !== "string" || def[field].trim() === "") {
            throw new RuleDefinitionError(id, `${field} must be a non-empty string.`);
        }
    }
    if (!SEVERITIES.includes(def.severity)) {
        throw new RuleDefinitionError(id, `severity must be one of ${SEVERITIES.join(", ")}.`);
    }
    if (!LEVELS.includes(def.defaultLevel)) {
        throw new RuleDefinitionError(id, `defaultLevel must be one of ${LEVELS.join(", ")}.`);
    }
    const properties = def.configSchema?.properties ?? {};
    if ("enforcementLevel" in properties) {
        throw new RuleDefinitionError(id, "configSchema may not declare enforcementLevel; it is the level, set per pack.");
    }
    for (const key of Object.keys(def.configDefaults ?? {})) {
        if (!(key in properties)) {
            throw new RuleDefinitionError(id, `configDefaults.${key} has no entry in configSchema.properties.`);
        }
    }
}

/** Defines a rule that judges one resource at a time. */
export function defineRule<T extends string, TConfig extends RuleConfig = RuleConfig>(
    def: ResourceRuleDefinition<T, TConfig>,
): ResourceRule<T, TConfig>;
/** Defines a stack rule, which sees every resource of the stack at once. */
export function defineRule<TConfig extends RuleConfig = RuleConfig>(def: StackRuleDefinition<TConfig>): StackRule<TConfig>;
export function defineRule(def: ResourceRuleDefinition<string> | StackRuleDefinition): Rule {
    checkMetadata(def);
    if ("stack" in def && def.stack === true) {
        if ("remediate" in def) throw new RuleDefinitionError(def.id, "stack rules cannot remediate.");
        return Object.freeze({ ...def, kind: "stack" as const });
    }
    const resourceDef = def as ResourceRuleDefinition<string>;
    const types = Array.isArray(resourceDef.resourceType) ? [...resourceDef.resourceType] : [resourceDef.resourceType];
    if (types.length === 0 || types.some((t) => typeof t !== "string" || !t.includes(":"))) {
        throw new RuleDefinitionError(def.id, "resourceType must be one or more Pulumi type tokens such as aws:s3/bucket:Bucket.");
    }
    return Object.freeze({ ...resourceDef, kind: "resource" as const, resourceTypes: Object.freeze(types) });
}
