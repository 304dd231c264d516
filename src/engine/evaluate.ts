/**
 * In-process evaluation of @pulumi/policy policies with the policy server's semantics, so the
 * testing kit and the offline engine judge resources exactly as `pulumi preview` would:
 * levels from config over policy defaults, the `__pulumiType` fast filter, a fresh
 * unknown-checking proxy per validation, the "can't run policy … during preview" advisory,
 * "not applicable" results, remediations before validation (remediate reported as mandatory),
 * and stack policies over all resources with parents and dependencies linked.
 *
 * Mirrors makeAnalyzeRpcFun, makeAnalyzeStackRpcFun and makeRemediateRpcFun in
 * @pulumi/policy/server.js (1.21).
 */
import {
    type Policies,
    type PolicyResource,
    type PolicyResourceOptions,
    type ResourceValidationArgs,
    type ResourceValidationPolicy,
    type StackValidationPolicy,
} from "@pulumi/policy";
import type { Level, Severity } from "../rule";
import { IS_PROXY, isUnknownValueError, PROXY_TARGET, unknownCheckingProxy, type UnknownValueErrorInstance } from "../sdk";
import { REMEDIATION_READ_SECRETS, STRUCTURED_SINK, TYPES_KEY, type ExemptionGrant, type NoteKind, type StructuredViolation } from "../policy";
import { SECRET_PLACEHOLDER } from "../resource";
import { MarkTree, type PathSegments, type SecretMarks, type SecretMarksLookup } from "../secrets";
import { SECRET_MARKS } from "../request-secrets";
import { frozenCopy, UNSHAREABLE } from "../shared-props";
import { NotApplicableError, throwNotApplicable } from "../not-applicable";
import type { DiagnosticKind, PropertyChange, SourceLocation } from "../result";
import { propertyPath } from "../property-path";

export type { DiagnosticKind, PropertyChange } from "../result";

/** A resource to evaluate: its type, identity and input properties (secrets already unwrapped). */
export interface ResourceUnderTest {
    /** The resource's Pulumi type token, e.g. `aws:s3/bucket:Bucket`. */
    readonly type: string;
    /** The resource's URN. */
    readonly urn: string;
    /** The resource's logical name. */
    readonly name: string;
    /** Input properties, unknowns as the engine's sentinel strings. */
    readonly props: Record<string, unknown>;
    /** Resource options (protect, ignoreChanges, ...), as a policy sees them. */
    readonly opts?: Partial<PolicyResourceOptions>;
    /** The resource's provider: its type, URN, name and inputs, and where their secrets are. */
    readonly provider?: {
        type: string;
        urn: string;
        name: string;
        props: Record<string, unknown>;
        secretPaths?: readonly PathSegments[];
        unreadablePaths?: readonly PathSegments[];
    };
    /** URN of the parent resource, if any. */
    readonly parent?: string;
    /** Where the program registered it (file, line, column), when known. */
    readonly source?: SourceLocation;
    /** URNs of the resources this one depends on. */
    readonly dependencies?: readonly string[];
    /** Property name → URNs of the resources that property's value came from. */
    readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
    /**
     * Where secret values sit in `props`, readable or not. A rule run that reads one has what it
     * reports withheld; on the wire these are encoded as secrets.
     */
    readonly secretPaths?: readonly PathSegments[];
    /** Those secret values that cannot be read here (encrypted, masked): a rule that needs one does not judge. */
    readonly unreadablePaths?: readonly PathSegments[];
    /** Where secret values sit in `outputs`. */
    readonly outputSecretPaths?: readonly PathSegments[];
    /** Those of the output secrets that cannot be read here. */
    readonly outputUnreadablePaths?: readonly PathSegments[];
    /**
     * The resource's outputs, when known (a stack export). Stack rules see these, as the engine
     * hands AnalyzeStack the resources' outputs; resource rules always see the inputs.
     */
    readonly outputs?: Record<string, unknown>;
}

/** Per-policy configuration as the engine sends it in Configure. */
export type PolicyConfigEntry = { enforcementLevel?: Level } & Record<string, unknown>;

