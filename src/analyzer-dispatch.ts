/**
 * What our analyzer server does with each request, with @pulumi/policy 1.21's semantics
 * (server.js makeAnalyzeRpcFun, makeAnalyzeStackRpcFun, makeRemediateRpcFun, configure) and
 * less work per call:
 * - a request's props are turned from protobuf into JavaScript once, not once per policy; each
 *   policy that runs still gets its own decoded copy in a fresh unknown-checking proxy;
 * - the policies that can apply to a resource type are planned once per configuration; a policy
 *   that declares its types (`TYPES_KEY`) and does not judge this one answers "not applicable"
 *   with a fixed reason, which is learnt on its first call and then given without calling it;
 * - secrets stay marked: the request's secret paths travel with the policy arguments under
 *   `SECRET_MARKS`, as in the in-process evaluator, so rules withhold what rests on them.
 */
import type * as AnalyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as StructPb from "google-protobuf/google/protobuf/struct_pb";
import type {
    Policies,
    PolicyResource,
    ReportViolation,
    ResourceValidation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationPolicy,
} from "@pulumi/policy";
import type { Level } from "./rule";
import { TYPES_KEY } from "./policy";
import { isUnknownValueError, unknownCheckingProxy } from "./sdk";
import { frozenCopy, UNSHAREABLE } from "./shared-props";
import { NotApplicableError, throwNotApplicable } from "./not-applicable";
import { marksOfEncoded, requestMarks, SECRET_MARKS } from "./request-secrets";
import type { SecretMarks, SecretMarksLookup } from "./secrets";
import { asGrpcError, decodeProperties, rawProperties, resourceOptionsOf, serializeProperties } from "./analyzer-wire";
import { isResourcePolicy, isStackPolicy, type DiagnosticRecord, type NotApplicableRecord, type RemediationRecord } from "./analyzer-responses";

type Policy = Policies[number];

/** Per-policy config as Configure delivers it: properties, and the level under `enforcementLevel`. */
export type ConfiguredPolicies = Readonly<Record<string, Readonly<Record<string, unknown>> & { readonly enforcementLevel?: Level }>>;

/** The served pack's identity, as diagnostics name it. */
export interface PackIdentity {
    readonly name: string;
    readonly version: string;
    /** The level of policies that state none. */
    readonly enforcementLevel: Level;
}

function pulumiTypeOf(value: unknown): string | undefined {
    const type = (value as { __pulumiType?: unknown } | null | undefined)?.__pulumiType;
    return typeof type === "string" && type.length > 0 ? type : undefined;
}

/** Whether `type` is the type of a resource class (by `__pulumiType`, else its `isInstance`). */
function isTypeOf(type: string, resourceClass: unknown): boolean {
    const pulumiType = pulumiTypeOf(resourceClass);
    if (pulumiType) return type === pulumiType;
    const isInstance = (resourceClass as { isInstance?: unknown } | null | undefined)?.isInstance;
    return typeof isInstance === "function" && isInstance({ __pulumiType: type }) === true;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
    return value !== null && (typeof value === "object" || typeof value === "function") && typeof (value as { then?: unknown }).then === "function";
}

/** A read-only view of a map (what `stackTags` is in the SDK). */
function frozenMap(map: Map<string, string>): ReadonlyMap<string, string> {
    return Object.freeze({
        entries: map.entries.bind(map),
        forEach: map.forEach.bind(map),
        get: map.get.bind(map),
        has: map.has.bind(map),
        keys: map.keys.bind(map),
        size: map.size,
        values: map.values.bind(map),
        [Symbol.iterator]: map[Symbol.iterator].bind(map),
    }) as ReadonlyMap<string, string>;
}

/** A step of a resource type's plan: a fixed "not applicable", or a policy to run. */
type PlanStep =
    | { readonly kind: "skip"; readonly record: NotApplicableRecord }
    | {
          readonly kind: "run";
          readonly policy: ResourceValidationPolicy;
          readonly level: Level;
          readonly validations: readonly ResourceValidation[];
          /** The policy declares its types and this is not one of them: its answer depends on the type only. */
          readonly typeBound: boolean;
          /** That answer, once learnt. */
          learnt?: NotApplicableRecord;
      };

/** Where a request's resource and provider come from on the wire. */
interface WireSubject {
    getType(): string;
    getUrn(): string;
    getName(): string;
    getProperties(): StructPb.Struct | undefined;
    getOptions(): AnalyzerPb.AnalyzerResourceOptions | undefined;
    getProvider(): AnalyzerPb.AnalyzerProviderResource | undefined;
}

