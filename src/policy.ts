/**
 * Turns a rule into a real @pulumi/policy `Policy`, with the guards every rule needs:
 * - a rule that throws (other than on an unknown value) yields an advisory diagnostic naming
 *   the rule and URN instead of failing the whole preview;
 * - remediation runs only when the rule's own validation reports a violation, and mutates the
 *   props in place (returning a copy would leak secrets and read unknowns);
 * - violation text carries what is wrong, where, and how to fix it.
 */
import { isUnknownValueError } from "./sdk";
import {
    type PolicyComplianceFramework,
    type PolicyConfigSchema,
    type ReportViolation,
    type ResourceValidationArgs,
    type ResourceValidationPolicy,
    type StackValidationArgs,
    type StackValidationPolicy,
} from "@pulumi/policy";
import type {
    Level,
    ResourceRule,
    ResourceRuleContext,
    Rule,
    RuleConfig,
    RuleContext,
    StackRule,
    MessageData,
    MessageViolation,
    Violation,
} from "./rule";
import { renderMessage } from "./rule";
import { createStackView } from "./stack-view";

/** A reported violation with its message rendered; `messageId` and `data` when reported by id. */
export interface RenderedViolation extends Violation {
    readonly messageId?: string;
    readonly data?: MessageData;
}

/** A violation as the in-process evaluator receives it, alongside the text the engine gets. */
export interface StructuredViolation extends RenderedViolation {
    readonly text: string;
    /** Set when an exemption covers the violation: it is reported, not enforced. */
    readonly exemption?: ExemptionGrant;
}

/** The exemption that covers a violation. */
export interface ExemptionGrant {
    /** The exemption's id. */
    readonly id: string;
    /** Who approved it. */
    readonly approvedBy: string;
    /** When it stops applying (ISO 8601). */
    readonly expiresAt: string;
}

/** Every outcome a decision can have, in the order the CLI lists them. */
export const DECISION_OUTCOMES = ["pass", "violation", "exempted", "remediated", "skipped-unknown", "skipped-secret", "not-applicable", "rule-error"] as const;

/**
 * What a rule decided about a resource; each decision is one line of the decision log.
 * `skipped-unknown` / `skipped-secret`: a value the rule needed was unknown during preview or
 * encrypted, so the rule did not judge the resource (never a pass).
 */
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** One decision of one rule about one resource (or the stack). */
export interface DecisionEvent {
    /** The policy that decided. */
    readonly policy: string;
    /** The resource concerned; empty for a stack rule's overall pass. */
    readonly urn: string;
    /** What it decided. */
    readonly outcome: DecisionOutcome;
    /** Why, in plain words (the violation's message, the unknown property, ...). Never a secret value. */
    readonly reason: string;
    /** Where in the props the problem is, when there is one. */
    readonly propertyPath?: string;
    /** The exemption that lifted the violation (outcome `exempted`). */
    readonly exemption?: ExemptionGrant;
}

/**
 * Governance plugged into every policy: exemptions that turn a violation into a reported,
 * non-blocking one, and a listener for every decision (the decision log).
 */
export interface PolicyHooks {
    /** The exemption that lifts this policy on this resource now, if any. */
    exemptionFor?(policy: string, urn: string): ExemptionGrant | undefined;
    /** Called with every decision the policy makes. */
    decided?(event: DecisionEvent): void;
}

/** The text of an exempted violation: says which exemption, who approved it and until when. */
export function exemptedText(grant: ExemptionGrant, text: string): string {
    return `Exempted by ${grant.id} (approved by ${grant.approvedBy}, until ${grant.expiresAt}): ${text}`;
}

/**
 * In-process evaluation attaches a sink under this key to its `reportViolation` function, so it
 * receives the structured violation (property path, fix). Over the analyzer protocol only the
 * text travels; both paths produce the same text.
 */
export const STRUCTURED_SINK = Symbol.for("pulumi-guardrails.structured-violation");

type SinkCarrier = { [STRUCTURED_SINK]?: (violation: StructuredViolation) => void };

/**
 * @pulumi/policy's server accepts an object as well as a string in `reportViolation` (see
 * makeReportViolationFun in @pulumi/policy/server.js): the object form lets us set the level of
 * a crash diagnostic to advisory whatever the rule's level.
 */
type ReportDiagnostic = (diagnostic: { message: string; enforcementLevel: Level; urn?: string; description?: string }) => void;

/** The text of a violation: what is wrong, where, and how to fix it. */
export function violationText(rule: Rule, violation: Violation): string {
    const where = violation.propertyPath ? ` Property: \`${violation.propertyPath}\`.` : "";
    return `${violation.message.trim()}${where} Fix: ${(violation.fix ?? rule.remediation).trim()}`;
}

