/**
 * `--format html`: one self-contained page (no network, its own script only) with the verdict,
 * charts, and a filterable, sortable findings table whose rows open to why / where / how to fix.
 * Written in pieces, rows in batches; a large check's rows can come from a spool instead
 * (`StreamedRows`), in the same order, so that its findings need not be kept.
 */
import type { CheckResult, Finding, RemediationFinding } from "../result";
import { baselineLines, controlLines, costLine, countFinding, formatCount, grantLine, inactiveLine, justificationOf, noFindings, summarize, verdictOf, type ReportContext, type Summary } from "./context";
import { REPORT_SEVERITIES, severityRank, sortFindings, standingOf, type Standing } from "./filter";
import type { ReportPieces } from "./json";
import { barChart, type Bar } from "./html-charts";
import { escapeHtml as h } from "./html-escape";
import { HTML_CSP, HTML_SCRIPT, HTML_STYLE } from "./html-assets";

// Rows per written piece: big enough to be cheap, small enough to stream.
const ROWS_PER_CHUNK = 500;
const STANDING_RANK: Record<Standing, number> = { mandatory: 0, advisory: 1, exempted: 2, baselined: 3 };
const VERDICT_CLASS = { blocked: "blocked", "passed with advisories": "advisories", passed: "passed" } as const;

