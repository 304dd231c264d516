import type { FrameworkMapping, Rule, Severity } from "../rule";
import type { ExemptionGrant } from "../policy";
import type { BaselineSummary, CheckResult, Finding, InactiveExemption } from "../result";
import type { FrameworkResult } from "../frameworks";

/** What a report knows besides the check result. */
export interface ReportContext {
    /** The tool's name and version, as reports credit it. */
    readonly tool: { readonly name: string; readonly version: string };
    /** The checked file, as given on the command line. */
    readonly inputFile?: string;
    /** ANSI colours (the table only; set when writing to a terminal). */
    readonly color?: boolean;
    /** With `check --framework`: the result grouped by the framework's controls. */
    readonly controls?: FrameworkResult;
    /** The most characters (JS string length) the Markdown report may have; default `DEFAULT_MARKDOWN_BUDGET`. */
    readonly markdownBudget?: number;
    /** What `markdownBudget` counts: "characters" (JS string length, the default) or "bytes" (UTF-8). */
    readonly markdownBudgetUnit?: "characters" | "bytes";
    /**
     * Whether the run fails (exit 1), when the caller judged it with its own threshold
     * (`check --fail-on`); by default a mandatory finding fails it. Reports head with this verdict.
     */
    readonly blocked?: boolean;
}

/** GitHub's limit on a pull-request comment, in characters: the Markdown report's default budget. */
export const DEFAULT_MARKDOWN_BUDGET = 65_536;

/** The counts every report leads with (the JSON contract's `summary`). */
export interface Summary {
    /** Resources checked. */
    readonly resources: number;
    /** Violations found (mandatory, advisory and exempted). */
    readonly violations: number;
    /** Violations that block the deployment. */
    readonly mandatory: number;
    /** Violations that are reported only. */
    readonly advisory: number;
    /** Remediations that would be applied. */
    readonly remediated: number;
    /** Violations lifted by an exemption. */
    readonly exempted: number;
    /** Violations lifted by the baseline (present only when the check was given one). */
    readonly baselined?: number;
    /** Baseline entries whose findings are gone (present only with a baseline). */
    readonly fixed?: number;
}

/** The summary counts of a check result. */
export function summarize(result: CheckResult, counts: FindingCounts = countFindings(result.findings)): Summary {
    return {
        resources: result.resources.length,
        violations: counts.violations,
        mandatory: counts.mandatory,
        advisory: counts.violations - counts.mandatory - counts.exempted - counts.baselined,
        remediated: result.remediations.length,
        exempted: counts.exempted,
        ...(result.baseline ? { baselined: counts.baselined, fixed: result.baseline.fixed.length } : {}),
    };
}

/** How many findings there are, by standing: what a summary needs of them. */
export interface FindingCounts {
    /** Every violation (mandatory, advisory, exempted and baselined). */
    violations: number;
    /** Those that block (not exempted). */
    mandatory: number;
    /** Those lifted by an exemption. */
    exempted: number;
    /** Those lifted by the baseline. */
    baselined: number;
}

/** No findings yet. */
export function noFindings(): FindingCounts {
    return { violations: 0, mandatory: 0, exempted: 0, baselined: 0 };
}

/** Adds one finding to the counts. */
export function countFinding(counts: FindingCounts, f: Finding): void {
    counts.violations++;
    if (f.kind === "exempted") {
        if (f.exemption?.source === "baseline") counts.baselined++;
        else counts.exempted++;
    } else if (f.level === "mandatory") counts.mandatory++;
}

/** The counts of a list of findings. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
    const counts = noFindings();
    for (const f of findings) countFinding(counts, f);
    return counts;
}

/** What a run comes to: blocked, passed with advisories, or passed. */
export type Verdict = "blocked" | "passed with advisories" | "passed";

/** The verdict on counts: `blocked` when given, else when a finding is mandatory. */
export function verdictOf(summary: Summary, blocked: boolean = summary.mandatory > 0): Verdict {
    return blocked ? "blocked" : summary.advisory > 0 ? "passed with advisories" : "passed";
}

// Made on first use: creating it loads locale data, which costs commands that never count.
let countFormat: Intl.NumberFormat | undefined;

/** A count with thousands separators: 12345 → "12,345". */
export function formatCount(n: number): string {
    return (countFormat ??= new Intl.NumberFormat("en-US")).format(n);
}

