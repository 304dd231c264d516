import type { CheckResult, Finding } from "../result";
import {
    costLine,
    DEFAULT_MARKDOWN_BUDGET,
    fixesOf,
    formatCount,
    grantLine,
    inactiveLine,
    justificationOf,
    ruleEntries,
    sentence,
    summarize,
    verdictOf,
    type FindingCounts,
    type ReportContext,
    type ReportedFixes,
    type Summary,
} from "./context";
import { compareFindings, standingOf, type Standing } from "./filter";
import { selectionOf, type MarkdownSelection, type PolicyCount } from "./markdown-selection";

/** GitHub's limit on a job's step summary (`$GITHUB_STEP_SUMMARY`): 1 MiB. */
export const STEP_SUMMARY_MARKDOWN_BUDGET = 1_048_576;
/** The smallest budget a Markdown report accepts: room for the verdict, the counts and the closing line. */
export const MIN_MARKDOWN_BUDGET = 1_024;
/** Named budgets for `--markdown-budget`. */
export const MARKDOWN_BUDGET_PRESETS: Readonly<Record<string, number>> = {
    "pr-comment": DEFAULT_MARKDOWN_BUDGET,
    "step-summary": STEP_SUMMARY_MARKDOWN_BUDGET,
};

/**
 * What each preset counts. GitHub limits a comment's characters, which a JS string's length never
 * undercounts (an emoji is two), but a step summary's file in bytes, which UTF-8 text outgrows.
 */
export const MARKDOWN_BUDGET_PRESET_UNITS: Readonly<Record<string, "characters" | "bytes">> = {
    "pr-comment": "characters",
    "step-summary": "bytes",
};

/** A line's size as the budget counts it. */
type Measure = (line: string) => number;
const inCharacters: Measure = (line) => line.length;
const inBytes: Measure = (line) => Buffer.byteLength(line, "utf8");

// Longest text a cell or list item quotes, so that one odd finding cannot fill the page alone.
const MAX_TEXT = 1_000;
const MAX_NAME = 200;

