/**
 * Turns a rule into a real @pulumi/policy `Policy`, with the guards every rule needs:
 * - a rule that throws (other than on an unknown value) yields an advisory diagnostic naming
 *   the rule and URN instead of failing the whole preview;
 * - remediation runs only when the rule's own validation reports a violation, and mutates the
 *   props in place (returning a copy would leak secrets and read unknowns);
 * - violation text carries what is wrong, where, and how to fix it.
 */
import { isUnknownValueError, PROXY_TARGET } from "./sdk";
import {
    type PolicyComplianceFramework,
    type PolicyConfigSchema,
    type ReportViolation,
    type ResourceValidationArgs,
    type ResourceValidationPolicy,
    type StackValidationArgs,
    type StackValidationPolicy,
    type PolicyResource,
} from "@pulumi/policy";
import type {
    Level,
    ResourceRule,
    ResourceRuleContext,
    Rule,
    RuleConfig,
    RuleContext,
    StackRule,
    StackResource,
    MessageData,
    MessageViolation,
    Violation,
} from "./rule";
import { renderMessage } from "./rule";
import { createStackView, stackIndex } from "./stack-view";
import { SECRET_PLACEHOLDER } from "./resource";
import { propertyPath, parsePropertyPath } from "./property-path";
import { isSecretValueError, MarkTree, SecretWatch, watchSecrets, withWatch, type SecretMarksLookup } from "./secrets";
import { secretMarksOf } from "./request-secrets";
import type { DECISION_OUTCOMES } from "./decision-outcomes";

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
    /** Who approved it: the approver's trusted key id when the entry is signed. */
    readonly approvedBy: string;
    /** When it stops applying (ISO 8601). */
    readonly expiresAt: string;
    /** Who asked for it: the requester's trusted key id when the entry is signed. */
    readonly requestedBy?: string;
    /** Why it was granted (the justification reports show). */
    readonly reason?: string;
    /** Whether both signatures were checked against trusted keys (requester and a different approver). */
    readonly signed?: boolean;
    /**
     * `baseline` when the finding was lifted by a baseline (guardrails baseline create) rather than
     * an exemption: `approvedBy` is then the baseline file, `since` when it was recorded, and
     * `expiresAt` is empty when the baseline never expires.
     */
    readonly source?: "baseline";
    /** When the baseline that lifted the finding was recorded (ISO 8601). */
    readonly since?: string;
}

export { DECISION_OUTCOMES } from "./decision-outcomes";

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
type ReportDiagnostic = (diagnostic: { message: string; enforcementLevel: Level; urn?: string; description?: string; kind?: NoteKind }) => void;

/** What a note is (the server ignores the field; the in-process evaluator files the note by it). */
export type NoteKind = "unreadable-secret" | "unknown-during-preview" | "rule-error";

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
export function ruleErrorText(ruleId: string, urn: string | undefined, error: unknown, sawSecrets = false): string {
    const name = error instanceof Error ? error.name : typeof error;
    const detail = !sawSecrets && error instanceof Error && CODE_ERRORS.has(error.name) ? `${name}: ${error.message}` : name;
    const target = urn ? `resource ${urn}` : "this stack";
    return (
        `Rule "${ruleId}" failed while checking ${target} (${detail}), so the rule did not judge it. ` +
        `This is a bug in the rule, not in your program; report it with the resource's type and shape.`
    );
}

/**
 * What a rule run may show of a violation once it has read secret values: a message id's
 * template with every data value as `[secret]`, or else a fixed sentence (free text may hold
 * anything read); the property path only as far as it is made of keys that exist outside any
 * secret; the rule's own fix, not one computed from the resource.
 */
function withheld(rule: Rule, v: RenderedViolation, watching: Watching): RenderedViolation {
    const { watch, showPath, isResource } = watching;
    const propertyPath = showPath(v.urn, v.propertyPath);
    // A URN the request does not hold may have been made out of a secret: report on the subject instead.
    const urn = v.urn !== undefined && isResource(v.urn) ? v.urn : undefined;
    if (v.messageId !== undefined) {
        const data = Object.fromEntries(Object.keys(v.data ?? {}).map((k) => [k, SECRET_PLACEHOLDER]));
        return { message: renderMessage(rule, { messageId: v.messageId, data }), messageId: v.messageId, data, propertyPath, urn };
    }
    const read = [...watch.secretsRead].map((p) => `\`${p}\``).join(", ");
    return { message: `${rule.title}: not met. The details are withheld because this finding rests on secret values (${read}).`, propertyPath, urn };
}

