/**
 * The result of checking resources: what every report renders. It lives in the core so that
 * reports are pure functions of it and never import the engine that produced it.
 */
import type { ExemptionGrant } from "./policy";
import type { FrameworkMapping, Level, Rule, Severity } from "./rule";

/** What produced a diagnostic. */
export type DiagnosticKind = "violation" | "exempted" | "unknown-during-preview" | "rule-error";

/** One property a remediation changed. */
export interface PropertyChange {
    readonly path: string;
    readonly before: unknown;
    readonly after: unknown;
}

/** One diagnostic, as reports show it. */
export interface Finding {
    readonly pack: string;
    readonly policy: string;
    readonly level: Level;
    readonly severity: Severity;
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    /** What is wrong (and where, in words). */
    readonly message: string;
    /** Why it matters. */
    readonly description: string;
    readonly propertyPath?: string;
    /** How to fix it. */
    readonly remediation: string;
    readonly frameworks?: FrameworkMapping;
    readonly kind: DiagnosticKind;
    /** The active exemption that lifted this violation (kind "exempted"). */
    readonly exemption?: ExemptionGrant;
    /** Exemptions that name this policy and resource but are expired or not yet valid. */
    readonly inactiveExemptions?: ReadonlyArray<{ id: string; status: string; expiresAt: string }>;
}

/** A remediation the engine would apply at level `remediate`. */
export interface RemediationFinding {
    readonly pack: string;
    readonly policy: string;
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly changes: readonly PropertyChange[];
}

export interface CheckedResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
}

export interface CheckResult {
    readonly packs: ReadonlyArray<{ name: string; version: string }>;
    /** The rules that ran, with the level each ran at. */
    readonly rules: ReadonlyArray<{ rule: Rule; level: Level }>;
    readonly resources: readonly CheckedResource[];
    /** Violations (mandatory and advisory). */
    readonly findings: readonly Finding[];
    /** Rules that could not judge a resource: unknown values, or a rule error. */
    readonly notes: readonly Finding[];
    readonly remediations: readonly RemediationFinding[];
    /** Stack-wide figures from the packs' `summarize` (e.g. `estimatedMonthlyCost`). */
    readonly packSummaries: Readonly<Record<string, unknown>>;
}
