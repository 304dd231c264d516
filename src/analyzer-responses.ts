/**
 * Answers of our analyzer server as protocol messages: AnalyzerInfo, AnalyzeResponse and
 * RemediateResponse, field by field as @pulumi/policy 1.21 fills them (protoutil.js
 * makeAnalyzerInfo, makeAnalyzeResponse, makeRemediateResponse).
 */
import type * as AnalyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { Policies, PolicyPackArgs, PolicyPackConfig } from "@pulumi/policy";
import type { Level } from "./rule";
import { analyzerProtocol, levelCode, severityCode } from "./analyzer-wire";

/** A diagnostic as a policy reported it, before encoding. */
export interface DiagnosticRecord {
    readonly policyName: string;
    readonly policyPackName: string;
    readonly policyPackVersion: string;
    readonly description: string;
    readonly message: string;
    readonly enforcementLevel: Level;
    /** Left out where the SDK leaves it out: the engine then reads the diagnostic as the analyzed resource's. */
    readonly urn?: string;
    readonly severity?: string;
}

/** A policy that did not apply, and its reason when it gave one. */
export interface NotApplicableRecord {
    readonly policyName: string;
    readonly reason?: string;
}

/** One remediation's outcome: new props (engine encoding) or why it could not run. */
export interface RemediationRecord {
    readonly policyName: string;
    readonly policyPackName: string;
    readonly policyPackVersion: string;
    readonly description: string;
    readonly properties?: Record<string, unknown>;
    readonly diagnostic?: string;
}

/** The pack's identity and arguments, as `PolicyPack` receives them. */
export interface ServedPack {
    readonly name: string;
    readonly version: string;
    readonly enforcementLevel: Level;
    readonly args: PolicyPackArgs;
    readonly initialConfig?: PolicyPackConfig;
}

type Policy = Policies[number];

/** True for a policy that judges one resource at a time (the SDK's isResourcePolicy). */
export function isResourcePolicy(policy: Policy): boolean {
    const validation = (policy as { validateResource?: unknown }).validateResource;
    if (typeof validation === "function") return true;
    if (Array.isArray(validation)) return validation.every((v) => typeof v === "function");
    return typeof (policy as { remediateResource?: unknown }).remediateResource === "function";
}

/** True for a policy that judges the whole stack (the SDK's isStackPolicy). */
export function isStackPolicy(policy: Policy): boolean {
    return typeof (policy as { validateStack?: unknown }).validateStack === "function";
}

/** GetAnalyzerInfo's answer. */
export function analyzerInfo(pack: ServedPack): AnalyzerPb.AnalyzerInfo {
    const { analyzerPb, structPb } = analyzerProtocol();
    const { args } = pack;
    const info = new analyzerPb.AnalyzerInfo();
    info.setName(pack.name);
    info.setVersion(pack.version);
    info.setSupportsconfig(true);
    if (args.displayName) info.setDisplayname(args.displayName);
    if (args.description) info.setDescription(args.description);
    if (args.readme) info.setReadme(args.readme);
    if (args.provider) info.setProvider(args.provider);
    if (args.tags) info.setTagsList(args.tags);
    if (args.repository) info.setRepository(args.repository);
    info.setPoliciesList(
        (args.policies ?? []).map((policy) => {
            const p = new analyzerPb.PolicyInfo();
            if (isResourcePolicy(policy)) p.setPolicyType(analyzerPb.PolicyType.POLICY_TYPE_RESOURCE);
            else if (isStackPolicy(policy)) p.setPolicyType(analyzerPb.PolicyType.POLICY_TYPE_STACK);
            p.setName(policy.name);
            p.setDescription(policy.description);
            p.setEnforcementlevel(levelCode(policy.enforcementLevel || pack.enforcementLevel));
            if (policy.configSchema) {
                const schema = new analyzerPb.PolicyConfigSchema();
                schema.setProperties(structPb.Struct.fromJavaScript(policy.configSchema.properties as never));
                if (policy.configSchema.required) schema.setRequiredList(policy.configSchema.required);
                p.setConfigschema(schema);
            }
            if (policy.displayName) p.setDisplayname(policy.displayName);
            if (policy.severity) p.setSeverity(severityCode(policy.severity));
            if (policy.framework) {
                const framework = new analyzerPb.PolicyComplianceFramework();
                if (policy.framework.name) framework.setName(policy.framework.name);
                if (policy.framework.version) framework.setVersion(policy.framework.version);
                if (policy.framework.reference) framework.setReference(policy.framework.reference);
                if (policy.framework.specification) framework.setSpecification(policy.framework.specification);
                p.setFramework(framework);
            }
            if (policy.tags) p.setTagsList(policy.tags);
            if (policy.remediationSteps) p.setRemediationSteps(policy.remediationSteps);
            if (policy.url) p.setUrl(policy.url);
            return p;
        }),
    );
    if (pack.initialConfig) setInitialConfig(info, pack.initialConfig);
    return info;
}

