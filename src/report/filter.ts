/**
 * Which findings a report shows, in which order, and which of them fail a run: the helpers behind
 * `guardrails check --min-severity` and `--fail-on`, shared by every renderer that orders findings.
 */
import type { CheckResult, Finding } from "../result";
import type { Severity } from "../rule";

/** Severities a filter or threshold may name, least severe first (`info` is below every rule's severity). */
export const REPORT_SEVERITIES = ["info", "low", "medium", "high", "critical"] as const;
/** One of `REPORT_SEVERITIES`. */
export type ReportSeverity = (typeof REPORT_SEVERITIES)[number];

/** What `--fail-on` accepts: a severity, or a level (`mandatory`: today's default, `advisory`: any finding). */
export const FAIL_ON_VALUES = [...REPORT_SEVERITIES, "advisory", "mandatory"] as const;
/** One of `FAIL_ON_VALUES`. */
export type FailOn = (typeof FAIL_ON_VALUES)[number];

/** Where a finding stands: blocks the run, is reported only, or was lifted by an exemption. */
export type Standing = "mandatory" | "advisory" | "exempted" | "baselined";

/** 0 for `info` up to 4 for `critical`. */
export function severityRank(severity: Severity | ReportSeverity): number {
    return REPORT_SEVERITIES.indexOf(severity);
}

/** Whether `text` names a severity (`info` … `critical`). */
export function isReportSeverity(text: string): text is ReportSeverity {
    return (REPORT_SEVERITIES as readonly string[]).includes(text);
}

/** Whether `text` is something `--fail-on` accepts. */
export function isFailOn(text: string): text is FailOn {
    return (FAIL_ON_VALUES as readonly string[]).includes(text);
}

/** What a finding's standing and order are worked out from. */
export type OrderedFinding = Pick<Finding, "kind" | "level" | "severity" | "policy" | "name" | "urn"> & { readonly exemption?: { readonly source?: "baseline" } };

/** A finding's standing: exempted, else the level it was reported at. */
export function standingOf(finding: OrderedFinding): Standing {
    if (finding.kind === "exempted") return finding.exemption?.source === "baseline" ? "baselined" : "exempted";
    return finding.level === "mandatory" ? "mandatory" : "advisory";
}

const STANDING_ORDER: Record<Standing, number> = { mandatory: 0, advisory: 1, exempted: 2, baselined: 3 };

/** Compares standings: mandatory before advisory before exempted. */
export function compareStandings(a: Standing, b: Standing): number {
    return STANDING_ORDER[a] - STANDING_ORDER[b];
}

/**
 * Most severe first: mandatory before advisory before exempted, then critical before … info,
 * then by policy, then by resource (name, then URN) so the order never depends on the input's.
 */
export function compareFindings(a: OrderedFinding, b: OrderedFinding): number {
    return (
        compareStandings(standingOf(a), standingOf(b)) ||
        severityRank(b.severity) - severityRank(a.severity) ||
        compareText(a.policy, b.policy) ||
        compareText(a.name, b.name) ||
        compareText(a.urn, b.urn)
    );
}

/** Code-unit order: the same on every machine and locale, and fast on large lists. */
function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** The findings, most severe first (a new array; see `compareFindings`). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
    return [...findings].sort(compareFindings);
}

/**
 * The result as if only rules at or above `minimum` severity had reported: findings, notes and
 * remediations of less severe rules are dropped, so they count neither in the report nor in the
 * verdict. Resources and rules stay as checked. `info` keeps everything.
 */
export function filterBySeverity(result: CheckResult, minimum: ReportSeverity): CheckResult {
    const floor = severityRank(minimum);
    if (floor === 0) return result;
    const kept = (f: Finding) => meetsSeverity(f, minimum);
    const severityOf = new Map(result.rules.map(({ rule }) => [rule.id, rule.severity]));
    // A remediation whose rule is unknown is kept: dropping what cannot be judged would hide it.
    const keptRemediation = (policy: string) => {
        const severity = severityOf.get(policy);
        return severity === undefined || severityRank(severity) >= floor;
    };
    return Object.assign({}, result, {
        findings: result.findings.filter(kept),
        notes: result.notes.filter(kept),
        remediations: result.remediations.filter((r) => keptRemediation(r.policy)),
    });
}

/**
 * Whether the result fails a run under `--fail-on` (exit 1): `mandatory` when a non-exempted
 * finding is mandatory, `advisory` when any finding is not exempted, a severity when a
 * non-exempted finding's rule is at least that severe. Exempted findings never fail a run.
 */
export function failsOn(result: CheckResult, threshold: FailOn = "mandatory"): boolean {
    return result.findings.some((f) => failsOnFinding(f, threshold));
}

/** Whether this one finding fails a run under `--fail-on` (see `failsOn`). */
export function failsOnFinding(f: Finding, threshold: FailOn = "mandatory"): boolean {
    if (f.kind === "exempted") return false;
    if (threshold === "mandatory") return f.level === "mandatory";
    if (threshold === "advisory") return true;
    return severityRank(f.severity) >= severityRank(threshold);
}

/** Whether `--min-severity minimum` keeps the finding (see `filterBySeverity`). */
export function meetsSeverity(f: Finding, minimum: ReportSeverity): boolean {
    return severityRank(f.severity) >= severityRank(minimum);
}