/** Options of `evaluatePolicies`. */
export interface EvaluationOptions {
    /** The pack name put into each diagnostic. */
    readonly packName: string;
    /** The pack version put into each diagnostic. */
    readonly packVersion: string;
    /** Policy name → level and properties (as after the engine merged defaults and files). */
    readonly config?: Readonly<Record<string, PolicyConfigEntry>>;
    /** The stack's tags, as stack rules see them. */
    readonly stackTags?: ReadonlyMap<string, string>;
    /** Run remediations first (as `pulumi preview` does). Default true. */
    readonly remediate?: boolean;
    /** Called now and then with the number of resources evaluated so far. */
    readonly onProgress?: (done: number, total: number) => void;
    /**
     * Called with each diagnostic as it is made, instead of collecting them in the result's
     * `diagnostics` (which stays empty): a large check keeps only what its caller makes of them.
     */
    readonly onDiagnostic?: (diagnostic: Diagnostic) => void;
}

/** A diagnostic as the policy server sends it to the engine (AnalyzeDiagnostic). */
export interface EngineDiagnostic {
    /** The policy that reported it. */
    readonly policyName: string;
    /** The pack serving that policy. */
    readonly policyPackName: string;
    /** That pack's version. */
    readonly policyPackVersion: string;
    /** The policy's description. */
    readonly description: string;
    /** The full message as the engine shows it: the description, a newline, then the detail. */
    readonly message: string;
    /** The level it was reported at (`advisory` for notes). */
    readonly enforcementLevel: Level;
    /** The policy's severity, when it has one. */
    readonly severity?: Severity;
    /** The resource concerned (for resource policies, the analyzed resource). */
    readonly urn: string;
}

/** A diagnostic from in-process evaluation: the engine's fields plus what produced it and where. */
export interface Diagnostic extends EngineDiagnostic {
    /** What produced it: a violation, an exempted violation, an unknown during preview, or a rule error. */
    readonly kind: DiagnosticKind;
    /** Where in the props the problem is, e.g. `ingress[1].cidrBlocks`. */
    readonly propertyPath?: string;
    /** How to fix it, in plain language. */
    readonly fix?: string;
    /** The violation's own message (what is wrong), without description, property or fix. */
    readonly detail?: string;
    /** The rule's message id, when it reported one (tests assert the id and data, not the text). */
    readonly messageId?: string;
    /** The data filled into the message id's template (every value `[secret]` when the rule read a secret). */
    readonly data?: Readonly<Record<string, string | number | boolean>>;
    /** The exemption that covered this violation (kind "exempted"). */
    readonly exemption?: ExemptionGrant;
}

/** One remediation a policy applied (or could not apply) to one resource. */
export interface RemediationRecord {
    /** The policy that remediated. */
    readonly policyName: string;
    /** The resource it changed. */
    readonly urn: string;
    /** Each property it changed, with the values before and after. */
    readonly changes: readonly PropertyChange[];
    /** Set when the remediation could not run (unknown values during preview). */
    readonly diagnostic?: string;
}

/** A policy that did not apply to a resource (or to the stack), and why. */
export interface NotApplicableRecord {
    /** The policy that did not apply. */
    readonly policyName: string;
    /** The resource concerned; absent for stack policies. */
    readonly urn?: string;
    /** The reason the policy gave. */
    readonly reason?: string;
}

/** What `evaluatePolicies` found. */
export interface EvaluationResult {
    /** Violations and notes, as the engine would receive them. */
    readonly diagnostics: Diagnostic[];
    /** Remediations applied (or attempted) before the checks. */
    readonly remediations: RemediationRecord[];
    /** Policies that did not apply, and why. */
    readonly notApplicable: NotApplicableRecord[];
    /** Each resource's inputs after remediation, by URN (the given props themselves when unchanged; do not mutate). */
    readonly remediatedProps: Map<string, Record<string, unknown>>;
}

/** Thrown when a policy (not wrapped by this library) throws: the engine fails the preview too. */
export class PolicyEvaluationError extends Error {
    constructor(policyName: string, urn: string, cause: unknown) {
        // The cause's name only: its message may quote the props it choked on.
        super(`Policy "${policyName}" failed on ${urn} (${cause instanceof Error ? cause.name : typeof cause}); it is not a pulumi-guardrails rule, so the failure stops the check`);
        this.name = "PolicyEvaluationError";
    }
}



