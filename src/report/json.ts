import type { ExemptionGrant } from "../policy";
import type { CheckResult, Finding } from "../result";
import type { Rule } from "../rule";
import { quoting, type Quoting } from "./quoting";
import { countFinding, noFindings, ruleEntries, ruleEntryFor, summarize, type FindingCounts, type ReportContext, type RuleEntry, type Summary } from "./context";

/**
 * The JSON report's schema version. 2: rule texts (description, fix, frameworks) sit once per
 * rule in `rules`; a violation carries `remediation` only when its fix differs from its rule's.
 */
export const JSON_SCHEMA_VERSION = 2;

function violation(f: Finding, rules: ReadonlyMap<string, RuleEntry>) {
    const v: Record<string, unknown> = {
        pack: f.pack,
        policy: f.policy,
        level: f.level,
        severity: f.severity,
        urn: f.urn,
        type: f.type,
        name: f.name,
        message: f.message,
    };
    if (f.propertyPath) v.propertyPath = f.propertyPath;
    if (f.messageId) v.messageId = f.messageId;
    if (f.source) v.source = { file: f.source.file, line: f.source.line, ...(f.source.column !== undefined ? { column: f.source.column } : {}) };
    if (f.remediation !== rules.get(f.policy)?.remediation) v.remediation = f.remediation;
    if (f.exemption) {
        v.exempted = true;
        v.exemption = grant(f.exemption);
    }
    if (f.inactiveExemptions) v.inactiveExemptions = f.inactiveExemptions.map((e) => ({ id: e.id, status: e.status, reason: e.reason, expiresAt: e.expiresAt }));
    return v;
}

/** The baseline's file, fixed entries and expired count, under `summary.baseline` (nothing without one). */
function baselineDetail(result: CheckResult): { baseline?: { file: string; createdAt: string; fixed: unknown[]; expired: number } } {
    if (!result.baseline) return {};
    const { file, createdAt, fixed, expired } = result.baseline;
    return { baseline: { file, createdAt, fixed: fixed.map((e) => ({ ...e })), expired } };
}

/**
 * The exemption that lifted a violation, field by field: what `ExemptionGrant` declares reaches the
 * report, and nothing else an implementation might carry on the object (keys, signatures).
 */
function grant(g: ExemptionGrant) {
    return {
        id: g.id,
        approvedBy: g.approvedBy,
        expiresAt: g.expiresAt,
        ...(g.requestedBy !== undefined ? { requestedBy: g.requestedBy } : {}),
        ...(g.reason !== undefined ? { reason: g.reason } : {}),
        ...(g.signed !== undefined ? { signed: g.signed } : {}),
        ...(g.source !== undefined ? { source: g.source } : {}),
        ...(g.since !== undefined ? { since: g.since } : {}),
    };
}

/**
 * `JSON.stringify(violation(f, rules))`, built from its parts: a report holds hundreds of
 * thousands of these, and their repeated fields are quoted once. Exempted findings take the
 * general path, as do findings with a source location.
 */
function violationText(f: Finding, rules: ReadonlyMap<string, RuleEntry>, q: Quoting): string {
    if (f.exemption || f.inactiveExemptions || f.source) return JSON.stringify(violation(f, rules));
    const quote = q.repeated;
    let text = `{"pack":${quote(f.pack)},"policy":${quote(f.policy)},"level":${quote(f.level)},"severity":${quote(f.severity)},"urn":${q.urn(f.urn)},"type":${quote(f.type)},"name":${q.name(f.name)},"message":${JSON.stringify(f.message)}`;
    if (f.propertyPath) text += `,"propertyPath":${JSON.stringify(f.propertyPath)}`;
    if (f.messageId) text += `,"messageId":${quote(f.messageId)}`;
    if (f.remediation !== rules.get(f.policy)?.remediation) text += `,"remediation":${JSON.stringify(f.remediation)}`;
    return `${text}}`;
}

/**
 * Violations encoded for a report as they come, one piece of text each, while counting what the
 * report's head needs of them: a check may write them out and keep none (see `SpooledFindings`).
 * `json` pieces joined are the `violations` list's items with their separators; `ndjson` pieces
 * are whole lines.
 */
export class ViolationStream {
    /** The findings' counts so far. */
    readonly counts: FindingCounts = noFindings();
    /** The first finding of each policy, in the order they came. */
    readonly firstOfEachPolicy: Finding[] = [];
    private readonly entries = new Map<string, RuleEntry>();
    private readonly quoting = quoting();