/** The property path a report may show for a violation on `urn` (undefined: the rule's own resource). */
type PathShower = (urn: string | undefined, path: string | undefined) => string | undefined;

/** A rule run's watch on secrets, how to show paths, and whether the run's silence is a verdict. */
interface Watching {
    readonly watch: SecretWatch;
    readonly showPath: PathShower;
    /** True for the URN of a resource in the request. */
    readonly isResource: (urn: string) => boolean;
    readonly judges?: boolean;
}


function rawOf(props: unknown): unknown {
    const target = props !== null && typeof props === "object" ? (props as Record<string, unknown>)[PROXY_TARGET] : undefined;
    return target ?? props;
}

/**
 * A path is shown when it stops at (or before) the first secret on it and every key on the way
 * exists in the props: then no part of it came out of a secret value.
 */
function safePath(tree: MarkTree | undefined, props: unknown, path: string | undefined): string | undefined {
    if (path === undefined) return undefined;
    const segments = parsePropertyPath(path);
    if (!segments) return undefined;
    const prefix = tree?.secretPrefix(segments);
    if (prefix) return prefix.length > 0 ? propertyPath(...prefix) : undefined;
    let node = rawOf(props);
    for (const segment of segments) {
        if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
        node = (node as Record<string | number, unknown>)[segment];
    }
    return path;
}

/** The note for a rule run that could not read a value it needed, and the decision it stands for. */
function notJudgedNote(watch: SecretWatch): { outcome: "skipped-secret" | "skipped-unknown"; text: string } {
    const secret = watch.unjudged.filter((u) => u.why === "secret").map((u) => `\`${u.path}\``);
    const unknown = watch.unjudged.filter((u) => u.why === "unknown").map((u) => `\`${u.path}\``);
    const parts = [
        secret.length > 0 ? `${secret.join(", ")} ${secret.length === 1 ? "is" : "are"} secret and cannot be read here` : "",
        unknown.length > 0 ? `${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} not known until the resource is created` : "",
    ].filter(Boolean);
    return {
        outcome: secret.length > 0 ? "skipped-secret" : "skipped-unknown",
        text: `Could not judge: ${parts.join("; ")}. This rule did not pass or fail the resource.`,
    };
}

function configFor<TConfig extends RuleConfig>(rule: Rule, fromPack: object): TConfig {
    // Object.assign, not a spread: this runs for every rule on every resource.
    return Object.assign({}, rule.configDefaults, fromPack) as TConfig;
}

/** What a rule run is handed besides its props: its subject, config, stack tags and the way out. */
type RunArgs = { urn?: string; getConfig<T extends object>(): T; notApplicable(reason?: string): never; stackTags: ReadonlyMap<string, string> };

/**
 * One run of a rule: how its reports are formatted and filed, and what its end means (a pass, a
 * value it could not read, or a crash). A class, not a set of closures: one is made per rule per
 * resource.
 */
class RuleRun {
    private readonly sink: ((violation: StructuredViolation) => void) | undefined;
    private readonly subject: string;
    private notApplicableCalled = false;
    private reported = 0;

    constructor(
        private readonly rule: Rule,
        private readonly args: RunArgs,
        private readonly reportViolation: ReportViolation,
        private readonly hooks: PolicyHooks | undefined,
        private readonly watching: Watching,
    ) {
        this.sink = (reportViolation as unknown as SinkCarrier)[STRUCTURED_SINK];
        this.subject = args.urn ?? "";
    }