/** Deep copy of plain data; class instances (assets, archives) are shared, proxies unwrapped. */
export function cloneProps<T>(value: T): T {
    let v: unknown = value;
    if (v !== null && typeof v === "object" && (v as Record<string, unknown>)[IS_PROXY] === true) {
        v = (v as Record<string, unknown>)[PROXY_TARGET];
    }
    if (Array.isArray(v)) return v.map(cloneProps) as T;
    if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
        const out: Record<string, unknown> = {};
        for (const [k, item] of Object.entries(v)) out[k] = cloneProps(item);
        return out as T;
    }
    return v as T;
}

/** Every option a policy sees, defaults filled in (once per resource; Object.assign, not a spread, on this path). */
function fullOptions(opts: Partial<PolicyResourceOptions> | undefined): PolicyResourceOptions {
    const defaults: PolicyResourceOptions = {
        protect: false,
        ignoreChanges: [],
        aliases: [],
        customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
        additionalSecretOutputs: [],
    };
    return Object.assign(defaults, opts);
}

/**
 * How each policy gets a resource's props. The server hands every policy its own copy in a fresh
 * unknown-checking proxy; a bag without unknowns or secret marks is instead copied once, frozen,
 * and shared — the same values, and no rule can change what the next one sees. (Never freeze and
 * proxy: the proxy stops checking nested values of frozen objects.)
 */
function propsSource(props: Record<string, unknown>, shareable: boolean): () => Record<string, unknown> {
    const shared = shareable ? frozenCopy(props) : UNSHAREABLE;
    if (shared !== UNSHAREABLE) return () => shared as Record<string, unknown>;
    return () => unknownCheckingProxy(cloneProps(props));
}

function isResourcePolicy(p: Policies[number]): p is ResourceValidationPolicy {
    return typeof (p as ResourceValidationPolicy).validateResource === "function" ||
        Array.isArray((p as ResourceValidationPolicy).validateResource) ||
        typeof (p as ResourceValidationPolicy).remediateResource === "function";
}

function isStackPolicy(p: Policies[number]): p is StackValidationPolicy {
    return typeof (p as StackValidationPolicy).validateStack === "function";
}

/** False when the policy function declares its types and `type` is not one of them. */
function mayApply(fn: unknown, type: string): boolean {
    const single = pulumiTypeOf(fn);
    if (single !== undefined) return single === type;
    const types = (fn as Record<string, unknown> | undefined)?.[TYPES_KEY];
    return !(types instanceof Set) || types.has(type);
}

function pulumiTypeOf(fn: unknown): string | undefined {
    const t = (fn as { __pulumiType?: unknown } | undefined)?.__pulumiType;
    return typeof t === "string" && t.length > 0 ? t : undefined;
}

/** The marks of secret and unreadable paths, as the rules' watch takes them. */
function marks(secretPaths: readonly PathSegments[] | undefined, unreadablePaths: readonly PathSegments[] | undefined): SecretMarks | undefined {
    return secretPaths?.length || unreadablePaths?.length ? { secret: secretPaths ?? [], unreadable: unreadablePaths ?? [] } : undefined;
}

function providerMarks(resource: ResourceUnderTest): SecretMarks | undefined {
    return resource.provider ? marks(resource.provider.secretPaths, resource.provider.unreadablePaths) : undefined;
}

/** The look-up a resource's policies get: its own marks and its provider's. */
function resourceMarks(resource: ResourceUnderTest): SecretMarksLookup {
    const own = marks(resource.secretPaths, resource.unreadablePaths);
    const provider = providerMarks(resource);
    return (urn) => (urn === resource.urn ? own : urn === resource.provider?.urn ? provider : undefined);
}

/**
 * Paths whose values differ between two property bags; a change at, inside or holding a secret
 * shows `[secret]` before and after.
 */