    /** The report the pieces are for. */
    readonly format: "json" | "ndjson";
    private readonly known: ReadonlyMap<string, Rule>;

    /** `known`: every rule that runs, by id (the report describes each once, from its first finding on). */
    constructor(format: "json" | "ndjson", known: ReadonlyMap<string, Rule>) {
        this.format = format;
        this.known = known;
    }

    /** Counts `f` and returns its piece of the report. */
    piece(f: Finding): string {
        const first = this.counts.violations === 0;
        this.take(f);
        return this.encode(f, first);
    }

    /** Counts `f` (and notes its policy) without encoding it. */
    take(f: Finding): void {
        if (!this.entries.has(f.policy)) {
            this.entries.set(f.policy, ruleEntryFor(this.known.get(f.policy), f));
            this.firstOfEachPolicy.push(f);
        }
        countFinding(this.counts, f);
    }

    /** `f`'s piece of the report, once its policy was taken; `first` when it opens the list. */
    encode(f: Finding, first: boolean): string {
        const text = violationText(f, this.entries, this.quoting);
        if (this.format === "ndjson") return `{"record":"violation",${text.slice(1)}\n`;
        return first ? text : `,\n    ${text}`;
    }
}

/** Violations a check wrote out as they came (see `ViolationStream`), not kept in the result. */
export interface SpooledFindings {
    /** The stream they were encoded with: its format, counts and first finding per policy. */
    readonly stream: ViolationStream;
    /** The pieces it made, in order. */
    readonly pieces: Iterable<string | Uint8Array>;
}

/** A report's text: strings, and bytes where pieces come back from a spool. */
export type ReportPieces = Iterable<string | Uint8Array>;

function knownRules(result: CheckResult): Map<string, Rule> {
    return new Map(result.rules.map(({ rule }) => [rule.id, rule]));
}

/** The result's own findings as a stream's pieces, for a result that kept them: counted first, encoded as written. */
function keptFindings(result: CheckResult, format: ViolationStream["format"]): SpooledFindings {
    const stream = new ViolationStream(format, knownRules(result));
    for (const f of result.findings) stream.take(f);
    return { stream, pieces: mapped(result.findings.entries(), ([index, f]) => stream.encode(f, index === 0)) };
}

function remediation(r: CheckResult["remediations"][number]) {
    return { pack: r.pack, policy: r.policy, urn: r.urn, type: r.type, name: r.name, changes: r.changes.map((c) => ({ propertyPath: c.path, from: c.before, to: c.after })) };
}

/** The report's parts in document order; lists are produced item by item as they are written. */
function reportParts(result: CheckResult, context: ReportContext): Array<[string, unknown] | [string, Iterable<unknown>, "list"] | [string, Iterable<[string, unknown]>, "map"]> {
    const rules = ruleEntries(result);
    return [
        ...headParts(result, context, summarize(result)),
        ["rules", rules.entries(), "map"],
        ["violations", mapped(result.findings, (f) => violation(f, rules)), "list"],
        ...tailParts(result, context, rules),
    ];
}

function headParts(result: CheckResult, context: ReportContext, summary: Summary): Array<[string, unknown]> {
    return [
        ["schemaVersion", JSON_SCHEMA_VERSION],
        ["tool", context.tool],
        ["packs", result.packs],
        ...(context.inputFile ? [["input", context.inputFile] as [string, unknown]] : []),
        ["summary", Object.assign(summary, result.packSummaries, baselineDetail(result))],
    ];
}

function tailParts(result: CheckResult, context: ReportContext, rules: ReadonlyMap<string, RuleEntry>): Array<[string, unknown] | [string, Iterable<unknown>, "list"]> {
    return [
        ["notes", mapped(result.notes, (n) => Object.assign(violation(n, rules), { kind: n.kind })), "list"],
        ...(context.controls ? [["controls", context.controls] as [string, unknown]] : []),
        ["remediations", mapped(result.remediations, remediation), "list"],
    ];
}

function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Iterable<U> {
    for (const item of items) yield f(item);
}

/**
 * The JSON report, per the contract other tools rely on: tool, packs, summary, violations (see
 * `JSON_SCHEMA_VERSION` for what moved to `rules`). Fields may be added; none of the contract's
 * may be renamed or removed.
 */