    report(violation: Violation | MessageViolation | string): void {
        const { rule, hooks, watching } = this;
        this.reported++;
        const rendered = toViolation(rule, violation);
        // The one boundary: whatever leaves a run that read secrets is withheld here.
        const v = watching.watch.sawSecrets ? withheld(rule, rendered, watching) : rendered;
        const urn = v.urn ?? this.subject;
        const exemption = hooks?.exemptionFor?.(rule.id, urn);
        hooks?.decided?.({ policy: rule.id, urn, outcome: exemption ? "exempted" : "violation", reason: v.message, propertyPath: v.propertyPath, exemption });
        const text = exemption ? exemptedText(exemption, violationText(rule, v)) : violationText(rule, v);
        if (this.sink) this.sink(Object.assign({}, v, { text, exemption }));
        else if (exemption) {
            // Reported, not enforced: the object form lets us lower the level (see ReportDiagnostic).
            (this.reportViolation as unknown as ReportDiagnostic)({ message: `${rule.description}\n${text}`, enforcementLevel: "advisory", urn: v.urn });
        } else this.reportViolation(text, v.urn);
    }

    notApplicable(given: string | undefined): never {
        this.notApplicableCalled = true;
        // A rule's own reason is free text too: withheld once the run has read a secret.
        const reason = given !== undefined && this.watching.watch.sawSecrets ? "does not apply (the reason rests on secret values and is withheld)" : given;
        this.hooks?.decided?.({ policy: this.rule.id, urn: this.subject, outcome: "not-applicable", reason: reason ?? "does not apply" });
        return this.args.notApplicable(reason);
    }

    /** The run ended without throwing. */
    passed(): void {
        if (this.reported > 0) return;
        // A value the rule needed and could not read is never a pass.
        if (this.watching.watch.unjudged.length > 0 && this.watching.judges !== false) this.notJudged();
        else this.hooks?.decided?.({ policy: this.rule.id, urn: this.subject, outcome: "pass", reason: "no violation found" });
    }

    /** The run threw `error`. */
    failed(error: unknown): void {
        const { rule, hooks, watching } = this;
        if (this.notApplicableCalled) throw error;
        if (isUnknownValueError(error)) {
            hooks?.decided?.({ policy: rule.id, urn: this.subject, outcome: "skipped-unknown", reason: `not judged during preview: ${error.message}` });
            throw error;
        }
        // (A remediation that meets an unreadable secret falls through: it failed, and changes nothing.)
        if (isSecretValueError(error) && watching.judges !== false) {
            watching.watch.couldNotRead(error.path, "secret");
            if (this.reported === 0) this.notJudged();
            return;
        }
        const text = ruleErrorText(rule.id, this.args.urn, error, watching.watch.sawSecrets);
        hooks?.decided?.({ policy: rule.id, urn: this.subject, outcome: "rule-error", reason: text });
        (this.reportViolation as unknown as ReportDiagnostic)({ message: text, enforcementLevel: "advisory", kind: "rule-error" });
    }

    private notJudged(): void {
        const { outcome, text } = notJudgedNote(this.watching.watch);
        this.hooks?.decided?.({ policy: this.rule.id, urn: this.subject, outcome, reason: text });
        (this.reportViolation as unknown as ReportDiagnostic)({
            message: `${this.rule.description}\n${text}`,
            enforcementLevel: "advisory",
            kind: outcome === "skipped-secret" ? "unreadable-secret" : "unknown-during-preview",
        });
    }
}

/**
 * Runs `body` with a context whose `report` formats violations, turning a thrown error into an
 * advisory diagnostic. Unknown-value errors and "not applicable" pass through to the server,
 * which reports them its own way. `extend` adds to the base context what the rule's kind sees.
 */
function guarded<TArgs extends RunArgs, TContext extends RuleContext>(
    rule: Rule,
    args: TArgs,
    reportViolation: ReportViolation,
    extend: (base: RuleContext, args: TArgs) => TContext,
    body: (ctx: TContext) => unknown,
    hooks: PolicyHooks | undefined,
    watching: Watching,
): void | Promise<void> {
    const run = new RuleRun(rule, args, reportViolation, hooks, watching);
    const base: RuleContext = {
        config: configFor(rule, args.getConfig()),
        stackTags: args.stackTags,
        report: (violation) => run.report(violation),
        notApplicable: (given) => run.notApplicable(given),
    };
    // Synchronous when the rule is: most are, and a promise per rule run is most of the cost of a
    // small rule on a large stack. Errors take the same path either way.
    let outcome: unknown;
    try {
        outcome = withWatch(watching.watch, body, extend(base, args));
        if (!isPromiseLike(outcome)) {
            run.passed();
            return;
        }
    } catch (error) {
        run.failed(error);
        return;
    }
    return Promise.resolve(outcome).then(
        () => {
            try {
                run.passed();
            } catch (error) {
                run.failed(error);
            }
        },
        (error: unknown) => run.failed(error),
    );
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
    return value !== null && (typeof value === "object" || typeof value === "function") && typeof (value as PromiseLike<unknown>).then === "function";
}