function diffProps(before: unknown, after: unknown, secrets: MarkTree | undefined, path: Array<string | number> = []): PropertyChange[] {
    if (before === after) return [];
    const bothObjects = before !== null && after !== null && typeof before === "object" && typeof after === "object";
    if (bothObjects && Array.isArray(before) === Array.isArray(after)) {
        const keys = new Set([...Object.keys(before as object), ...Object.keys(after as object)]);
        return [...keys].flatMap((k) =>
            diffProps((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], secrets, [...path, Array.isArray(before) ? Number(k) : k]),
        );
    }
    const secret = secrets?.touches(path) ?? false;
    return [{ path: propertyPath(...path), before: secret ? SECRET_PLACEHOLDER : before, after: secret ? SECRET_PLACEHOLDER : after }];
}

/** A resource policy as it runs for one resource type: its level and the validations that may apply. */
interface PlannedPolicy {
    readonly policy: ResourceValidationPolicy;
    readonly level: Level;
    /** Empty when the policy has no validateResource (recorded as not applicable). */
    readonly validations: readonly ResourceValidationFn[];
}

type ResourceValidationFn = Extract<NonNullable<ResourceValidationPolicy["validateResource"]>, (...args: never[]) => unknown>;

/** The policies that run on resources of one type, built once per type and configuration. */
interface TypePlan {
    readonly remediations: readonly ResourceValidationPolicy[];
    readonly validations: readonly PlannedPolicy[];
}