/** Any form `ctx.report` accepts, as one shape: a message id is rendered from the rule's `messages`. */
function toViolation(rule: Rule, violation: Violation | MessageViolation | string): RenderedViolation {
    if (typeof violation === "string") return { message: violation };
    if (!("messageId" in violation)) return violation;
    const { messageId, data, propertyPath, fix, urn } = violation;
    return { message: renderMessage(rule, violation), messageId, data, propertyPath, fix, urn };
}

/**
 * Error kinds whose messages describe code, not data, so they can be shown without leaking values
 * (a RuleDefinitionError names only the rule, its fields and message ids).
 */
const CODE_ERRORS = new Set(["TypeError", "ReferenceError", "RangeError", "RuleDefinitionError"]);

/** The diagnostic shown when a rule throws: names rule and resource, never echoes input data. */
export function ruleErrorText(ruleId: string, urn: string | undefined, error: unknown): string {
    const name = error instanceof Error ? error.name : typeof error;
    const detail = error instanceof Error && CODE_ERRORS.has(error.name) ? `${name}: ${error.message}` : name;
    const target = urn ? `resource ${urn}` : "this stack";
    return (
        `Rule "${ruleId}" failed while checking ${target} (${detail}), so the rule did not judge it. ` +
        `This is a bug in the rule, not in your program; report it with the resource's type and shape.`
    );
}

function configFor<TConfig extends RuleConfig>(rule: Rule, fromPack: object): TConfig {
    return { ...(rule.configDefaults ?? {}), ...fromPack } as TConfig;
}

/**
 * Runs `body` with a context whose `report` formats violations, turning a thrown error into an
 * advisory diagnostic. Unknown-value errors and "not applicable" pass through to the server,
 * which reports them its own way.
 */
async function guarded<TContext extends RuleContext>(
    rule: Rule,
    args: { urn?: string; getConfig<T extends object>(): T; notApplicable(reason?: string): never; stackTags: ReadonlyMap<string, string> },
    reportViolation: ReportViolation,
    extend: (base: RuleContext) => TContext,
    body: (ctx: TContext) => unknown,
    hooks?: PolicyHooks,
): Promise<void> {
    const sink = (reportViolation as unknown as SinkCarrier)[STRUCTURED_SINK];
    let notApplicableCalled = false;
    let reported = 0;
    const subject = args.urn ?? "";
    const base: RuleContext = {
        config: configFor(rule, args.getConfig()),
        stackTags: args.stackTags,
        report(violation) {
            reported++;
            const v = toViolation(rule, violation);
            const urn = v.urn ?? subject;
            const exemption = hooks?.exemptionFor?.(rule.id, urn);
            hooks?.decided?.({ policy: rule.id, urn, outcome: exemption ? "exempted" : "violation", reason: v.message, propertyPath: v.propertyPath, exemption });
            const text = exemption ? exemptedText(exemption, violationText(rule, v)) : violationText(rule, v);
            if (sink) sink({ ...v, text, exemption });
            else if (exemption) {
                // Reported, not enforced: the object form lets us lower the level (see ReportDiagnostic).
                (reportViolation as unknown as ReportDiagnostic)({ message: `${rule.description}\n${text}`, enforcementLevel: "advisory", urn: v.urn });
            } else reportViolation(text, v.urn);
        },
        notApplicable(reason) {
            notApplicableCalled = true;
            hooks?.decided?.({ policy: rule.id, urn: subject, outcome: "not-applicable", reason: reason ?? "does not apply" });
            return args.notApplicable(reason);
        },
    };
    try {
        await body(extend(base));
        if (reported === 0) hooks?.decided?.({ policy: rule.id, urn: subject, outcome: "pass", reason: "no violation found" });
    } catch (error) {
        if (notApplicableCalled) throw error;
        if (isUnknownValueError(error)) {
            hooks?.decided?.({ policy: rule.id, urn: subject, outcome: "skipped-unknown", reason: `not judged during preview: ${error.message}` });
            throw error;
        }
        hooks?.decided?.({ policy: rule.id, urn: subject, outcome: "rule-error", reason: ruleErrorText(rule.id, args.urn, error) });
        (reportViolation as unknown as ReportDiagnostic)({
            message: ruleErrorText(rule.id, args.urn, error),
            enforcementLevel: "advisory",
        });
    }
}

function resourceContext(args: ResourceValidationArgs) {
    return (base: RuleContext): ResourceRuleContext => ({
        ...base,
        type: args.type,
        resource: { type: args.type, props: args.props },
        urn: args.urn,
        name: args.name,
        opts: args.opts,
        provider: args.provider,
    });
}

function frameworkField(rule: Rule): PolicyComplianceFramework | undefined {
    const [key, controls] = Object.entries(rule.frameworks ?? {})[0] ?? [];
    if (!key || !controls) return undefined;
    // Keys are "<name>-<version>", e.g. "cis-aws-3.0" or "nist-800-53-r5".
    const match = /^(.*?)-(v?\d[\w.]*|r\d+)$/.exec(key);
    return {
        name: match?.[1] ?? key,
        version: match?.[2] ?? "",
        reference: controls.join(", "),
        specification: "",
    };
}