/** A resource of a request, its props in JavaScript once; checked as the SDK's first policy run would. */
class DecodedResource {
    readonly raw: Record<string, unknown>;
    readonly provider?: { readonly type: string; readonly urn: string; readonly name: string; readonly raw: Record<string, unknown> };
    /** The marks of its props and its provider's, in the order the SDK path holds them. */
    readonly marks: Array<readonly [string, SecretMarks]>;
    private firstProps?: Record<string, unknown>;
    private firstProviderProps?: Record<string, unknown>;

    constructor(readonly wire: WireSubject) {
        // The order of the SDK's first policy run: props, options, provider; the first failure counts.
        this.raw = rawProperties(wire.getProperties());
        this.firstProps = decodeProperties(this.raw, false);
        resourceOptionsOf(wire);
        const provider = wire.getProvider();
        this.marks = [[wire.getUrn(), marksOfEncoded(this.raw)]];
        if (provider) {
            const raw = rawProperties(provider.getProperties());
            this.firstProviderProps = decodeProperties(raw, false);
            this.provider = { type: provider.getType(), urn: provider.getUrn(), name: provider.getName(), raw };
            this.marks.push([provider.getUrn(), marksOfEncoded(raw)]);
        }
    }

    /** Props every policy may share (see shared-props.ts), once known; UNSHAREABLE when they must not. */
    private shared?: unknown;
    private sharedProvider?: unknown;

    /** Fresh decoded props in an unknown-checking proxy (the copy made while checking, first), or the shared frozen copy. */
    props(): Record<string, unknown> {
        this.shared ??= this.firstProps && this.marks[0][1].secret.length === 0 ? frozenCopy(this.firstProps) : UNSHAREABLE;
        if (this.shared !== UNSHAREABLE) return this.shared as Record<string, unknown>;
        const props = this.firstProps ?? decodeProperties(this.raw, false);
        this.firstProps = undefined;
        return unknownCheckingProxy(props);
    }

    /** The provider as a policy sees it, with fresh props. */
    providerResource(): ResourceValidationArgs["provider"] {
        if (!this.provider) return undefined;
        this.sharedProvider ??= this.firstProviderProps && this.marks[1]?.[1].secret.length === 0 ? frozenCopy(this.firstProviderProps) : UNSHAREABLE;
        if (this.sharedProvider !== UNSHAREABLE) return { type: this.provider.type, props: this.sharedProvider as Record<string, unknown>, urn: this.provider.urn, name: this.provider.name };
        const props = this.firstProviderProps ?? decodeProperties(this.provider.raw, false);
        this.firstProviderProps = undefined;
        return { type: this.provider.type, props: unknownCheckingProxy(props), urn: this.provider.urn, name: this.provider.name };
    }
}

/** The analyzer's state (config, stack tags, plans) and its answer to each request. */
export class AnalyzerDispatch {
    private config: ConfiguredPolicies = {};
    private stackTags: ReadonlyMap<string, string> = frozenMap(new Map());
    private readonly plans = new Map<string, PlanStep[]>();
    private readonly packLabel: string;

    constructor(
        private readonly pack: PackIdentity,
        private readonly policies: Policies,
    ) {
        this.packLabel = `'${pack.name}@v${pack.version}'`;
    }

    /** Replaces the whole configuration (Configure), and with it every plan. */
    configure(config: ConfiguredPolicies): void {
        this.config = config;
        this.plans.clear();
    }

    /** Sets the stack's tags (ConfigureStack). */
    configureStack(tags: Map<string, string>): void {
        this.stackTags = frozenMap(tags);
    }

    private levelOf(policy: Policy): Level {
        return this.config[policy.name]?.enforcementLevel || policy.enforcementLevel || this.pack.enforcementLevel;
    }

    /** A policy's config properties, read when called (as the SDK's getConfig), without the level. */
    private getConfigFor(name: string): <T extends object>() => T {
        return <T extends object>() => {
            const entry = this.config[name];
            if (!entry) return {} as T;
            const { enforcementLevel: _level, ...properties } = entry;
            return properties as T;
        };
    }