/** Evaluates policies against resources the way the engine's preview would. */
export async function evaluatePolicies(
    policies: Policies,
    resources: readonly ResourceUnderTest[],
    options: EvaluationOptions,
): Promise<EvaluationResult> {
    const { packName, packVersion } = options;
    const config = options.config ?? {};
    const stackTags = options.stackTags ?? new Map<string, string>();
    const result: EvaluationResult = { diagnostics: [], remediations: [], notApplicable: [], remediatedProps: new Map() };
    const emit = options.onDiagnostic ?? ((d: Diagnostic) => void result.diagnostics.push(d));
    const levels = new Map(policies.map((p) => [p, config[p.name]?.enforcementLevel || p.enforcementLevel || "advisory"] as const));
    const levelOf = (p: Policies[number]): Level => levels.get(p) ?? "advisory";
    // The policy's settings without its level, computed once: the server's getConfig does the same per call.
    // One getter per policy, made on first use: each call still hands out a fresh copy.
    const configGetters = new Map<string, <T extends object>() => T>();
    const getConfigFor = (name: string) => {
        let getter = configGetters.get(name);
        if (!getter) {
            const { enforcementLevel: _level, ...found } = config[name] ?? {};
            getter = <T extends object>(): T => Object.assign({}, found) as T;
            configGetters.set(name, getter);
        }
        return getter;
    };
    const packLabel = `'${packName}@v${packVersion}'`;

    const plans = new Map<string, TypePlan>();
    const planFor = (type: string): TypePlan => {
        let plan = plans.get(type);
        if (plan) return plan;
        const remediations: ResourceValidationPolicy[] = [];
        const validations: PlannedPolicy[] = [];
        for (const p of policies) {
            const level = levelOf(p);
            if (level === "disabled" || !isResourcePolicy(p)) continue;
            if (level === "remediate" && p.remediateResource && mayApply(p.remediateResource, type)) remediations.push(p);
            if (!p.validateResource) {
                validations.push({ policy: p, level, validations: [] });
                continue;
            }
            const fns = (Array.isArray(p.validateResource) ? p.validateResource : [p.validateResource]) as ResourceValidationFn[];
            // Skipped like the server's __pulumiType fast path (which records nothing offline either).
            if (fns.length === 1 && !mayApply(fns[0], type)) continue;
            validations.push({ policy: p, level: level === "remediate" ? "mandatory" : level, validations: fns });
        }
        plans.set(type, (plan = { remediations, validations }));
        return plan;
    };

    /** A diagnostic with the pack's fields filled in (explicit fields: no spread on this path). */
    const diagnostic = (p: Policies[number], fields: { policyName: string; message: string; enforcementLevel: Level; urn: string; kind: DiagnosticKind }, extra?: Partial<Diagnostic>): Diagnostic => {
        const d: Diagnostic = {
            policyName: fields.policyName,
            policyPackName: packName,
            policyPackVersion: packVersion,
            description: p.description,
            severity: p.severity,
            message: fields.message,
            enforcementLevel: fields.enforcementLevel,
            urn: fields.urn,
            kind: fields.kind,
        };
        return extra ? Object.assign(d, extra) : d;
    };

    // Secret values never reach this point: rules' reports are withheld where they read one (policy.ts).
    const reporterFor = (p: Policies[number], level: Level, resource: ResourceUnderTest | undefined) => {
        const report = (message: unknown, urn?: string) => {
            if (message !== null && typeof message === "object") {
                // The object form (notes and rule-error diagnostics): see makeReportViolationFun.
                const info = message as { message?: string; enforcementLevel?: Level; urn?: string; kind?: NoteKind };
                emit(
                    diagnostic(p, { policyName: p.name, message: info.message ?? p.description, enforcementLevel: info.enforcementLevel ?? level, urn: info.urn ?? resource?.urn ?? "", kind: info.kind ?? "rule-error" }),
                );
                return;
            }
            const text = typeof message === "string" && message !== "" ? `${p.description}\n${message}` : p.description;
            emit(diagnostic(p, { policyName: p.name, message: text, enforcementLevel: level, urn: urn ?? resource?.urn ?? "", kind: "violation" }));
        };
        const sink = (v: StructuredViolation) => {
            const extra: Partial<Diagnostic> = { propertyPath: v.propertyPath, fix: v.fix, detail: v.message, exemption: v.exemption };
            if (v.messageId !== undefined) Object.assign(extra, { messageId: v.messageId, data: v.data });
            emit(
                diagnostic(
                    p,
                    {
                        policyName: p.name,
                        message: `${p.description}\n${v.text}`,
                        // An exempted violation is reported, not enforced (see PolicyHooks.exemptionFor).
                        enforcementLevel: v.exemption ? "advisory" : level,
                        urn: v.urn ?? resource?.urn ?? "",
                        kind: v.exemption ? "exempted" : "violation",
                    },
                    extra,
                ),
            );
        };
        return Object.assign(report, { [STRUCTURED_SINK]: sink });
    };

    const unknownDiagnostic = (p: Policies[number], urn: string, e: UnknownValueErrorInstance) =>
        emit(
            diagnostic(p, {
                policyName: p.name,
                message: `can't run policy '${p.name}' from policy pack ${packLabel} during preview: ${e.message}`,
                enforcementLevel: "advisory",
                urn,
                kind: "unknown-during-preview",
            }),
        );

    // Resources usually share their provider's props object: copy (and freeze) it once for all of them.
    const providerSources = new WeakMap<object, () => Record<string, unknown>>();
    const providerPropsOf = (provider: NonNullable<ResourceUnderTest["provider"]>) => {
        let source = providerSources.get(provider.props);
        if (!source) providerSources.set(provider.props, (source = propsSource(provider.props, marks(provider.secretPaths, provider.unreadablePaths) === undefined)));
        return source;
    };
    /** What every policy's args share for one resource: built once, not once per policy. */
    const resourceArgs = (resource: ResourceUnderTest) => {
        const provider = resource.provider;
        const providerProps = provider ? providerPropsOf(provider) : undefined;
        // Policies that share one frozen props object share its asType too.
        let asTypeProps: Record<string, unknown> | undefined;
        let asType: ResourceValidationArgs["asType"] | undefined;
        const asTypeFor = (props: Record<string, unknown>): ResourceValidationArgs["asType"] => {
            if (asType === undefined || props !== asTypeProps) {
                asTypeProps = props;
                asType = ((resourceClass: unknown) => (pulumiTypeOf(resourceClass) === resource.type ? props : undefined)) as ResourceValidationArgs["asType"];
            }
            return asType;
        };
        return {
            opts: Object.freeze(fullOptions(resource.opts)),
            provider: provider && providerProps ? () => ({ type: provider.type, urn: provider.urn, name: provider.name, props: providerProps() }) : () => undefined,
            isType: (resourceClass: unknown) => pulumiTypeOf(resourceClass) === resource.type,
            asTypeFor,
            marks: resourceMarks(resource),
        };
    };
    const argsFor = (resource: ResourceUnderTest, shared: ReturnType<typeof resourceArgs>, props: Record<string, unknown>, policyName: string): ResourceValidationArgs => {
        const args: ResourceValidationArgs = {
            type: resource.type,
            props,
            urn: resource.urn,
            name: resource.name,
            opts: shared.opts,
            provider: shared.provider(),
            stackTags,
            isType: shared.isType as ResourceValidationArgs["isType"],
            asType: shared.asTypeFor(props),
            getConfig: getConfigFor(policyName),
            notApplicable: throwNotApplicable,
        };
        return Object.assign(args, { [SECRET_MARKS]: shared.marks });
    };

    const PROGRESS_EVERY = 1000;
    for (const [index, resource] of resources.entries()) {
        if (options.onProgress && index % PROGRESS_EVERY === 0) options.onProgress(index, resources.length);
        // Not copied here: every remediation below works on its own copy, validations on a shared frozen one.
        let inputs = resource.props;
        const plan = planFor(resource.type);
        const shared = resourceArgs(resource);
        const marksOfResource = shared.marks;

        if (options.remediate !== false) {
            for (const p of plan.remediations) {
                const remediate = p.remediateResource;
                if (!remediate) continue;
                const raw = cloneProps(inputs);
                const props = unknownCheckingProxy(raw);
                let readSecrets = false;
                try {
                    const args = Object.assign(argsFor(resource, shared, props, p.name), { [REMEDIATION_READ_SECRETS]: (saw: boolean) => void (readSecrets = saw) });
                    const returned = await Promise.resolve(remediate(args));
                    if (returned) {
                        const after = returned === props ? raw : cloneProps(returned as Record<string, unknown>);
                        const secretTree = MarkTree.of(marksOfResource(resource.urn));
                        // A remediation that read a secret may have copied it anywhere: no change shows its values.
                        const changes = diffProps(inputs, after, secretTree).map((c) =>
                            readSecrets ? { path: c.path, before: SECRET_PLACEHOLDER, after: SECRET_PLACEHOLDER } : c,
                        );
                        result.remediations.push({ policyName: p.name, urn: resource.urn, changes });
                        inputs = after;
                    }
                } catch (e) {
                    if (isUnknownValueError(e)) {
                        result.remediations.push({
                            policyName: p.name,
                            urn: resource.urn,
                            changes: [],
                            diagnostic: `can't run remediation '${p.name}' from policy pack ${packLabel} during preview: ${e.message}`,
                        });
                    } else if (e instanceof NotApplicableError) {
                        result.notApplicable.push({ policyName: p.name, urn: resource.urn, reason: e.reason });
                    } else {
                        throw new PolicyEvaluationError(p.name, resource.urn, e);
                    }
                }
            }
        }
        result.remediatedProps.set(resource.urn, inputs);

        const propsForPolicy = propsSource(inputs, marks(resource.secretPaths, resource.unreadablePaths) === undefined);
        for (const { policy: p, level, validations } of plan.validations) {
            if (validations.length === 0) {
                result.notApplicable.push({ policyName: p.name, urn: resource.urn, reason: "Policy does not implement validateResource" });
                continue;
            }
            const report = reporterFor(p, level, resource);
            for (const validation of validations) {
                try {
                    // Awaited only when the policy answers with a promise: most answer synchronously.
                    const outcome: unknown = validation(argsFor(resource, shared, propsForPolicy(), p.name), report);
                    if (outcome !== null && typeof outcome === "object" && typeof (outcome as PromiseLike<unknown>).then === "function") await outcome;
                } catch (e) {
                    if (isUnknownValueError(e)) unknownDiagnostic(p, resource.urn, e);
                    else if (e instanceof NotApplicableError) result.notApplicable.push({ policyName: p.name, urn: resource.urn, reason: e.reason });
                    else throw new PolicyEvaluationError(p.name, resource.urn, e);
                }
            }
        }
    }

    options.onProgress?.(resources.length, resources.length);
    const stackPolicies = policies.filter((p): p is StackValidationPolicy => isStackPolicy(p) && levelOf(p) !== "disabled");
    // Linked once; each stack policy still reads its own fresh copy of props (see linkStackResources).
    const linked = stackPolicies.length > 0 ? linkStackResources(resources, result.remediatedProps, providerPropsOf) : undefined;
    // Stack policies see outputs where there are any, so their marks are the outputs' marks.
    const stackMarks = new Map<string, SecretMarks>();
    for (const r of resources) {
        const m = r.outputs ? marks(r.outputSecretPaths, r.outputUnreadablePaths) : marks(r.secretPaths, r.unreadablePaths);
        if (m) stackMarks.set(r.urn, m);
        const pm = providerMarks(r);
        if (pm && r.provider) stackMarks.set(r.provider.urn, pm);
    }
    const stackLookup: SecretMarksLookup = (urn) => stackMarks.get(urn);
    for (const p of stackPolicies) {
        const level = levelOf(p) === "remediate" ? "mandatory" : levelOf(p);
        const pulumiType = pulumiTypeOf(p.validateStack);
        if (pulumiType && !resources.some((r) => r.type === pulumiType)) {
            result.notApplicable.push({ policyName: p.name, reason: `Policy only applies to resources of type '${pulumiType}'` });
            continue;
        }
        const stackResources = linked?.forNextPolicy() ?? [];
        const report = reporterFor(p, level, undefined);
        try {
            const args = { resources: stackResources, stackTags, getConfig: getConfigFor(p.name), notApplicable: throwNotApplicable, [SECRET_MARKS]: stackLookup };
            await Promise.resolve(p.validateStack(args, report));
        } catch (e) {
            if (isUnknownValueError(e)) unknownDiagnostic(p, "", e);
            else if (e instanceof NotApplicableError) result.notApplicable.push({ policyName: p.name, reason: e.reason });
            else throw new PolicyEvaluationError(p.name, "the stack", e);
        }
    }
    return result;
}

