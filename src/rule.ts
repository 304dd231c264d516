/**
 * Rule definitions: metadata plus a validate function (and optionally a remediation).
 *
 * A rule is data. It names the resource types it judges by Pulumi type token, so its props are
 * typed from the provider SDK through `import type` and no SDK is loaded at run time.
 */
import type { EnforcementLevel, PolicyProviderResource, PolicyResourceOptions } from "@pulumi/policy";
import type { ConfigDefaultsFor, ConfigFromSchema, ConfigSchema, NoConfigSchema } from "./config-schema";
import type { ResourceProps, ResourceType, TypedResource } from "./types";

/** How a violation is enforced: reported, blocking, fixed automatically, or switched off. */
export type Level = EnforcementLevel;
/** Every level, from least to most strict, then `disabled`. */
export const LEVELS: readonly Level[] = ["advisory", "mandatory", "remediate", "disabled"];

/** How bad a violation is; `levelsFromSeverity` maps it to a level. */
export type Severity = "low" | "medium" | "high" | "critical";
/** Every severity, lowest first. */
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
    /** How bad a violation is. */
    readonly severity: Severity;
    /** How to fix a violation, in plain language. A violation may give a more specific fix. */
    readonly remediation: string;
    /** The level used unless a pack, an environment or the user sets another. */
    readonly defaultLevel: Level;
    /** The compliance controls the rule implements. */
    readonly frameworks?: FrameworkMapping;
    /** The cloud service or area the rule belongs to (`s3`, `ec2`, `iam`, `rbac`, ...). */
    readonly service?: string;
    /** Free-form tags, for `selectRules` and Pulumi Cloud. */
    readonly tags?: readonly string[];
    /** Documentation link shown by Pulumi Cloud and the CLI; when absent, the pack's `docsUrl` fills it in. */
    readonly url?: string;
    /**
     * JSON schema of the rule's configuration (`properties`, `required`). `defineRule` reads the
     * type of `ctx.config` from it; defaults belong in `configDefaults`, checked against it.
     */
    readonly configSchema?: ConfigSchema;
    /** Default configuration values, checked against `configSchema`. */
    readonly configDefaults?: Readonly<Partial<TConfig>>;
    /**
     * Inputs that violate and inputs that comply: rendered as TypeScript in the rule's docs, and
     * checked by a test (each violating example must be reported, each compliant one must not).
     */
    readonly examples?: RuleExamples;
    /**
     * Violation messages by id, as in typescript-eslint: `{ cannedAcl: 'Bucket {{name}} uses "{{acl}}".' }`.
     * A rule reports `{ messageId, data }`; tests then assert the id and data, not the wording.
     */
    readonly messages?: Readonly<Record<string, string>>;
}

/** One resource of an example, its props typed by its token (any subset of the inputs). */
export type ExampleResource<T extends ResourceType = ResourceType> = {
    [K in T]: { readonly type: K; readonly name: string; readonly props: Partial<ResourceProps<K>> };
}[T];

/** One example: the resources of a (small) program. Resource rules usually need one. */
export interface RuleExample {
    /** What the example shows, named in test failures. */
    readonly description?: string;
    /** The example's resources. */
    readonly resources: readonly ExampleResource[];
}