/** Schema with `configDefaults` written in as JSON-schema defaults, which the engine applies. */
function schemaWithDefaults(rule: Rule): PolicyConfigSchema | undefined {
    if (!rule.configSchema) return undefined;
    const defaults: RuleConfig = rule.configDefaults ?? {};
    const properties = Object.fromEntries(
        Object.entries(rule.configSchema.properties).map(([key, schema]) =>
            key in defaults ? [key, { ...schema, default: defaults[key] }] : [key, schema],
        ),
    );
    const required = rule.configSchema.required ? [...rule.configSchema.required] : undefined;
    // Our schema type is the JSON-schema subset rules use; the SDK types the same object as JSONSchema7.
    return { properties: properties as PolicyConfigSchema["properties"], ...(required ? { required } : {}) };
}

function commonFields(rule: Rule, level: Level) {
    return {
        name: rule.id,
        displayName: rule.title,
        description: rule.description,
        enforcementLevel: level,
        severity: rule.severity,
        framework: frameworkField(rule),
        tags: rule.tags ? [...rule.tags] : undefined,
        remediationSteps: rule.remediation,
        url: rule.url,
        configSchema: schemaWithDefaults(rule),
    };
}

/** A type filter function carries `__pulumiType` so the policy server skips other types cheaply. */
/**
 * A policy function carries its type(s): `__pulumiType` (one type) lets the policy server skip
 * other types cheaply; `__guardrailsTypes` (any number) lets the in-process evaluator skip them
 * without copying props for a rule that cannot apply.
 */
function tagWithType<F extends object>(fn: F, types: readonly string[]): F {
    if (types.length === 1) Object.assign(fn, { __pulumiType: types[0] });
    Object.assign(fn, { [TYPES_KEY]: new Set(types) });
    return fn;
}

/** Where a policy function keeps the set of resource types it judges. */
export const TYPES_KEY = "__guardrailsTypes";

function toResourcePolicy(rule: ResourceRule, level: Level, hooks?: PolicyHooks): ResourceValidationPolicy {
    const types = new Set(rule.resourceTypes);
    // Short on purpose: every Analyze answer carries one per rule that skips the resource's type.
    const notApplicableReason =
        rule.resourceTypes.length === 1 ? `Policy only applies to resources of type ${rule.resourceTypes[0]}` : `Policy applies to ${rule.resourceTypes.length} other resource types`;

    const validateResource = tagWithType(async (args: ResourceValidationArgs, reportViolation: ReportViolation) => {
        if (!types.has(args.type)) return args.notApplicable(notApplicableReason);
        await guarded(rule, args, reportViolation, resourceContext(args), (ctx) => rule.validate(args.props, ctx), hooks);
    }, rule.resourceTypes);

    const policy: ResourceValidationPolicy = { ...commonFields(rule, level), validateResource };
    const remediate = rule.remediate;
    if (remediate) {
        policy.remediateResource = tagWithType(async (args: ResourceValidationArgs) => {
            if (!types.has(args.type)) return args.notApplicable(notApplicableReason);
            // Remediate only what the rule itself flags, so an untouched resource is not reported
            // as remediated. Crashes are reported by the validation pass, not here.
            let violations = 0;
            const count = Object.assign(() => undefined, { [STRUCTURED_SINK]: () => void violations++ });
            await guarded(rule, args, count, resourceContext(args), (ctx) => rule.validate(args.props, ctx));
            if (violations === 0) return undefined;
            let failed = false;
            // Violations reported while remediating are ignored; only a crash (the bare call) counts.
            const noteFailure = Object.assign(() => void (failed = true), { [STRUCTURED_SINK]: () => undefined });
            await guarded(rule, args, noteFailure, resourceContext(args), (ctx) => remediate(args.props, ctx));
            if (failed) return undefined;
            hooks?.decided?.({ policy: rule.id, urn: args.urn, outcome: "remediated", reason: "the rule fixed the resource's inputs" });
            return args.props;
        }, rule.resourceTypes);
    }
    return policy;
}

function toStackPolicy(rule: StackRule, level: Level, hooks?: PolicyHooks): StackValidationPolicy {
    return {
        ...commonFields(rule, level),
        validateStack: async (args: StackValidationArgs, reportViolation: ReportViolation) => {
            const view = createStackView(args.resources);
            await guarded(rule, args, reportViolation, (base) => base, (ctx) => rule.validate(view, ctx), hooks);
        },
    };
}

/** Builds the `@pulumi/policy` policy for a rule at the given level. Starts nothing. */
export function toPolicy(rule: Rule, level: Level, hooks?: PolicyHooks): ResourceValidationPolicy | StackValidationPolicy {
    return rule.kind === "stack" ? toStackPolicy(rule, level, hooks) : toResourcePolicy(rule, level, hooks);
}