function setInitialConfig(info: AnalyzerPb.AnalyzerInfo, initialConfig: PolicyPackConfig): void {
    const { analyzerPb, structPb } = analyzerProtocol();
    for (const [name, given] of Object.entries(initialConfig)) {
        // A bare string is a level; an object may carry a level beside its properties.
        const entry = typeof given === "string" ? { enforcementLevel: given } : given;
        const { enforcementLevel, ...properties } = entry;
        const hasProperties = typeof given !== "string" && Object.keys(properties).length > 0;
        if (!enforcementLevel && !hasProperties) continue;
        const config = new analyzerPb.PolicyConfig();
        if (enforcementLevel) config.setEnforcementlevel(levelCode(enforcementLevel));
        if (hasProperties) config.setProperties(structPb.Struct.fromJavaScript(properties));
        info.getInitialconfigMap().set(name, config);
    }
}

// One message per not-applicable record: a per-type plan hands out the same records on every call.
const notApplicableMessages = new WeakMap<NotApplicableRecord, AnalyzerPb.PolicyNotApplicable>();

function notApplicableMessage(record: NotApplicableRecord): AnalyzerPb.PolicyNotApplicable {
    let message = notApplicableMessages.get(record);
    if (!message) {
        message = new (analyzerProtocol().analyzerPb.PolicyNotApplicable)();
        message.setPolicyName(record.policyName);
        if (record.reason) message.setReason(record.reason);
        notApplicableMessages.set(record, message);
    }
    return message;
}

/** Sets a diagnostic's fields that are the same in every report of a policy at a level. */
function setFixedFields(diagnostic: AnalyzerPb.AnalyzeDiagnostic, d: DiagnosticRecord): void {
    diagnostic.setPolicyname(d.policyName);
    diagnostic.setPolicypackname(d.policyPackName);
    diagnostic.setPolicypackversion(d.policyPackVersion);
    diagnostic.setDescription(d.description);
    diagnostic.setEnforcementlevel(levelCode(d.enforcementLevel));
    if (d.severity) diagnostic.setSeverity(severityCode(d.severity));
}

/** Sets a diagnostic's message and URN, which vary from report to report. */
function setVariableFields(diagnostic: AnalyzerPb.AnalyzeDiagnostic, d: DiagnosticRecord): void {
    diagnostic.setMessage(d.message);
    if (d.urn) diagnostic.setUrn(d.urn);
}

/**
 * Analyze's and AnalyzeStack's answer as the stubs' message: what `encodedAnalyzeResponse`, which
 * the server sends, must decode to.
 */
export function analyzeResponse(diagnostics: readonly DiagnosticRecord[], notApplicable: readonly NotApplicableRecord[]): AnalyzerPb.AnalyzeResponse {
    const { analyzerPb } = analyzerProtocol();
    const response = new analyzerPb.AnalyzeResponse();
    response.setDiagnosticsList(
        diagnostics.map((d) => {
            const diagnostic = new analyzerPb.AnalyzeDiagnostic();
            setFixedFields(diagnostic, d);
            setVariableFields(diagnostic, d);
            return diagnostic;
        }),
    );
    if (notApplicable.length > 0) response.setNotApplicableList(notApplicable.map(notApplicableMessage));
    return response;
}