/** A rule's documented examples: inputs it must report and inputs it must pass. */
export interface RuleExamples {
    /** Each must be reported by the rule. */
    readonly violating: readonly RuleExample[];
    /** None may be reported by the rule. */
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

/** Values filled into a message template's `{{placeholders}}`. */
export type MessageData = Readonly<Record<string, string | number | boolean>>;

/** One problem found by a rule, told by a message id of the rule's `messages` and its data. */
export interface MessageViolation {
    /** A key of the rule's `messages`. */
    readonly messageId: string;
    /** Values for the message's `{{placeholders}}`. */
    readonly data?: MessageData;
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
    /** The stack's tags. */
    readonly stackTags: ReadonlyMap<string, string>;
    /** Reports a violation. Call it once per distinct problem. */
    report(violation: Violation | MessageViolation | string): void;
    /** Declares that the rule does not apply here (shown as "not applicable", not as passed). */
    notApplicable(reason?: string): never;
}

/** Context of a resource rule: the resource being judged. */
export interface ResourceRuleContext<TConfig extends RuleConfig = RuleConfig, T extends string = string> extends RuleContext<TConfig> {
    /** The resource's Pulumi type token. */
    readonly type: T;
    /**
     * The resource's type and props (the same object as the `props` argument) as one value:
     * in a rule of several types, `if (ctx.resource.type === "aws:s3/bucket:Bucket")` narrows
     * `ctx.resource.props` to that type's props, which a check of `ctx.type` cannot do for `props`.
     */
    readonly resource: TypedResource<T>;
    /** The resource's URN. */
    readonly urn: string;
    /** The resource's logical name. */
    readonly name: string;
    /** The resource's options (protect, ignoreChanges, ...). */
    readonly opts: PolicyResourceOptions;
    /** The resource's provider, when the engine sends it. */
    readonly provider?: PolicyProviderResource;
}

/** A resource as a stack rule sees it. */
export interface StackResource<TProps = Record<string, unknown>> {
    /** Its Pulumi type token. */
    readonly type: string;
    /** Its URN. */
    readonly urn: string;
    /** Its logical name. */
    readonly name: string;
    /** Its properties: inputs, or outputs when a stack export has them. */
    readonly props: TProps;
    /** Its resource options. */
    readonly opts: PolicyResourceOptions;
    /** Its provider, when the engine sends it. */
    readonly provider?: PolicyProviderResource;
    /** Its parent resource. */
    readonly parent?: StackResource;
    /** The resources it depends on. */
    readonly dependencies: readonly StackResource[];
    /** Property name → the resources that property's value came from. */
    readonly propertyDependencies: Readonly<Record<string, readonly StackResource[]>>;
}

/** All resources of a stack, indexed by type and URN (built once per evaluation, linear). */
export interface StackView {
    /** Every resource of the stack, in the engine's order. */
    readonly resources: readonly StackResource[];
    /** Resources of the given type tokens, with typed props. */
    ofType<T extends ResourceType>(...types: T[]): StackResource<ResourceProps<T>>[];
    /** The resource with this URN, if the stack has it. */
    byUrn(urn: string): StackResource | undefined;
}

/** A value, or a promise of one: validate and remediate may be sync or async. */
export type MaybePromise<T> = T | Promise<T>;

/** The definition of a rule that judges one resource at a time. */
export interface ResourceRuleDefinition<T extends string, TConfig extends RuleConfig = RuleConfig>
    extends RuleMetadata<TConfig> {
    /** The Pulumi type token(s) this rule judges. */
    readonly resourceType: T | readonly T[];
    /** Judges one resource; reports each problem with `ctx.report`. */
    validate(props: ResourceProps<T>, ctx: ResourceRuleContext<TConfig, T>): MaybePromise<void>;
    /**
     * Fixes the resource's inputs in place (at level `remediate` only). It runs only when
     * `validate` reports a violation; assign to `props` rather than returning a copy, so that
     * secrets stay secret and unknown values are not read.
     */
    remediate?(props: ResourceProps<T>, ctx: ResourceRuleContext<TConfig, T>): MaybePromise<void>;
}

/** The definition of a rule that looks across all resources of a stack. */
export interface StackRuleDefinition<TConfig extends RuleConfig = RuleConfig> extends RuleMetadata<TConfig> {
    /** Marks a stack rule. */
    readonly stack: true;
    /** Judges the whole stack; reports each problem with `ctx.report`, naming its resource's URN. */
    validate(stack: StackView, ctx: RuleContext<TConfig>): MaybePromise<void>;
}

/** A defined resource rule: its definition plus the resolved type list and its pack. */
export type ResourceRule<T extends string = string, TConfig extends RuleConfig = RuleConfig> =
    ResourceRuleDefinition<T, TConfig> & { readonly kind: "resource"; readonly resourceTypes: readonly string[]; readonly pack?: string };

/** A defined stack rule: its definition plus its pack. */
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

const PLACEHOLDER = /\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g;

/** The placeholder names a message template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
    return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

function checkMessages(def: RuleMetadata): void {
    if (def.messages === undefined) return;
    if (def.messages === null || typeof def.messages !== "object") throw new RuleDefinitionError(def.id, "messages must map message ids to templates.");
    for (const [messageId, template] of Object.entries(def.messages)) {
        if (typeof template !== "string" || template.trim() === "") {
            throw new RuleDefinitionError(def.id, `messages.${messageId} must be a non-empty template.`);
        }
        // A brace pair that is not a well-formed placeholder is almost always a typo.
        if (template.replace(PLACEHOLDER, "").includes("{{")) {
            throw new RuleDefinitionError(def.id, `messages.${messageId} has a malformed placeholder (write {{name}}).`);
        }
    }
}

/**
 * The text of a reported message id: its template with `data` filled in. Throws (a rule error,
 * naming the rule and the id) when the id is not in `messages` or a placeholder has no data.
 */
export function renderMessage(rule: Pick<RuleMetadata, "id" | "messages">, violation: MessageViolation): string {
    const template = rule.messages?.[violation.messageId];
    if (template === undefined || !Object.prototype.hasOwnProperty.call(rule.messages, violation.messageId)) {
        throw new RuleDefinitionError(rule.id, `reported messageId "${violation.messageId}", which is not in messages.`);
    }
    const data = violation.data ?? {};
    const { literals, names } = compiledTemplate(template);
    const missing = names.filter((name, i) => names.indexOf(name) === i && !Object.prototype.hasOwnProperty.call(data, name));
    if (missing.length > 0) {
        throw new RuleDefinitionError(rule.id, `message "${violation.messageId}" needs data for ${missing.map((m) => `{{${m}}}`).join(", ")}.`);
    }
    let text = literals[0];
    for (let i = 0; i < names.length; i++) text += String(data[names[i]]) + literals[i + 1];
    return text;
}

/** A template cut at its placeholders: `literals[i]`, then the value of `names[i]`, ..., then the last literal. */
interface CompiledTemplate {
    readonly literals: readonly string[];
    readonly names: readonly string[];
}

// Rules have a few hundred templates, rendered hundreds of thousands of times on a large stack.
const compiledTemplates = new Map<string, CompiledTemplate>();

function compiledTemplate(template: string): CompiledTemplate {
    let compiled = compiledTemplates.get(template);
    if (compiled) return compiled;
    const literals: string[] = [];
    const names: string[] = [];
    let at = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
        literals.push(template.slice(at, match.index));
        names.push(match[1]);
        at = (match.index ?? 0) + match[0].length;
    }
    literals.push(template.slice(at));
    compiled = { literals, names };
    if (compiledTemplates.size < 10_000) compiledTemplates.set(template, compiled);
    return compiled;
}