    /** The policies for `type`, in pack order, each either skipped with its reason or to run. */
    private planFor(type: string): PlanStep[] {
        let plan = this.plans.get(type);
        if (plan) return plan;
        plan = [];
        for (const policy of this.policies) {
            const level = this.levelOf(policy);
            if (level === "disabled" || !isResourcePolicy(policy)) continue;
            const { validateResource } = policy as ResourceValidationPolicy;
            if (!validateResource) {
                plan.push({ kind: "skip", record: { policyName: policy.name, reason: "Policy does not implement validateResource" } });
                continue;
            }
            const single = Array.isArray(validateResource) ? undefined : validateResource;
            const pulumiType = pulumiTypeOf(single);
            if (pulumiType && type !== pulumiType) {
                plan.push({ kind: "skip", record: { policyName: policy.name, reason: `Policy only applies to resources of type '${pulumiType}'` } });
                continue;
            }
            const types = (single as { [TYPES_KEY]?: unknown } | undefined)?.[TYPES_KEY];
            plan.push({
                kind: "run",
                policy: policy as ResourceValidationPolicy,
                // A violation that survives remediation is reported as mandatory.
                level: level === "remediate" ? "mandatory" : level,
                validations: single ? [single] : (validateResource as ResourceValidation[]),
                typeBound: types instanceof Set && !types.has(type),
            });
        }
        this.plans.set(type, plan);
        return plan;
    }

    private reporter(policy: Policy, level: Level, diagnostics: DiagnosticRecord[]): ReportViolation {
        const { name: policyPackName, version: policyPackVersion } = this.pack;
        const { name: policyName, description, severity } = policy;
        return (message: unknown, urn?: string) => {
            if (typeof message === "object") {
                // The object form (see makeReportViolationFun): name, level, URN may be set per report.
                const info = message as { name?: string; message?: string; description?: string; urn?: string; enforcementLevel?: Level; severity?: string };
                diagnostics.push({
                    policyName: info.name || policyName,
                    policyPackName,
                    policyPackVersion,
                    message: info.message || info.description || description,
                    urn: info.urn,
                    description: info.description || description,
                    enforcementLevel: info.enforcementLevel || level,
                    severity: info.severity || severity,
                });
                return;
            }
            diagnostics.push({
                policyName,
                policyPackName,
                policyPackVersion,
                message: message ? `${description}\n${String(message)}` : description,
                urn,
                description,
                enforcementLevel: level,
                severity,
            });
        };
    }

    /** The advisory note for a policy that read an unknown value: the policy's own fields, then the note's. */
    private unknownNote(policy: Policy, validator: "validateResource" | "validateStack", message: string): DiagnosticRecord {
        const { [validator]: _validator, name, ...fields } = policy as unknown as Record<string, unknown>;
        const base = { policyName: name, policyPackName: this.pack.name, policyPackVersion: this.pack.version, message };
        return Object.assign(base, fields, { enforcementLevel: "advisory" }) as unknown as DiagnosticRecord;
    }

    /** Analyze: the resource policies on one resource. */
    async analyze(request: AnalyzerPb.AnalyzeRequest): Promise<{ diagnostics: DiagnosticRecord[]; notApplicable: NotApplicableRecord[] }> {
        const type = request.getType();
        const diagnostics: DiagnosticRecord[] = [];
        const notApplicable: NotApplicableRecord[] = [];
        let subject: DecodedResource | undefined;
        let marks: SecretMarksLookup | undefined;
        for (const step of this.planFor(type)) {
            if (step.kind === "skip") {
                notApplicable.push(step.record);
                continue;
            }
            // A learnt answer once the request is decoded: an entry per validation, as the SDK gives
            // (most of a combined pack's policies, on every call).
            if (step.learnt && subject) {
                for (let i = 0; i < step.validations.length; i++) notApplicable.push(step.learnt);
                continue;
            }
            const { policy } = step;
            const policyFrom = () => `policy '${policy.name}' from policy pack ${this.packLabel}`;
            const report = step.learnt ? undefined : this.reporter(policy, step.level, diagnostics);
            for (const validation of step.validations) {
                try {
                    // Decoded for the first policy the SDK would call, so a malformed request fails in its name.
                    subject ??= new DecodedResource(request);
                    if (step.learnt) {
                        notApplicable.push(step.learnt);
                        continue;
                    }
                    marks ??= requestMarks(subject.marks);
                    const args = this.resourceArgs(subject, policy.name, marks);
                    const outcome: unknown = validation(args, report as ReportViolation);
                    // Only a promise is waited for: a microtask per synchronous rule is most of a call's time.
                    if (isThenable(outcome)) await outcome;
                } catch (error) {
                    if (isUnknownValueError(error)) {
                        diagnostics.push(this.unknownNote(policy, "validateResource", `can't run ${policyFrom()} during preview: ${error.message}`));
                    } else if (error instanceof NotApplicableError) {
                        const record: NotApplicableRecord = { policyName: policy.name, reason: error.reason };
                        if (step.typeBound) step.learnt = record;
                        notApplicable.push(record);
                    } else {
                        throw asGrpcError(error, `Error validating resource with ${policyFrom()}`);
                    }
                }
            }
        }
        return { diagnostics, notApplicable };
    }