// Each not-applicable entry's wire bytes, as the field of an AnalyzeResponse that carries it.
const notApplicableBytes = new WeakMap<NotApplicableRecord, Buffer>();

function encodedNotApplicable(record: NotApplicableRecord): Buffer {
    let bytes = notApplicableBytes.get(record);
    if (!bytes) {
        const alone = new (analyzerProtocol().analyzerPb.AnalyzeResponse)();
        alone.setNotApplicableList([notApplicableMessage(record)]);
        bytes = Buffer.from(alone.serializeBinary());
        notApplicableBytes.set(record, bytes);
    }
    return bytes;
}

/**
 * The bytes of `analyzeResponse`'s message, with less work per call: each not-applicable entry is
 * encoded once (a combined pack answers hundreds per call), and so is the part of a diagnostic
 * that is the same in every report of a policy (see `encodedDiagnostics`). It decodes to the same
 * message; the not-applicable list is the last field, as protobuf writes it.
 */
export function encodedAnalyzeResponse(diagnostics: readonly DiagnosticRecord[], notApplicable: readonly NotApplicableRecord[], listKey?: string): Buffer {
    const head = encodedDiagnostics(diagnostics);
    const list = listKey === undefined ? notApplicable.map(encodedNotApplicable) : [encodedNotApplicableList(listKey, notApplicable)];
    // A clean resource's answer is its type's list alone: the cached bytes, not a copy of them.
    if (head.length === 0 && list.length === 1) return list[0];
    return Buffer.concat([head, ...list]);
}

// Protobuf keys (field number << 3 | 2, length-delimited) of analyzer.proto: AnalyzeResponse's
// `diagnostics` (2), and AnalyzeDiagnostic's `message` (5) and `urn` (8). The fields in between
// come from the generated stubs, in `fixedPart`.
const DIAGNOSTICS_KEY = (2 << 3) | 2;
const MESSAGE_KEY = (5 << 3) | 2;
const URN_KEY = (8 << 3) | 2;

/**
 * A diagnostic's policy, pack, description, level and severity, encoded by the stubs once per
 * distinct set: by description first (the policy's own string, whose hash V8 keeps), then by the
 * short fields, each prefixed by its length so that no two sets make the same key.
 */
const fixedParts = new Map<string, Map<string, Buffer>>();
let fixedPartCount = 0;
const MAX_FIXED_PARTS = 10_000;

function fixedPart(d: DiagnosticRecord): Buffer {
    const severity = d.severity ?? "";
    const key = `${d.policyName.length}:${d.policyName}${d.policyPackName.length}:${d.policyPackName}${d.policyPackVersion.length}:${d.policyPackVersion}${d.enforcementLevel.length}:${d.enforcementLevel}${severity}`;
    let byKey = fixedParts.get(d.description);
    let bytes = byKey?.get(key);
    if (!bytes) {
        const diagnostic = new (analyzerProtocol().analyzerPb.AnalyzeDiagnostic)();
        setFixedFields(diagnostic, d);
        bytes = Buffer.from(diagnostic.serializeBinary());
        if (fixedPartCount < MAX_FIXED_PARTS) {
            if (!byKey) fixedParts.set(d.description, (byKey = new Map()));
            byKey.set(key, bytes);
            fixedPartCount++;
        }
    }
    return bytes;
}

function varintLength(n: number): number {
    let length = 1;
    while (n > 0x7f) {
        n >>>= 7;
        length++;
    }
    return length;
}

function writeVarint(out: Buffer, at: number, n: number): number {
    while (n > 0x7f) {
        out[at++] = (n & 0x7f) | 0x80;
        n >>>= 7;
    }
    out[at++] = n;
    return at;
}

/** A string field's size on the wire (key, length, UTF-8 bytes); 0 for "", which proto3 leaves out. */
function stringFieldLength(text: string | undefined): number {
    if (!text) return 0;
    const bytes = Buffer.byteLength(text, "utf8");
    return 1 + varintLength(bytes) + bytes;
}