/** Props and provider props of a resource request, watched where they hold secrets. */
function watchResource(args: ResourceValidationArgs): { args: ResourceValidationArgs; watching: Watching } {
    const watch = new SecretWatch();
    const lookup = secretMarksOf(args, "resource");
    const tree = MarkTree.of(lookup(args.urn));
    const providerTree = args.provider ? MarkTree.of(lookup(args.provider.urn)) : undefined;
    const showPath: PathShower = (urn, path) => (urn === undefined || urn === args.urn ? safePath(tree, args.props, path) : undefined);
    const isResource = (urn: string) => urn === args.urn;
    if (!tree && !providerTree) return { args, watching: { watch, showPath, isResource } };
    const watched: ResourceValidationArgs = Object.assign({}, args);
    if (tree) watched.props = watchSecrets(args.props, tree, watch);
    if (providerTree && args.provider) watched.provider = Object.assign({}, args.provider, { props: watchSecrets(args.provider.props, providerTree, watch) });
    return { args: watched, watching: { watch, showPath, isResource } };
}

/** A resource rule's context: the base context and the resource it judges (one object: this runs per rule per resource). */
function resourceContext(base: RuleContext, args: ResourceValidationArgs): ResourceRuleContext {
    return {
        config: base.config,
        stackTags: base.stackTags,
        report: base.report,
        notApplicable: base.notApplicable,
        type: args.type,
        resource: { type: args.type, props: args.props },
        urn: args.urn,
        name: args.name,
        opts: args.opts,
        provider: args.provider,
    };
}

const stackContext = (base: RuleContext): RuleContext => base;

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

    // Not async: a rule that answers synchronously costs no promise (the server awaits either).
    const validateResource = tagWithType((args: ResourceValidationArgs, reportViolation: ReportViolation): void | Promise<void> => {
        if (!types.has(args.type)) return args.notApplicable(notApplicableReason);
        const { args: seen, watching } = watchResource(args);
        return guarded(rule, seen, reportViolation, resourceContext, (ctx) => rule.validate(seen.props, ctx), hooks, watching);
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
            const { args: seen, watching } = watchResource(args);
            await guarded(rule, seen, count, resourceContext, (ctx) => rule.validate(seen.props, ctx), undefined, watching);
            if (violations === 0) return undefined;
            let failed = false;
            // Violations reported while remediating are ignored; only a crash (the bare call) counts.
            const noteFailure = Object.assign(() => void (failed = true), { [STRUCTURED_SINK]: () => undefined });
            // Watched too: a value copied out of a secret must not show in the reported change.
            const { args: fixing, watching: fixWatch } = watchResource(args);
            await guarded(rule, fixing, noteFailure, resourceContext, (ctx) => remediate(fixing.props, ctx), undefined, { ...fixWatch, judges: false });
            (args as { [REMEDIATION_READ_SECRETS]?: (saw: boolean) => void })[REMEDIATION_READ_SECRETS]?.(fixWatch.watch.sawSecrets);
            if (failed) return undefined;
            hooks?.decided?.({ policy: rule.id, urn: args.urn, outcome: "remediated", reason: "the rule fixed the resource's inputs" });
            return args.props;
        }, rule.resourceTypes);
    }
    return policy;
}

/**
 * The in-process evaluator attaches a callback under this key to a remediation's arguments: it
 * learns whether the remediation read a secret, and then shows none of its changes.
 */
export const REMEDIATION_READ_SECRETS = Symbol.for("pulumi-guardrails.remediation-read-secrets");