    private resourceArgs(subject: DecodedResource, policyName: string, marks: SecretMarksLookup): ResourceValidationArgs {
        const { wire } = subject;
        const type = wire.getType();
        const props = subject.props();
        const args = {
            type,
            props,
            urn: wire.getUrn(),
            name: wire.getName(),
            opts: resourceOptionsOf(wire),
            stackTags: this.stackTags,
            isType: (resourceClass: unknown) => isTypeOf(type, resourceClass),
            asType: (resourceClass: unknown) => (isTypeOf(type, resourceClass) ? props : undefined),
            getConfig: this.getConfigFor(policyName),
            notApplicable: throwNotApplicable,
            [SECRET_MARKS]: marks,
        } as unknown as ResourceValidationArgs;
        const provider = subject.providerResource();
        if (provider) args.provider = provider;
        return args;
    }

    /** AnalyzeStack: the stack policies on every resource of the stack. */
    async analyzeStack(request: AnalyzerPb.AnalyzeStackRequest): Promise<{ diagnostics: DiagnosticRecord[]; notApplicable: NotApplicableRecord[] }> {
        const wires = request.getResourcesList();
        const diagnostics: DiagnosticRecord[] = [];
        const notApplicable: NotApplicableRecord[] = [];
        let decoded: DecodedResource[] | undefined;
        let marks: SecretMarksLookup | undefined;
        let types: Set<string> | undefined;
        for (const policy of this.policies) {
            let level = this.levelOf(policy);
            if (level === "disabled" || !isStackPolicy(policy)) continue;
            // Stack policies cannot remediate.
            if (level === "remediate") level = "mandatory";
            const { validateStack } = policy as StackValidationPolicy;
            const pulumiType = pulumiTypeOf(validateStack);
            if (pulumiType) {
                types ??= new Set(wires.map((r) => r.getType()));
                if (!types.has(pulumiType)) {
                    notApplicable.push({ policyName: policy.name, reason: `Policy only applies to resources of type '${pulumiType}'` });
                    continue;
                }
            }
            const report = this.reporter(policy, level, diagnostics);
            const policyFrom = `policy '${policy.name}' from policy pack ${this.packLabel}`;
            try {
                decoded ??= wires.map((wire) => new DecodedResource(wire));
                marks ??= requestMarks(decoded.flatMap((d) => d.marks));
                const args = {
                    resources: linkedResources(decoded, wires),
                    getConfig: this.getConfigFor(policy.name),
                    stackTags: this.stackTags,
                    notApplicable: throwNotApplicable,
                    [SECRET_MARKS]: marks,
                };
                await validateStack(args, report);
            } catch (error) {
                if (isUnknownValueError(error)) {
                    diagnostics.push(this.unknownNote(policy, "validateStack", `can't run ${policyFrom} during preview: ${error.message}`));
                } else if (error instanceof NotApplicableError) {
                    notApplicable.push({ policyName: policy.name, reason: error.reason });
                } else {
                    throw asGrpcError(error, `Error validating resource with ${policyFrom}`);
                }
            }
        }
        return { diagnostics, notApplicable };
    }