function writeStringField(out: Buffer, at: number, key: number, text: string | undefined): number {
    if (!text) return at;
    out[at++] = key;
    at = writeVarint(out, at, Buffer.byteLength(text, "utf8"));
    return at + out.write(text, at, "utf8");
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * A diagnostic's message and URN fields. UTF-8 encoded natively, unless a string holds a surrogate:
 * the stubs have their own way with a lone one, so they encode those.
 */
function variablePart(d: DiagnosticRecord): Buffer {
    if (SURROGATE.test(d.message) || (d.urn !== undefined && SURROGATE.test(d.urn))) {
        const diagnostic = new (analyzerProtocol().analyzerPb.AnalyzeDiagnostic)();
        setVariableFields(diagnostic, d);
        return Buffer.from(diagnostic.serializeBinary());
    }
    const out = Buffer.allocUnsafe(stringFieldLength(d.message) + stringFieldLength(d.urn));
    writeStringField(out, writeStringField(out, 0, MESSAGE_KEY, d.message), URN_KEY, d.urn);
    return out;
}

/**
 * The diagnostics as AnalyzeResponse fields: each one's fixed part as the stubs encode it (cached),
 * then its message and URN. A field may come in any order on the wire; the stubs' string encoder,
 * a loop in JavaScript, was most of a violation-heavy call's cost.
 */
function encodedDiagnostics(diagnostics: readonly DiagnosticRecord[]): Buffer {
    if (diagnostics.length === 0) return EMPTY;
    const parts: Buffer[] = [];
    for (const d of diagnostics) {
        const fixed = fixedPart(d);
        const variable = variablePart(d);
        const length = fixed.length + variable.length;
        const key = Buffer.allocUnsafe(1 + varintLength(length));
        key[0] = DIAGNOSTICS_KEY;
        writeVarint(key, 1, length);
        parts.push(key, fixed, variable);
    }
    return Buffer.concat(parts);
}

const EMPTY = Buffer.alloc(0);

/** The last not-applicable list answered under a key (a resource type), and its bytes. */
interface EncodedList {
    readonly records: readonly NotApplicableRecord[];
    readonly bytes: Buffer;
}
const listsByKey = new Map<string, EncodedList>();
/** Keys remembered at most: one per resource type a deployment holds. */
const MAX_LISTS = 10_000;

/**
 * A not-applicable list's bytes, reused while a key's list stays the same: resources of one type
 * get the same list call after call (several hundred entries for a combined pack), even where
 * policies said so themselves and their records are new objects each time.
 */
function encodedNotApplicableList(key: string, records: readonly NotApplicableRecord[]): Buffer {
    const last = listsByKey.get(key);
    if (last && sameRecords(last.records, records)) return last.bytes;
    const list = { records: records.slice(), bytes: Buffer.concat(records.map(encodedNotApplicable)) };
    if (last || listsByKey.size < MAX_LISTS) listsByKey.set(key, list);
    return list.bytes;
}

function sameRecords(a: readonly NotApplicableRecord[], b: readonly NotApplicableRecord[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== b[i] && (a[i].policyName !== b[i].policyName || a[i].reason !== b[i].reason)) return false;
    }
    return true;
}

/** Remediate's answer. */
export function remediateResponse(remediations: readonly RemediationRecord[], notApplicable: readonly NotApplicableRecord[]): AnalyzerPb.RemediateResponse {
    const { analyzerPb, structPb } = analyzerProtocol();
    const response = new analyzerPb.RemediateResponse();
    response.setRemediationsList(
        remediations.map((r) => {
            const remediation = new analyzerPb.Remediation();
            remediation.setPolicyname(r.policyName);
            remediation.setPolicypackname(r.policyPackName);
            remediation.setPolicypackversion(r.policyPackVersion);
            remediation.setDescription(r.description);
            if (r.properties) remediation.setProperties(structPb.Struct.fromJavaScript(r.properties as never));
            if (r.diagnostic) remediation.setDiagnostic(r.diagnostic);
            return remediation;
        }),
    );
    if (notApplicable.length > 0) response.setNotApplicableList(notApplicable.map(notApplicableMessage));
    return response;
}