function plural(n: number, noun: string): string {
    return `${n} ${n === 1 ? noun : noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}

/**
 * The cost estimate a pack summary may carry, in a sentence; undefined when there is none, or
 * when it neither priced nor listed anything (a stack of only other clouds' resources is not "$0").
 */
export function costLine(result: CheckResult): string | undefined {
    const estimate = result.packSummaries.estimatedMonthlyCost as
        | { totalUsd?: unknown; items?: unknown[]; unpriced?: unknown[]; pricesAsOf?: unknown; priceRegion?: unknown; covers?: unknown }
        | undefined;
    if (!estimate || typeof estimate.totalUsd !== "number") return undefined;
    const unpriced = Array.isArray(estimate.unpriced) ? estimate.unpriced.length : 0;
    const priced = Array.isArray(estimate.items) ? estimate.items.length : 0;
    if (priced === 0 && unpriced === 0) return undefined;
    const prices = [estimate.covers, estimate.priceRegion].filter((s): s is string => typeof s === "string" && s !== "");
    const asOf = typeof estimate.pricesAsOf === "string" ? ` as of ${estimate.pricesAsOf}` : "";
    return (
        `Estimated monthly cost: $${estimate.totalUsd.toFixed(2)} (${prices.map((s) => `${s} `).join("")}on-demand list prices${asOf}, ${plural(priced, "priced resource")}` +
        `${unpriced > 0 ? `; ${plural(unpriced, "billable resource")} could not be priced and ${unpriced === 1 ? "is" : "are"} not included` : ""}).`
    );
}

/** Findings grouped by resource URN, resources in input order, mandatory first within each. */
export function findingsByResource(result: CheckResult, findings: readonly Finding[] = result.findings): Array<{ urn: string; type: string; name: string; findings: Finding[] }> {
    const groups = new Map<string, Finding[]>();
    for (const f of findings) {
        const list = groups.get(f.urn);
        if (list) list.push(f);
        else groups.set(f.urn, [f]);
    }
    const order = new Map(result.resources.map((r, i) => [r.urn, i]));
    const rank = (f: Finding) => (f.level === "mandatory" ? 0 : 1);
    return [...groups.entries()]
        .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
        .map(([urn, list]) => ({
            urn,
            type: list[0].type,
            name: list[0].name || "(stack)",
            findings: list.sort((x, y) => rank(x) - rank(y) || x.policy.localeCompare(y.policy)),
        }));
}

/** A framework's controls in a check, one line per control that failed, with the totals. */
export function controlLines(controls: FrameworkResult): string[] {
    const c = controls.counts;
    const head = `${controls.framework.framework} ${controls.framework.version}: ${c.failed} failed, ${c.passed} passed, ${c["not applicable"]} not applicable, ${c["not covered"]} not covered.`;
    const failed = controls.controls.filter((x) => x.status === "failed").map((x) => `  ✖ ${x.id} ${x.title} — ${x.rules.join(", ")}`);
    return [head, ...failed];
}

/**
 * Who let an exempted finding through, in one line: "Exempted by ex-1, approved by sam, until
 * 2026-12-01T00:00:00Z, requested by dana, signed". Every report uses it, so they read alike.
 */
export function grantLine(grant: ExemptionGrant): string {
    if (grant.source === "baseline") {
        return `Baselined in ${grant.approvedBy} on ${(grant.since ?? "").slice(0, 10)}, ${grant.expiresAt ? `until ${grant.expiresAt}` : "no expiry"}`;
    }
    return [`Exempted by ${grant.id}`, `approved by ${grant.approvedBy}`, `until ${grant.expiresAt}`, ...grantExtras(grant)].join(", ");
}

/** Most fixed baseline entries a text report lists one by one. */
const MAX_FIXED_LISTED = 20;

/** "Baseline b.json (recorded 2026-12-03): 2 entries fixed since", and the fixed ones. */
export function baselineLines(baseline: BaselineSummary): string[] {
    const lines = [
        `Baseline ${baseline.file} (recorded ${baseline.createdAt.slice(0, 10)}): ${plural(baseline.fixed.length, "entry")} fixed since` +
            (baseline.expired > 0 ? `, ${plural(baseline.expired, "entry")} expired (their findings count again)` : "") +
            ".",
    ];
    for (const entry of baseline.fixed.slice(0, MAX_FIXED_LISTED)) {
        lines.push(`  ✓ fixed  ${entry.policy} on ${entry.urn}${entry.propertyPath ? ` (${entry.propertyPath})` : ""}`);
    }
    if (baseline.fixed.length > MAX_FIXED_LISTED) lines.push(`  … and ${baseline.fixed.length - MAX_FIXED_LISTED} more fixed`);
    return lines;
}

/** What a grant says beyond id, approver and expiry: who asked for it and whether it was signed. */
export function grantExtras(grant: ExemptionGrant): string[] {
    return [
        ...(grant.requestedBy ? [`requested by ${grant.requestedBy}`] : []),
        ...(grant.signed === true ? ["signed"] : grant.signed === false ? ["not signed"] : []),
    ];
}

/** The grant's justification, trimmed ("" when it has none). */
export function justificationOf(grant: ExemptionGrant): string {
    return grant.reason?.trim() ?? "";
}

/**
 * Whether a finding's message already names the grant's id, approver and expiry (the engine's
 * "Exempted by ex-1 (approved by sam, until …): …" prefix), so a report need not repeat them.
 */
export function messageNamesGrant(message: string, grant: ExemptionGrant): boolean {
    return [grant.id, grant.approvedBy, grant.expiresAt].every((part) => part !== "" && message.includes(part));
}

/** A sentence with its full stop: "a" → "a.", "a." stays. */
export function sentence(text: string): string {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Why an exemption did not lift a finding: "Exemption ex-2 does not apply: <reason>." (the status when there is no reason). */
export function inactiveLine(exemption: InactiveExemption): string {
    return sentence(`Exemption ${exemption.id} does not apply: ${exemption.reason.trim() || exemption.status || "unknown reason"}`);
}

/** What a report says once about each rule that has findings. */
export interface RuleEntry {
    /** The pack the rule belongs to. */
    readonly pack: string;
    /** The rule's title. */
    readonly title: string;
    /** The rule's severity. */
    readonly severity: Severity;
    /** Why it matters. */
    readonly description: string;
    /** How to fix it, in general (a violation may carry its own). */
    readonly remediation: string;
    /** The compliance controls the rule maps to, by framework key. */
    readonly frameworks?: FrameworkMapping;
    /** Where the rule is documented. */
    readonly url?: string;
}

/**
 * What a report says of `f`'s rule: the rule's own texts, or for a finding from outside the packs
 * (the provisioning key) what the finding says of itself.
 */
export function ruleEntryFor(rule: Rule | undefined, f: Finding): RuleEntry {
    const entry: RuleEntry = rule
        ? { pack: rule.pack ?? f.pack, title: rule.title, severity: rule.severity, description: rule.description, remediation: rule.remediation }
        : { pack: f.pack, title: f.policy, severity: f.severity, description: f.description, remediation: f.remediation };
    const frameworks = rule?.frameworks ?? f.frameworks;
    return Object.assign(entry, frameworks ? { frameworks } : {}, rule?.url ? { url: rule.url } : {});
}

/**
 * The rules that have findings or notes, by id, in first-seen order. `findings` stands in for the
 * result's when they were not kept (the first finding of each policy is enough).
 */
export function ruleEntries(result: CheckResult, findings: Iterable<Finding> = result.findings): Map<string, RuleEntry> {
    const known = new Map(result.rules.map(({ rule }) => [rule.id, rule]));
    const entries = new Map<string, RuleEntry>();
    const add = (f: Finding) => {
        if (!entries.has(f.policy)) entries.set(f.policy, ruleEntryFor(known.get(f.policy), f));
    };
    for (const f of findings) add(f);
    for (const f of result.notes) add(f);
    return entries;
}

/**
 * How reports for people say how to fix things, once per policy where they can: a policy's fix
 * is the one its findings share (a rule may word its fix per violation, often alike), else its
 * rule's; a finding shows its own fix only where its policy's findings differ.
 */
export function reportedFixes(result: CheckResult, rules: ReadonlyMap<string, RuleEntry> = ruleEntries(result)): ReportedFixes {
    const shared = new SharedFixes();
    for (const f of result.findings) shared.take(f);
    return fixesOf((policy) => shared.of(policy), rules);
}

const MIXED = Symbol("mixed fixes");

/** The fix each policy's findings share, tallied one finding at a time. */
export class SharedFixes {
    private readonly fixes = new Map<string, string | typeof MIXED>();

    /** Tallies `f`; true when it is the first finding of its policy. */
    take(f: Finding): boolean {
        const fix = this.fixes.get(f.policy);
        if (fix === undefined) {
            this.fixes.set(f.policy, f.remediation);
            return true;
        }
        if (fix !== f.remediation) this.fixes.set(f.policy, MIXED);
        return false;
    }

    /** The fix every finding of `policy` gave, if they all gave the same one. */
    of(policy: string): string | undefined {
        const fix = this.fixes.get(policy);
        return fix === MIXED ? undefined : fix;
    }
}

/** How reports say how to fix things (see `reportedFixes`). */
export interface ReportedFixes {
    /** The fix to show once for a policy. */
    forPolicy(policy: string): string | undefined;
    /** A finding's own fix, where its policy's findings differ. */
    ownFix(f: Finding): string | undefined;
}

/** `reportedFixes` from `shared`: the fix every finding of a policy shares, if they share one. */
export function fixesOf(shared: (policy: string) => string | undefined, rules: ReadonlyMap<string, RuleEntry>): ReportedFixes {
    return {
        forPolicy: (policy) => shared(policy) || rules.get(policy)?.remediation,
        ownFix: (f) => (shared(f.policy) === undefined && f.remediation && f.remediation !== rules.get(f.policy)?.remediation ? f.remediation : undefined),
    };
}