/**
 * The configuration fields of a definition: the schema (a literal, so its types are kept) and
 * defaults of the schema's types for its keys only. Keys the defaults set are always present.
 */
type ConfigFields<S extends ConfigSchema, D> = {
    readonly configSchema?: S;
    readonly configDefaults?: D & { readonly [K in Exclude<keyof D, keyof S["properties"]>]: never };
};

/** Defines a rule that judges one resource at a time. */
export function defineRule<
    T extends ResourceType,
    const S extends ConfigSchema = NoConfigSchema,
    D extends ConfigDefaultsFor<S> = Record<never, never>,
>(def: ResourceRuleDefinition<T, ConfigFromSchema<S, keyof D>> & ConfigFields<S, D>): ResourceRule<T, ConfigFromSchema<S, keyof D>>;
/** Defines a stack rule, which sees every resource of the stack at once. */
export function defineRule<const S extends ConfigSchema = NoConfigSchema, D extends ConfigDefaultsFor<S> = Record<never, never>>(
    def: StackRuleDefinition<ConfigFromSchema<S, keyof D>> & ConfigFields<S, D>,
): StackRule<ConfigFromSchema<S, keyof D>>;
export function defineRule(def: ResourceRuleDefinition<string> | StackRuleDefinition): Rule {
    checkMetadata(def);
    checkMessages(def);
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