function count(n: number, one: string, many = `${one}s`): string {
    return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function head(title: string): string {
    return (
        `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">` +
        `<meta http-equiv="Content-Security-Policy" content="${h(HTML_CSP)}">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${h(title)}</title><style>${HTML_STYLE}</style></head><body>\n`
    );
}

function overview(result: CheckResult, context: ReportContext, s: Summary): string {
    const verdict = verdictOf(s, context.blocked);
    const cards: Array<[string, number]> = [
        ["resources", s.resources],
        ["mandatory", s.mandatory],
        ["advisory", s.advisory],
        ["exempted", s.exempted],
        ...(s.baselined !== undefined ? ([["baselined", s.baselined], ["fixed since baseline", s.fixed ?? 0]] as Array<[string, number]>) : []),
        ["remediations", s.remediated],
        ["could not judge", result.notes.length],
    ];
    const packs = result.packs.map((p) => `${p.name} ${p.version}`).join(", ");
    const cost = costLine(result);
    return (
        `<header><h1>Guardrails report</h1><p class="muted">${context.inputFile ? `<code>${h(context.inputFile)}</code> checked against ` : "Checked against "}` +
        `${h(packs || "no packs")}.</p></header>\n` +
        `<p class="verdict ${VERDICT_CLASS[verdict]}" id="verdict">${h(verdict[0].toUpperCase() + verdict.slice(1))}: ` +
        `${h(count(s.mandatory, "mandatory finding"))}, ${h(count(s.advisory, "advisory finding"))}.</p>\n` +
        `<section class="cards">${cards.map(([label, n]) => `<div class="card"><b>${formatCount(n)}</b>${h(label)}</div>`).join("")}</section>\n` +
        (cost ? `<p class="muted">${h(cost)}</p>\n` : "") +
        (result.baseline ? `<p class="muted">${baselineLines(result.baseline).map(h).join("<br>")}</p>\n` : "")
    );
}

/** What the page's charts, filters and counts need of the findings, taken one at a time. */
export class HtmlTally {
    /** The standings, severities and packs of the findings: the table's filters offer these. */
    readonly standings = new Set<Standing>();
    /** See `standings`. */
    readonly severities = new Set<string>();
    /** See `standings`. */
    readonly packs = new Set<string>();
    /** Findings not exempted, by severity (in order of first appearance). */
    readonly openBySeverity = new Map<string, number>();
    /** Findings not exempted, by pack (in order of first appearance). */
    readonly openByPack = new Map<string, number>();
    /** Every finding, by framework key. */
    readonly byFramework = new Map<string, number>();
    /** The summary's counts. */
    readonly counts = noFindings();

    /** Findings taken (every one is a violation, lifted or not, in the counts). */
    get findings(): number {
        return this.counts.violations;
    }

    /** Counts one finding. */
    take(f: Finding): void {
        countFinding(this.counts, f);
        this.standings.add(standingOf(f));
        this.severities.add(f.severity);
        this.packs.add(f.pack);
        if (f.kind !== "exempted") {
            add(this.openBySeverity, f.severity);
            add(this.openByPack, f.pack);
        }
        if (f.frameworks) for (const key of Object.keys(f.frameworks)) add(this.byFramework, key);
    }
}

function add(counts: Map<string, number>, key: string): void {
    counts.set(key, (counts.get(key) ?? 0) + 1);
}

function countBars(counts: Map<string, number>): Bar[] {
    return [...counts].map(([label, value]) => ({ label, value, text: formatCount(value) }));
}

/** Per-control bars with `--framework`, else findings per framework the rules map to. */
function frameworkChart(tally: HtmlTally, context: ReportContext): string {
    if (context.controls) {
        const failed = context.controls.controls.filter((c) => c.status === "failed");
        const bars = failed.map((c) => ({ label: `${c.id} ${c.title}`, value: c.findings.length, text: formatCount(c.findings.length) }));
        return barChart(`Findings by ${context.controls.framework.framework} ${context.controls.framework.version} control`, bars);
    }
    return barChart("Findings by framework", countBars(tally.byFramework));
}

/** Monthly cost by resource type, from the cost pack's estimate when it ran. */
function costChart(result: CheckResult): string {
    const estimate = result.packSummaries.estimatedMonthlyCost as { items?: Array<{ type?: unknown; monthlyUsd?: unknown }> } | undefined;
    if (!Array.isArray(estimate?.items)) return "";
    const byType = new Map<string, number>();
    for (const item of estimate.items) {
        if (typeof item.type !== "string" || typeof item.monthlyUsd !== "number") continue;
        byType.set(item.type, (byType.get(item.type) ?? 0) + item.monthlyUsd);
    }
    const bars = [...byType].map(([label, value]) => ({ label, value, text: `$${value.toFixed(2)}` }));
    return barChart("Estimated monthly cost by resource type (USD)", bars);
}

/** Most severe first, as the table sorts. */
function severityBars(counts: ReadonlyMap<string, number>): Bar[] {
    return [...REPORT_SEVERITIES].reverse().map((severity) => ({ label: severity, value: counts.get(severity) ?? 0, text: formatCount(counts.get(severity) ?? 0), tone: `sev-${severity}` }));
}

function charts(result: CheckResult, context: ReportContext, tally: HtmlTally): string {
    const parts = [
        barChart("Open findings by severity", severityBars(tally.openBySeverity), { ordered: true }),
        barChart("Open findings by pack", countBars(tally.openByPack)),
        frameworkChart(tally, context),
        costChart(result),
    ].filter(Boolean);
    return parts.length === 0 ? "" : `<h2>At a glance</h2><section class="charts">${parts.join("")}</section>\n`;
}

function options(name: string, label: string, values: readonly string[]): string {
    const items = values.map((v) => `<option value="${h(v)}">${h(v)}</option>`).join("");
    return `<label>${h(label)} <select data-filter="${name}" id="filter-${name}"><option value="">all</option>${items}</select></label>`;
}

function tableOpen(tally: HtmlTally): string {
    const standings = (Object.keys(STANDING_RANK) as Standing[]).filter((s) => tally.standings.has(s));
    const severities = [...REPORT_SEVERITIES].reverse().filter((s) => tally.severities.has(s));
    const packs = [...tally.packs].sort();
    return (
        `<h2>Findings</h2><div class="filters"><input type="search" id="filter-text" placeholder="Filter: policy, resource, message…" aria-label="Filter findings">` +
        `${options("standing", "Standing", standings)}${options("severity", "Severity", severities)}${options("pack", "Pack", packs)}` +
        `<span class="muted" id="shown-count">all ${formatCount(tally.findings)} findings</span></div>\n` +
        `<table id="findings"><thead><tr><th data-numeric><button type="button">Standing</button></th><th data-numeric><button type="button">Severity</button></th>` +
        `<th><button type="button">Policy</button></th><th><button type="button">Resource</button></th><th>Problem</th></tr></thead><tbody>\n`
    );
}

function where(f: Finding): string {
    const parts: string[] = [];
    if (f.propertyPath) parts.push(`<code>${h(f.propertyPath)}</code> of `);
    parts.push(f.urn ? `<code>${h(f.urn)}</code>` : "the stack");
    if (f.source) parts.push(`, declared at <code>${h(`${f.source.file}:${f.source.line}`)}</code>`);
    return parts.join("");
}

function exemptionText(f: Finding): string {
    const lines: string[] = [];
    if (f.exemption) {
        lines.push(grantLine(f.exemption));
        const reason = justificationOf(f.exemption);
        if (reason) lines.push(`Reason: ${reason}`);
    }
    for (const inactive of f.inactiveExemptions ?? []) lines.push(inactiveLine(inactive));
    return lines.map(h).join("<br>");
}

/** One finding's row of the findings table. */
export function htmlRow(f: Finding): string {
    const standing = standingOf(f);
    const frameworks = Object.entries(f.frameworks ?? {}).map(([key, ids]) => `${key}: ${ids.join(", ")}`);
    const exemption = exemptionText(f);
    const details =
        `<dt>Why</dt><dd>${h(f.description)}</dd><dt>Where</dt><dd>${where(f)}</dd><dt>How to fix</dt><dd>${h(f.remediation)}</dd>` +
        (frameworks.length > 0 ? `<dt>Controls</dt><dd>${h(frameworks.join("; "))}</dd>` : "") +
        (exemption ? `<dt>Exemption</dt><dd>${exemption}</dd>` : "");
    const resource = f.name || f.urn || "stack";
    return (
        `<tr data-standing="${standing}" data-severity="${f.severity}" data-pack="${h(f.pack)}">` +
        `<td data-sort="${STANDING_RANK[standing]}"><span class="badge ${standing}">${standing}</span></td>` +
        `<td data-sort="${4 - severityRank(f.severity)}"><span class="badge sev-${f.severity}">${f.severity}</span></td>` +
        `<td data-sort="${h(f.policy)}"><code>${h(f.policy)}</code><span class="sub">${h(f.pack)}</span></td>` +
        `<td data-sort="${h(resource)}">${h(resource)}<span class="sub">${h(f.type)}${f.source ? ` · ${h(`${f.source.file}:${f.source.line}`)}` : ""}</span></td>` +
        `<td><details><summary>${h(f.message)}</summary><dl>${details}</dl></details></td></tr>\n`
    );
}

function notesSection(notes: readonly Finding[]): string {
    if (notes.length === 0) return "";
    const items = notes.map((n) => `<li><code>${h(n.policy)}</code> on ${h(n.name || n.urn || "stack")}: ${h(n.message)}</li>`);
    return `<h2>Could not judge (${formatCount(notes.length)})</h2><details><summary>Rules that could not decide, and why</summary><ul>${items.join("")}</ul></details>\n`;
}

function remediationSection(remediations: readonly RemediationFinding[]): string {
    if (remediations.length === 0) return "";
    const items = remediations.flatMap((r) =>
        r.changes.map((c) => `<li><code>${h(r.policy)}</code> on ${h(r.name)}: <code>${h(c.path)}</code> → <code>${h(JSON.stringify(c.after) ?? "undefined")}</code></li>`),
    );
    return `<h2>Would remediate (${formatCount(remediations.length)})</h2><ul>${items.join("")}</ul>\n`;
}

function controlsSection(context: ReportContext): string {
    if (!context.controls) return "";
    const [headLine] = controlLines(context.controls);
    const failed = context.controls.controls.filter((c) => c.status === "failed").map((c) => `<li><code>${h(c.id)}</code> ${h(c.title)} — ${h(c.rules.join(", "))}</li>`);
    return `<h2>Controls</h2><p>${h(headLine)}</p>${failed.length > 0 ? `<ul>${failed.join("")}</ul>` : ""}\n`;
}

/** Findings already tallied, with their rows in table order (most severe first), for a streamed report. */
export interface StreamedRows {
    /** Every finding, counted. */
    readonly tally: HtmlTally;
    /** Their `htmlRow`s, sorted by `compareFindings` (ties in the order taken). */
    readonly rows: Iterable<string | Uint8Array>;
}

/** The kept findings' tally and rows, as a streamed report would bring them. */
function keptRows(findings: readonly Finding[]): StreamedRows {
    const tally = new HtmlTally();
    for (const f of findings) tally.take(f);
    const sorted = sortFindings(findings);
    function* rows(): Iterable<string> {
        for (let i = 0; i < sorted.length; i += ROWS_PER_CHUNK) yield sorted.slice(i, i + ROWS_PER_CHUNK).map(htmlRow).join("");
    }
    return { tally, rows: rows() };
}

/** The HTML report, in pieces. */
export function htmlChunks(result: CheckResult, context: ReportContext): Iterable<string>;
/** The HTML report with findings a check streamed rather than kept (see `StreamedRows`). */
export function htmlChunks(result: CheckResult, context: ReportContext, streamed: StreamedRows): ReportPieces;
export function* htmlChunks(result: CheckResult, context: ReportContext, streamed?: StreamedRows): ReportPieces {
    const { tally, rows } = streamed ?? keptRows(result.findings);
    const s = summarize(result, tally.counts);
    yield head(`Guardrails report${context.inputFile ? ` — ${context.inputFile}` : ""}`);
    yield overview(result, context, s);
    yield charts(result, context, tally);
    if (tally.findings === 0) {
        yield `<h2>Findings</h2><p class="empty" id="no-findings">No findings.</p>\n`;
    } else {
        yield tableOpen(tally);
        yield* rows;
        yield `</tbody></table>\n`;
    }
    yield controlsSection(context);
    yield remediationSection(result.remediations);
    yield notesSection(result.notes);
    yield `<footer>${h(`${context.tool.name} ${context.tool.version}`)} · ${h(count(result.rules.length, "rule"))} ran</footer>\n<script>${HTML_SCRIPT}</script></body></html>\n`;
}
