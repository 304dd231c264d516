/**
 * `guardrails check --summary`: the findings grouped by policy, one line each, short enough for
 * one screen however large the stack (the full report goes to `--output`).
 */
import type { CheckResult, Finding } from "../result";
import type { Severity } from "../rule";
import { baselineLines, costLine, formatCount, summarize, verdictOf, type ReportContext, type Summary } from "./context";
import { compareStandings, severityRank, sortFindings, standingOf, type Standing } from "./filter";

/** How much the summary shows. */
export interface SummaryOptions {
    /** Policy lines at most, the "more policies" line included (default 30). */
    readonly maxPolicies?: number;
    /** Resources named per policy before "+N more" (default 3). */
    readonly resourcesPerPolicy?: number;
}

const DEFAULT_MAX_POLICIES = 30;
const DEFAULT_RESOURCES_PER_POLICY = 3;
const MAX_NAME = 40;

/** "blocked — 3 mandatory, 12 advisory, 0 exempted on 40 resources": the verdict in one sentence. */
export function verdictSentence(summary: Summary, blocked?: boolean): string {
    return (
        `${verdictOf(summary, blocked)} — ${formatCount(summary.mandatory)} mandatory, ${formatCount(summary.advisory)} advisory, ` +
        `${formatCount(summary.exempted)} exempted` +
        (summary.baselined !== undefined ? `, ${formatCount(summary.baselined)} baselined (${formatCount(summary.fixed ?? 0)} fixed)` : "") +
        ` on ${formatCount(summary.resources)} ${summary.resources === 1 ? "resource" : "resources"}`
    );
}

/** One policy's findings, counted by standing, with the resources they are on. */
interface PolicyGroup {
    readonly policy: string;
    readonly severity: Severity;
    readonly counts: Record<Standing, number>;
    /** Resource names, in the findings' order, each once (by URN). */
    readonly resources: string[];
    readonly seen: Set<string>;
    worst: Standing;
    total: number;
}

function groupByPolicy(findings: readonly Finding[]): PolicyGroup[] {
    const groups = new Map<string, PolicyGroup>();
    for (const f of sortFindings(findings)) {
        let g = groups.get(f.policy);
        if (!g) {
            g = { policy: f.policy, severity: f.severity, counts: { mandatory: 0, advisory: 0, exempted: 0, baselined: 0 }, resources: [], seen: new Set(), worst: standingOf(f), total: 0 };
            groups.set(f.policy, g);
        }
        g.counts[standingOf(f)]++;
        g.total++;
        if (!g.seen.has(f.urn)) {
            g.seen.add(f.urn);
            g.resources.push(f.name || f.urn || "stack");
        }
    }
    // Sorted findings give each group its worst standing first; order groups the same way, then by size.
    return [...groups.values()].sort(
        (a, b) => compareStandings(a.worst, b.worst) || severityRank(b.severity) - severityRank(a.severity) || b.total - a.total || (a.policy < b.policy ? -1 : 1),
    );
}

const MARK: Record<Standing, string> = { mandatory: "✖", advisory: "▲", exempted: "◇", baselined: "◇" };

function shorten(text: string): string {
    return text.length <= MAX_NAME ? text : `${text.slice(0, MAX_NAME - 1)}…`;
}

function policyLine(g: PolicyGroup, perPolicy: number): string {
    const counts = (["mandatory", "advisory", "exempted", "baselined"] as const).filter((s) => g.counts[s] > 0).map((s) => `${formatCount(g.counts[s])} ${s}`);
    const shown = g.resources.slice(0, perPolicy).map(shorten);
    const more = g.resources.length - shown.length;
    return `  ${MARK[g.worst]} ${g.policy} (${g.severity}): ${counts.join(", ")} — ${shown.join(", ")}${more > 0 ? `, +${formatCount(more)} more` : ""}`;
}

/**
 * The summary: the verdict, then one line per policy that reported (most severe first: what
 * blocks, then advisories, then exemptions; by severity; by count), naming its first resources,
 * then one line for the policies that did not fit, and one for remediations and notes.
 */
export function renderSummary(result: CheckResult, context: ReportContext, options: SummaryOptions = {}): string {
    const maxPolicies = Math.max(1, options.maxPolicies ?? DEFAULT_MAX_POLICIES);
    const perPolicy = Math.max(0, options.resourcesPerPolicy ?? DEFAULT_RESOURCES_PER_POLICY);
    const s = summarize(result);
    const lines = [verdictSentence(s, context.blocked), ""];
    const groups = groupByPolicy(result.findings);
    if (groups.length === 0) lines.push("No findings.");
    else {
        lines.push("Findings by policy, most severe first:");
        const shown = groups.length <= maxPolicies ? groups : groups.slice(0, maxPolicies - 1);
        for (const g of shown) lines.push(policyLine(g, perPolicy));
        const rest = groups.slice(shown.length);
        if (rest.length > 0) {
            const findings = rest.reduce((n, g) => n + g.total, 0);
            lines.push(`  … ${formatCount(rest.length)} more policies with ${formatCount(findings)} ${findings === 1 ? "finding" : "findings"} (see the full report)`);
        }
    }
    const extras = [
        s.remediated > 0 ? `${formatCount(s.remediated)} ${s.remediated === 1 ? "remediation" : "remediations"} would be applied` : "",
        result.notes.length > 0 ? `${formatCount(result.notes.length)} ${result.notes.length === 1 ? "check" : "checks"} could not run` : "",
    ].filter(Boolean);
    const cost = costLine(result);
    const controls = context.controls;
    if (extras.length > 0 || cost || controls || result.baseline) lines.push("");
    if (result.baseline) lines.push(...baselineLines(result.baseline));
    if (extras.length > 0) lines.push(`${extras.join("; ")}.`);
    if (cost) lines.push(cost);
    if (controls) {
        const c = controls.counts;
        lines.push(`${controls.framework.framework} ${controls.framework.version}: ${c.failed} failed, ${c.passed} passed, ${c["not applicable"]} not applicable, ${c["not covered"]} not covered.`);
    }
    return `${lines.join("\n")}\n`;
}