/**
 * Stack resources as AnalyzeStack builds them: parent and dependency links, and props in a
 * fresh unknown-checking proxy per policy. Links are built once for all stack policies; the copy
 * of props is made on a policy's first read of them (most stack rules look at a few types only),
 * and `forNextPolicy()` makes the next policy read new copies.
 */
function linkStackResources(
    resources: readonly ResourceUnderTest[],
    propsByUrn: ReadonlyMap<string, Record<string, unknown>>,
    providerPropsOf: (provider: NonNullable<ResourceUnderTest["provider"]>) => () => Record<string, unknown>,
): { forNextPolicy(): PolicyResource[] } {
    let generation = 0;
    const built = resources.map((r) => {
        let props: Record<string, unknown> | undefined;
        let propsGeneration = -1;
        let source: (() => Record<string, unknown>) | undefined;
        const provider = r.provider;
        const resource = {
            type: r.type,
            urn: r.urn,
            name: r.name,
            opts: Object.freeze(fullOptions(r.opts)),
            provider: provider ? { type: provider.type, urn: provider.urn, name: provider.name, props: providerPropsOf(provider)() } : undefined,
            dependencies: [] as PolicyResource[],
            propertyDependencies: {} as Record<string, PolicyResource[]>,
            isType: (resourceClass: unknown) => pulumiTypeOf(resourceClass) === r.type,
            asType: () => undefined,
        } as unknown as PolicyResource;
        Object.defineProperty(resource, "props", {
            enumerable: true,
            get: () => {
                if (propsGeneration !== generation || !props) {
                    // A bag without unknowns or secret marks is copied once, frozen, for every policy.
                    const marked = r.outputs ? marks(r.outputSecretPaths, r.outputUnreadablePaths) : marks(r.secretPaths, r.unreadablePaths);
                    source ??= propsSource(r.outputs ?? propsByUrn.get(r.urn) ?? r.props, marked === undefined);
                    props = source();
                    propsGeneration = generation;
                }
                return props;
            },
        });
        return { source: r, resource };
    });
    const byUrn = new Map(built.map((b) => [b.resource.urn, b.resource]));
    const lookup = (urns: readonly string[] | undefined) =>
        (urns ?? []).map((u) => byUrn.get(u)).filter((x): x is PolicyResource => x !== undefined);
    for (const { source, resource } of built) {
        const parent = source.parent ? byUrn.get(source.parent) : undefined;
        if (parent) resource.parent = parent;
        resource.dependencies = lookup(source.dependencies);
        for (const [k, urns] of Object.entries(source.propertyDependencies ?? {})) resource.propertyDependencies[k] = lookup(urns);
    }
    const list = built.map((b) => b.resource);
    return {
        forNextPolicy() {
            generation++;
            return list;
        },
    };
}
