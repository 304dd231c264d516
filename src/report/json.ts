import type { ExemptionGrant } from "../policy";
import type { CheckResult, Finding } from "../result";
import { ruleEntries, summarize, type ReportContext, type RuleEntry } from "./context";

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

/** Quoted JSON strings of the values that repeat across findings (pack, policy, level, type...). */
function quoter(): (text: string) => string {
    const cache = new Map<string, string>();
    return (text) => {
        let quoted = cache.get(text);
        if (quoted === undefined) {
            quoted = JSON.stringify(text);
            if (cache.size < 10_000) cache.set(text, quoted);
        }
        return quoted;
    };
}

/**
 * `JSON.stringify(violation(f, rules))`, built from its parts: a report holds hundreds of
 * thousands of these, and their repeated fields are quoted once. Exempted findings take the
 * general path, as do findings with a source location.
 */
function violationText(f: Finding, rules: ReadonlyMap<string, RuleEntry>, quote: (text: string) => string): string {
    if (f.exemption || f.inactiveExemptions || f.source) return JSON.stringify(violation(f, rules));
    let text = `{"pack":${quote(f.pack)},"policy":${quote(f.policy)},"level":${quote(f.level)},"severity":${quote(f.severity)},"urn":${JSON.stringify(f.urn)},"type":${quote(f.type)},"name":${JSON.stringify(f.name)},"message":${JSON.stringify(f.message)}`;
    if (f.propertyPath) text += `,"propertyPath":${JSON.stringify(f.propertyPath)}`;
    if (f.messageId) text += `,"messageId":${quote(f.messageId)}`;
    if (f.remediation !== rules.get(f.policy)?.remediation) text += `,"remediation":${JSON.stringify(f.remediation)}`;
    return `${text}}`;
}

/** A JSON text standing for itself in a list of items to write (see `jsonChunks`). */
class Serialized {
    constructor(readonly text: string) {}
}

function remediation(r: CheckResult["remediations"][number]) {
    return { pack: r.pack, policy: r.policy, urn: r.urn, type: r.type, name: r.name, changes: r.changes.map((c) => ({ propertyPath: c.path, from: c.before, to: c.after })) };
}

/** The report's parts in document order; lists are produced item by item as they are written. */
function reportParts(result: CheckResult, context: ReportContext, fast = false): Array<[string, unknown] | [string, Iterable<unknown>, "list"] | [string, Iterable<[string, unknown]>, "map"]> {
    const rules = ruleEntries(result);
    const quote = quoter();
    return [
        ["schemaVersion", JSON_SCHEMA_VERSION],
        ["tool", context.tool],
        ["packs", result.packs],
        ...(context.inputFile ? [["input", context.inputFile] as [string, unknown]] : []),
        ["summary", Object.assign(summarize(result), result.packSummaries, baselineDetail(result))],
        ["rules", rules.entries(), "map"],
        ["violations", mapped(result.findings, (f) => (fast ? new Serialized(violationText(f, rules, quote)) : violation(f, rules))), "list"],
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
 * whole (one string of the whole report would pass V8's limit on large stacks).
 */
export function* jsonChunks(result: CheckResult, context: ReportContext): Iterable<string> {
    const parts = reportParts(result, context, true);
    yield "{";
    for (const [index, [key, value, shape]] of parts.entries()) {
        const head = `${index === 0 ? "" : ","}\n  ${JSON.stringify(key)}: `;
        if (shape === undefined) {
            yield `${head}${nested(value)}`;
            continue;
        }
        const [open, close] = shape === "list" ? ["[", "]"] : ["{", "}"];
        let first = true;
        for (const item of value as Iterable<unknown>) {
            const text =
                shape === "map"
                    ? `${JSON.stringify((item as [string, unknown])[0])}: ${JSON.stringify((item as [string, unknown])[1])}`
                    : item instanceof Serialized
                      ? item.text
                      : JSON.stringify(item);
            yield `${first ? `${head}${open}\n    ` : ",\n    "}${text}`;
            first = false;
        }
        yield first ? `${head}${open}${close}` : `\n  ${close}`;
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
export function* ndjsonChunks(result: CheckResult, context: ReportContext): Iterable<string> {
    const line = (record: string, fields: object) => `${JSON.stringify(Object.assign({ record }, fields))}\n`;
    const rules = ruleEntries(result);
    yield line("report", { schemaVersion: JSON_SCHEMA_VERSION, tool: context.tool, packs: result.packs, ...(context.inputFile ? { input: context.inputFile } : {}) });
    for (const [id, entry] of rules) yield line("rule", Object.assign({ id }, entry));
    const quote = quoter();
    for (const f of result.findings) yield `{"record":"violation",${violationText(f, rules, quote).slice(1)}\n`;
    for (const n of result.notes) yield line("note", Object.assign(violation(n, rules), { kind: n.kind }));
    for (const r of result.remediations) yield line("remediation", remediation(r));
    yield line("summary", Object.assign(summarize(result), result.packSummaries, baselineDetail(result), context.controls ? { controls: context.controls } : {}));
}