/** The secret marks of a stack's resources, by URN, computed once per resource list and look-up. */
const stackTrees = new WeakMap<readonly PolicyResource[], { lookup: SecretMarksLookup; trees: ReadonlyMap<string, MarkTree> }>();

function treesOf(resources: readonly PolicyResource[], lookup: SecretMarksLookup): ReadonlyMap<string, MarkTree> {
    const cached = stackTrees.get(resources);
    if (cached && cached.lookup === lookup) return cached.trees;
    const trees = new Map<string, MarkTree>();
    for (const r of resources) {
        const tree = MarkTree.of(lookup(r.urn));
        if (tree) trees.set(r.urn, tree);
    }
    stackTrees.set(resources, { lookup, trees });
    return trees;
}

/**
 * Stack resources, as a rule is handed them, watched where they hold secrets. Links (parent,
 * dependencies) lead to the watched resources too, so no path around the watch is left. A
 * resource is wrapped only when the rule reaches it.
 */
function watchStack(resources: PolicyResource[], lookup: SecretMarksLookup): { present: (r: PolicyResource) => PolicyResource; watching: Watching } {
    const watch = new SecretWatch();
    const trees = treesOf(resources, lookup);
    const byUrn = stackIndex(resources).byUrn as ReadonlyMap<string, PolicyResource>;
    const showPath: PathShower = (urn, path) => {
        const resource = urn === undefined ? undefined : byUrn.get(urn);
        return resource ? safePath(trees.get(resource.urn), resource.props, path) : undefined;
    };
    const isResource = (urn: string) => byUrn.has(urn);
    if (trees.size === 0) return { present: (r) => r, watching: { watch, showPath, isResource } };
    const wrapped = new Map<PolicyResource, PolicyResource>();
    const wrap = (r: PolicyResource): PolicyResource => {
        let w = wrapped.get(r);
        if (w) return w;
        const tree = trees.get(r.urn);
        let props: Record<string, unknown> | undefined;
        let propsOf: Record<string, unknown> | undefined;
        w = new Proxy(r, {
            get(obj, key) {
                const value: unknown = Reflect.get(obj, key);
                if (key === "props" && tree) {
                    // The evaluator hands each policy fresh props: watch whatever object is current.
                    if (value !== propsOf) props = watchSecrets((propsOf = value as Record<string, unknown>), tree, watch);
                    return props;
                }
                if (key === "parent") return value ? wrap(value as PolicyResource) : value;
                if (key === "dependencies") return (value as PolicyResource[]).map(wrap);
                if (key === "propertyDependencies") {
                    return Object.fromEntries(Object.entries(value as Record<string, PolicyResource[]>).map(([k, list]) => [k, list.map(wrap)]));
                }
                if (key === "provider" && value && typeof value === "object") {
                    const provider = value as { urn: string; props: Record<string, unknown> };
                    const providerTree = MarkTree.of(lookup(provider.urn));
                    return providerTree ? { ...provider, props: watchSecrets(provider.props, providerTree, watch) } : value;
                }
                return value;
            },
        });
        wrapped.set(r, w);
        return w;
    };
    return { present: wrap, watching: { watch, showPath, isResource } };
}

function toStackPolicy(rule: StackRule, level: Level, hooks?: PolicyHooks): StackValidationPolicy {
    return {
        ...commonFields(rule, level),
        validateStack: async (args: StackValidationArgs, reportViolation: ReportViolation) => {
            const { present, watching } = watchStack(args.resources, secretMarksOf(args, "stack"));
            const view = createStackView(args.resources, present as unknown as (r: StackResource) => StackResource);
            await guarded(rule, args, reportViolation, stackContext, (ctx) => rule.validate(view, ctx), hooks, watching);
        },
    };
}

/** Builds the `@pulumi/policy` policy for a rule at the given level. Starts nothing. */
export function toPolicy(rule: Rule, level: Level, hooks?: PolicyHooks): ResourceValidationPolicy | StackValidationPolicy {
    return rule.kind === "stack" ? toStackPolicy(rule, level, hooks) : toResourcePolicy(rule, level, hooks);
}