/** `text` cut to `max` characters, with an ellipsis when cut. */
function shorten(text: string, max: number): string {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Text safe inside a Markdown table cell (cut first, so an escape is never split). */
function cell(text: string, max = MAX_TEXT): string {
    return shorten(text, max).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

const STANDING_CELL: Record<Standing, string> = { mandatory: "🔴 mandatory", advisory: "🟡 advisory", exempted: "⚪ exempted", baselined: "⚪ baselined" };

function resourceOf(f: Finding): string {
    return f.name || f.urn || "stack";
}

/**
 * The report as it is written: whole lines, each followed by a newline, never more than the budget
 * (characters or bytes, as `measure` counts). Room is held back for the closing line. Once something did
 * not fit, the page is full and later sections are left out whole, so what is shown is always a
 * most-important-first prefix.
 */
class Page {
    private readonly lines: string[] = [];
    private used = 0;
    full = false;

    private reserved = 0;

    constructor(
        private readonly limit: number,
        readonly measure: Measure,
    ) {}

    /** What `lines` take of the budget, each with its newline. */
    cost(lines: readonly string[]): number {
        let n = 0;
        for (const line of lines) n += this.measure(line) + 1;
        return n;
    }

    /** Holds back room for the closing lines. */
    reserve(lines: readonly string[]): void {
        this.reserved = this.cost(lines);
    }

    fits(cost: number): boolean {
        return !this.full && this.used + cost + this.reserved <= this.limit;
    }

    add(lines: readonly string[]): void {
        // One at a time: spreading tens of thousands of lines into push() overflows the stack.
        for (const line of lines) {
            this.lines.push(line);
            this.used += this.measure(line) + 1;
        }
    }

    /** The page with its closing lines (which must fit in what was reserved). */
    text(closing: readonly string[]): string {
        return `${this.lines.concat(closing).join("\n")}\n`;
    }
}

/**
 * Adds `open`, as many of `items` as fit (in order), then `close`: a section that is always
 * whole Markdown. Nothing is added when not even one item fits. Returns how many were left out
 * of `total`, which counts items past those given (a page could never show them all).
 */
function addSection(page: Page, open: readonly string[], items: readonly string[], close: readonly string[], total = items.length): number {
    if (total === 0) return 0;
    let spent = page.cost(open) + page.cost(close);
    let taken = 0;
    for (const item of items) {
        const cost = page.measure(item) + 1;
        if (!page.fits(spent + cost)) break;
        spent += cost;
        taken++;
    }
    // A page of the budget never has room for every item a selection kept (see `MarkdownSelection`).
    if (taken === items.length && taken < total) throw new Error("the Markdown report kept too few items for its budget");
    if (taken > 0) {
        page.add(open);
        page.add(items.slice(0, taken));
        page.add(close);
    }
    if (taken < total) page.full = true;
    return total - taken;
}

/** What did not fit, by kind, for the closing line. */
interface LeftOut {
    findings: number;
    policies: number;
    controls: number;
    exemptions: number;
    remediations: number;
    notes: number;
}

function plural(n: number, one: string, many: string): string {
    return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "… and 9,500 more findings — see the full report artifact.", naming whatever else was left out. */
function closingLine(left: LeftOut): string | undefined {
    const others = [
        left.policies > 0 ? plural(left.policies, "policy summary row", "policy summary rows") : "",
        left.controls > 0 ? plural(left.controls, "control", "controls") : "",
        left.exemptions > 0 ? plural(left.exemptions, "exemption entry", "exemption entries") : "",
        left.remediations > 0 ? plural(left.remediations, "remediation", "remediations") : "",
        left.notes > 0 ? plural(left.notes, "note", "notes") : "",
    ].filter(Boolean);
    if (left.findings === 0 && others.length === 0) return undefined;
    const findings = `${formatCount(left.findings)} more ${left.findings === 1 ? "finding" : "findings"}`;
    const also = others.length > 0 ? ` (also left out: ${others.join(", ")})` : "";
    return `… and ${findings}${also} — see the full report artifact.`;
}

function headLines(result: CheckResult, context: ReportContext, s: Summary): string[] {
    const verdict = { blocked: "❌ Blocked", "passed with advisories": "⚠️ Passed with advisories", passed: "✅ Passed" }[verdictOf(s, context.blocked)];
    const lines = [
        `## ${verdict} — ${context.tool.name}`,
        "",
        `${s.resources} resources checked${context.inputFile ? ` in \`${cell(context.inputFile, MAX_NAME)}\`` : ""} against ` +
            `${result.packs.map((p) => `\`${p.name}\` ${p.version}`).join(", ")}: ` +
            `**${s.mandatory} mandatory**, ${s.advisory} advisory, ${s.remediated} to remediate${s.exempted > 0 ? `, ${s.exempted} exempted` : ""}` +
            `${s.baselined !== undefined ? `, ${s.baselined} baselined, ${s.fixed ?? 0} fixed since the baseline` : ""}.`,
    ];
    const cost = costLine(result);
    if (cost) lines.push("", cost);
    return lines;
}

function addControls(page: Page, context: ReportContext, left: LeftOut): void {
    const c = context.controls;
    if (!c) return;
    const rows = c.controls
        .filter((x) => x.status !== "not covered")
        .map((control) => `| ${control.id} ${cell(control.title)} | ${control.status} | ${control.rules.map((r) => `\`${r}\``).join(", ")} |`);
    const open = ["", `### ${c.framework.framework} ${c.framework.version}`, "", "| Control | Status | Rules |", "| --- | --- | --- |"];
    left.controls = addSection(page, open, rows, ["", `${c.counts["not covered"]} controls are not covered by any rule.`]);
}

/** One row per policy and standing, most severe first: `| policy | severity | level | count |`. */
function policyRows(counts: readonly PolicyCount[]): string[] {
    return counts.map((c) => `| \`${c.policy}\` | ${c.severity} | ${STANDING_CELL[c.standing]} | ${formatCount(c.count)} |`);
}

type Fixes = ReportedFixes;

function whyEntry(f: Finding, fixes: Fixes): string {
    return `- **\`${f.policy}\`** (${f.severity}): ${cell(sentence(f.description))} Fix: ${cell(fixes.forPolicy(f.policy) ?? f.remediation)}`;
}

/** A finding's own fix, where its policy's findings differ (else it is said once, in "Why these matter"). */
function ownFix(f: Finding, fixes: Fixes): string {
    const own = fixes.ownFix(f);
    return own ? ` Fix: ${own}` : "";
}

const WHY_OPEN = ["", "<details><summary>Why these matter and how to fix them</summary>", ""];
const WHY_CLOSE = ["", "</details>"];

/**
 * The findings table, most severe first, as many rows as fit; then why each shown policy matters
 * and how to fix it, once per policy. Each row that brings a new policy pays for its entry too.
 */
function addFindings(page: Page, selection: MarkdownSelection, left: LeftOut, fixes: Fixes): void {
    const open = ["", "### Findings", "", "| Level | Policy | Resource | Problem |", "| --- | --- | --- | --- |"];
    let spent = page.cost(open) + page.cost(WHY_OPEN) + page.cost(WHY_CLOSE);
    const rows: string[] = [];
    const why: string[] = [];
    const explained = new Set<string>();
    const sorted = selection.leading();
    for (const f of sorted) {
        const row = `| ${STANDING_CELL[standingOf(f)]} | \`${f.policy}\` | \`${cell(resourceOf(f), MAX_NAME)}\` | ${cell(f.message + ownFix(f, fixes))} |`;
        const entry = explained.has(f.policy) ? undefined : whyEntry(f, fixes);
        const cost = page.measure(row) + 1 + (entry === undefined ? 0 : page.measure(entry) + 1);
        if (!page.fits(spent + cost)) break;
        spent += cost;
        rows.push(row);
        if (entry !== undefined) {
            why.push(entry);
            explained.add(f.policy);
        }
    }
    // A page of the budget never has room for every finding kept (see `MarkdownSelection`).
    if (rows.length === sorted.length && sorted.length < selection.total) throw new Error("the Markdown report kept too few findings for its budget");
    left.findings = selection.total - rows.length;
    if (rows.length > 0) for (const part of [open, rows, WHY_OPEN, why, WHY_CLOSE]) page.add(part);
    if (left.findings > 0) page.full = true;
}

/**
 * The exemptions sections: each exempted finding with the exemption's id, approver, expiry and
 * justification, then each exemption that named a finding but did not apply, with the reason.
 */
function addExemptions(page: Page, selection: MarkdownSelection, left: LeftOut): void {
    const where = (f: Finding) => `\`${f.policy}\` on \`${cell(resourceOf(f), MAX_NAME)}\``;
    const exempted = selection.leadingExempted().map((f) => {
        const grant = f.exemption;
        if (!grant) return `- ${where(f)}: exempted (the exemption's details were not reported).`;
        const justification = justificationOf(grant);
        return `- ${where(f)}: ${cell(sentence(grantLine(grant)))}${justification ? ` Justification: ${cell(sentence(justification))}` : ""}`;
    });
    const refused = selection.leadingRefused().flatMap((f) => (f.inactiveExemptions ?? []).map((e) => `- ${where(f)}: ${cell(inactiveLine(e))}`));
    left.exemptions += addSection(page, ["", `### Exempted (${selection.exempted})`, ""], exempted, [], selection.exempted);
    left.exemptions += addSection(page, ["", "### Exemptions that did not apply", ""], refused, [], selection.refusedLines);
}

function addRemediations(page: Page, result: CheckResult, left: LeftOut): void {
    const items = result.remediations.flatMap((r) => r.changes.map((c) => `- \`${cell(r.name, MAX_NAME)}\` (\`${r.policy}\`): \`${cell(c.path)}\` → \`${cell(JSON.stringify(c.after) ?? "undefined")}\``));
    left.remediations = addSection(page, ["", "### Would remediate", ""], items, []);
}

function addNotes(page: Page, result: CheckResult, left: LeftOut): void {
    const items = [...result.notes].sort(compareFindings).map((n) => `- \`${n.policy}\` on \`${cell(n.name || n.urn, MAX_NAME)}\`: ${cell(n.message)}`);
    left.notes = addSection(page, ["", `<details><summary>${result.notes.length} checks could not run</summary>`, ""], items, ["", "</details>"]);
}

function budgetOf(context: ReportContext): number {
    const budget = context.markdownBudget ?? DEFAULT_MARKDOWN_BUDGET;
    if (!Number.isInteger(budget) || budget < MIN_MARKDOWN_BUDGET) {
        throw new RangeError(`markdownBudget must be an integer of at least ${MIN_MARKDOWN_BUDGET} characters, not ${budget}`);
    }
    return budget;
}

/**
 * A Markdown report for pull-request comments that fits `context.markdownBudget` characters
 * (default 65,536, GitHub's comment limit): the verdict and counts, a summary per policy, then the
 * findings most severe first with why and how to fix once per policy, exemptions, remediations
 * and notes — as much as fits, whole rows and closed blocks only — and, when something was left
 * out, one closing line that says how much.
 */
export function renderMarkdown(result: CheckResult, context: ReportContext): string;
/**
 * The Markdown report of a check that did not keep its findings: `selection` took each of them,
 * and `counts` counted them (see `MarkdownSelection`); the text is the same as from kept findings.
 */
export function renderMarkdown(result: CheckResult, context: ReportContext, taken: { selection: MarkdownSelection; counts: FindingCounts }): string;
export function renderMarkdown(result: CheckResult, context: ReportContext, taken?: { selection: MarkdownSelection; counts: FindingCounts }): string {
    const budget = budgetOf(context);
    const s = taken ? summarize(result, taken.counts) : summarize(result);
    const selection = taken?.selection ?? selectionOf(result.findings, budget);
    const all: LeftOut = {
        findings: selection.total,
        policies: selection.total,
        controls: context.controls?.controls.length ?? 0,
        exemptions: selection.exemptionLines,
        remediations: result.remediations.reduce((n, r) => n + r.changes.length, 0),
        notes: result.notes.length,
    };
    // Room for the longest closing line it could come to, and the blank line before it.
    const page = new Page(budget, context.markdownBudgetUnit === "bytes" ? inBytes : inCharacters);
    page.reserve(["", closingLine(all) ?? ""]);
    const head = headLines(result, context, s);
    if (!page.fits(page.cost(head))) throw new RangeError(`markdownBudget ${budget} is too small for the report's verdict and counts`);
    page.add(head);
    const left: LeftOut = { findings: 0, policies: 0, controls: 0, exemptions: 0, remediations: 0, notes: 0 };
    addControls(page, context, left);
    if (selection.total > 0) {
        left.policies = addSection(page, ["", "### Findings by policy", "", "| Policy | Severity | Level | Findings |", "| --- | --- | --- | --- |"], policyRows(selection.policyCounts()), []);
        const rules = ruleEntries(result, selection.firstOfEachPolicy);
        addFindings(page, selection, left, fixesOf((policy) => selection.sharedFix(policy), rules));
        addExemptions(page, selection, left);
    }
    addRemediations(page, result, left);
    addNotes(page, result, left);
    const closing = closingLine(left);
    return page.text(closing ? ["", closing] : []);
}