export function jsonReport(result: CheckResult, context: ReportContext): Record<string, unknown> {
    const report: Record<string, unknown> = {};
    for (const [key, value, shape] of reportParts(result, context)) {
        report[key] = shape === "list" ? [...(value as Iterable<unknown>)] : shape === "map" ? Object.fromEntries(value as Iterable<[string, unknown]>) : value;
    }
    return report;
}

/** Indents every line after the first: a nested value pretty-printed inside the document. */
function nested(value: unknown): string {
    return JSON.stringify(value, null, 2).replace(/\n/g, "\n  ");
}

/**
 * The `--format json` document, in pieces: the header pretty-printed, then one line per rule,
 * violation, note and remediation, so a report of any size is written without ever holding it
 * whole (one string of the whole report would pass V8's limit on large stacks). `spooled` gives
 * the violations when the result did not keep them; the text is the same either way.
 */
export function jsonChunks(result: CheckResult, context: ReportContext): Iterable<string>;
/** The `--format json` document with the violations a check spooled rather than kept (see `SpooledFindings`). */
export function jsonChunks(result: CheckResult, context: ReportContext, spooled: SpooledFindings): ReportPieces;
export function* jsonChunks(result: CheckResult, context: ReportContext, spooled: SpooledFindings = keptFindings(result, "json")): ReportPieces {
    const { stream } = spooled;
    const rules = ruleEntries(result, stream.firstOfEachPolicy);
    let index = 0;
    const head = (key: string) => `${index++ === 0 ? "" : ","}\n  ${JSON.stringify(key)}: `;
    function* collection(key: string, [open, close]: string, items: Iterable<string>): Iterable<string> {
        let first = true;
        for (const text of items) {
            yield `${first ? `${head(key)}${open}\n    ` : ",\n    "}${text}`;
            first = false;
        }
        yield first ? `${head(key)}${open}${close}` : `\n  ${close}`;
    }
    yield "{";
    for (const [key, value] of headParts(result, context, summarize(result, stream.counts))) yield `${head(key)}${nested(value)}`;
    yield* collection("rules", "{}", mapped(rules.entries(), ([id, entry]) => `${JSON.stringify(id)}: ${JSON.stringify(entry)}`));
    // The violations' pieces carry their own separators.
    const any = stream.counts.violations > 0;
    yield `${head("violations")}[${any ? "\n    " : ""}`;
    yield* spooled.pieces;
    yield any ? "\n  ]" : "]";
    for (const [key, value, shape] of tailParts(result, context, rules)) {
        if (shape === undefined) yield `${head(key)}${nested(value)}`;
        else yield* collection(key, "[]", mapped(value as Iterable<unknown>, (item) => JSON.stringify(item)));
    }
    yield "\n}\n";
}

/** The `--format json` document as text (see `jsonChunks`). */
export function renderJson(result: CheckResult, context: ReportContext): string {
    return [...jsonChunks(result, context)].join("");
}

/**
 * `--format ndjson`: one JSON object per line, each with a `record` field — `report` (tool,
 * packs, input), then `rule` (before its first finding), `violation`, `note`, `remediation`,
 * and last `summary` (counts, pack summaries, framework controls). Line-oriented tools can
 * filter it without parsing a whole document.
 */
export function ndjsonChunks(result: CheckResult, context: ReportContext): Iterable<string>;
/** The `--format ndjson` lines with the violations a check spooled rather than kept (see `SpooledFindings`). */
export function ndjsonChunks(result: CheckResult, context: ReportContext, spooled: SpooledFindings): ReportPieces;
export function* ndjsonChunks(result: CheckResult, context: ReportContext, spooled: SpooledFindings = keptFindings(result, "ndjson")): ReportPieces {
    const line = (record: string, fields: object) => `${JSON.stringify(Object.assign({ record }, fields))}\n`;
    const { stream } = spooled;
    const rules = ruleEntries(result, stream.firstOfEachPolicy);
    yield line("report", { schemaVersion: JSON_SCHEMA_VERSION, tool: context.tool, packs: result.packs, ...(context.inputFile ? { input: context.inputFile } : {}) });
    for (const [id, entry] of rules) yield line("rule", Object.assign({ id }, entry));
    yield* spooled.pieces;
    for (const n of result.notes) yield line("note", Object.assign(violation(n, rules), { kind: n.kind }));
    for (const r of result.remediations) yield line("remediation", remediation(r));
    yield line("summary", Object.assign(summarize(result, stream.counts), result.packSummaries, baselineDetail(result), context.controls ? { controls: context.controls } : {}));
}