    /**
     * Remediate: the remediations of policies at level `remediate`, in pack order, each on the
     * props the previous one left; secrets stay secret in what goes back.
     */
    async remediate(request: AnalyzerPb.AnalyzeRequest): Promise<{ remediations: RemediationRecord[]; notApplicable: NotApplicableRecord[] }> {
        const urn = request.getUrn();
        const name = request.getName();
        const type = request.getType();
        // The SDK leaves a request without options or with malformed props unanswered; we answer with the error.
        const opts = resourceOptionsOf(request);
        const raw = rawProperties(request.getProperties());
        let props: Record<string, unknown> = unknownCheckingProxy(decodeProperties(raw, true));
        let marks: SecretMarksLookup | undefined;
        const remediations: RemediationRecord[] = [];
        const notApplicable: NotApplicableRecord[] = [];
        for (const policy of this.policies) {
            if (this.levelOf(policy) !== "remediate" || !isResourcePolicy(policy)) continue;
            const { remediateResource } = policy as ResourceValidationPolicy;
            if (!remediateResource) {
                notApplicable.push({ policyName: policy.name, reason: "Policy does not implement remediateResource" });
                continue;
            }
            const pulumiType = pulumiTypeOf(remediateResource);
            if (pulumiType && type !== pulumiType) {
                notApplicable.push({ policyName: policy.name, reason: `Policy only applies to resources of type '${pulumiType}'` });
                continue;
            }
            const provider = request.getProvider();
            if (!marks) {
                const entries: Array<readonly [string, SecretMarks]> = [[urn, marksOfEncoded(raw)]];
                if (provider) entries.push([provider.getUrn(), marksOfEncoded(rawProperties(provider.getProperties()))]);
                marks = requestMarks(entries);
            }
            const args = {
                urn,
                name,
                type,
                opts,
                props,
                stackTags: this.stackTags,
                getConfig: this.getConfigFor(policy.name),
                isType: (resourceClass: unknown) => isTypeOf(type, resourceClass),
                // The props current when asked: an earlier remediation may have replaced them.
                asType: (resourceClass: unknown) => (isTypeOf(type, resourceClass) ? props : undefined),
                notApplicable: throwNotApplicable,
                [SECRET_MARKS]: marks,
            } as unknown as ResourceValidationArgs;
            if (provider) {
                const providerProps = decodeProperties(rawProperties(provider.getProperties()), false);
                args.provider = { type: provider.getType(), props: unknownCheckingProxy(providerProps), urn: provider.getUrn(), name: provider.getName() };
            }
            let result: unknown;
            let diagnostic: string | undefined;
            const policyFrom = `remediation '${policy.name}' from policy pack ${this.packLabel}`;
            try {
                result = await remediateResource(args);
                if (result) props = result as Record<string, unknown>;
            } catch (error) {
                if (isUnknownValueError(error)) diagnostic = `can't run ${policyFrom} during preview: ${error.message}`;
                else if (error instanceof NotApplicableError) notApplicable.push({ policyName: policy.name, reason: error.reason });
                else throw asGrpcError(error, `Error remediating resource with ${policyFrom}`);
            }
            if (result || diagnostic) {
                remediations.push({
                    policyName: policy.name,
                    policyPackName: this.pack.name,
                    policyPackVersion: this.pack.version,
                    description: policy.description,
                    properties: result ? ((await serializeProperties(result)) as Record<string, unknown>) : undefined,
                    diagnostic,
                });
            }
        }
        return { remediations, notApplicable };
    }
}

/**
 * The stack's resources as one stack policy sees them: fresh objects linked to their parent and
 * dependencies; each resource's props are decoded on the policy's first read of them (most stack
 * policies look at a few types only).
 */
function linkedResources(decoded: readonly DecodedResource[], wires: readonly AnalyzerPb.AnalyzerResource[]): PolicyResource[] {
    const resources = decoded.map((d) => {
        const { wire } = d;
        const type = wire.getType();
        const resource = {
            type,
            get props(): Record<string, unknown> {
                const props = d.props();
                // From now on a plain field, as in the SDK.
                Object.defineProperty(this, "props", { value: props, writable: true, enumerable: true, configurable: true });
                return props;
            },
            urn: wire.getUrn(),
            name: wire.getName(),
            opts: resourceOptionsOf(wire),
            dependencies: [] as PolicyResource[],
            propertyDependencies: {} as Record<string, PolicyResource[]>,
            isType: (resourceClass: unknown) => isTypeOf(type, resourceClass),
            asType: (resourceClass: unknown) => (isTypeOf(type, resourceClass) ? resource.props : undefined),
        } as unknown as PolicyResource;
        const provider = d.providerResource();
        if (provider) resource.provider = provider;
        return resource;
    });
    const byUrn = new Map<string, PolicyResource>();
    for (const resource of resources) byUrn.set(resource.urn, resource);
    const lookUp = (urns: readonly string[]) => urns.map((urn) => byUrn.get(urn)).filter((r): r is PolicyResource => r !== undefined);
    wires.forEach((wire, i) => {
        const resource = resources[i];
        const parentUrn = wire.getParent();
        if (parentUrn) {
            const parent = byUrn.get(parentUrn);
            if (parent) resource.parent = parent;
        }
        resource.dependencies = lookUp(wire.getDependenciesList());
        for (const [key, deps] of wire.getPropertydependenciesMap().entries()) resource.propertyDependencies[key] = lookUp(deps.getUrnsList());
    });
    return resources;
}
