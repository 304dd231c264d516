/**
 * The result of checking resources: what every report renders. It lives in the core so that
 * reports are pure functions of it and never import the engine that produced it.
 */
import type { ExemptionGrant } from "./policy";
import type { FrameworkMapping, Level, Rule, Severity } from "./rule";

/**
 * What produced a diagnostic: a violation (exempted or not), or a note that a rule did not
 * judge a resource because a value it needed was unknown during preview, was a secret that
 * cannot be read here, or because the rule failed.
 */
export type DiagnosticKind = "violation" | "exempted" | "unknown-during-preview" | "unreadable-secret" | "rule-error";

/** One property a remediation changed. */
export interface PropertyChange {
    /** The property changed, e.g. `metadataOptions.httpTokens`. */
    readonly path: string;
    /** Its value before the remediation. */
    readonly before: unknown;
    /** Its value after. */
    readonly after: unknown;
}

/** An exemption that names a finding's policy and resource but did not lift it. */
export interface InactiveExemption {
    /** The exemption's id. */
    readonly id: string;
    /** Why not, as a status: expired, revoked, unsigned, tampered, ... (`ExemptionStatus`). */
    readonly status: string;
    /** Why not, in words: "exemption ex-1 expired at 2026-11-30T10:00:00Z". */
    readonly reason: string;
    /** When it expires (or expired). */
    readonly expiresAt: string;
}

/** Where a resource is declared in the program: the file (relative to the repository root when known), line and column. */
export interface SourceLocation {
    /** The source file, with forward slashes: relative to the repository (or working directory) when under it, else absolute. */
    readonly file: string;
    /** 1-based line. */
    readonly line: number;
    /** 1-based column, when known. */
    readonly column?: number;
}

/** One diagnostic, as reports show it. */
export interface Finding {
    /** The pack the rule belongs to. */
    readonly pack: string;
    /** The rule id. */
    readonly policy: string;
    /** The level the rule ran at (`advisory` for notes and exempted violations). */
    readonly level: Level;
    /** The rule's severity. */
    readonly severity: Severity;
    /** The resource concerned. */
    readonly urn: string;
    /** Its Pulumi type token. */
    readonly type: string;
    /** Its logical name. */
    readonly name: string;
    /** What is wrong (and where, in words). */
    readonly message: string;
    /** Why it matters. */
    readonly description: string;
    /** Where in the props the problem is, e.g. `ingress[1].cidrBlocks`. */
    readonly propertyPath?: string;
    /** The rule's message id, when it reported one. */
    readonly messageId?: string;
    /** How to fix it. */
    readonly remediation: string;
    /** The compliance controls the rule maps to, by framework key. */
    readonly frameworks?: FrameworkMapping;
    /** What produced it. */
    readonly kind: DiagnosticKind;
    /** The active exemption that lifted this violation (kind "exempted"). */
    readonly exemption?: ExemptionGrant;
    /** Exemptions that name this policy and resource but did not apply, each with the reason why not. */
    readonly inactiveExemptions?: ReadonlyArray<InactiveExemption>;
    /** Where the resource is declared (`new aws.s3.Bucket(...)`), when the input says: programs run by `guardrails preview`. */
    readonly source?: SourceLocation;
}

/** A remediation the engine would apply at level `remediate`. */
export interface RemediationFinding {
    /** The pack the rule belongs to. */
    readonly pack: string;
    /** The rule id. */
    readonly policy: string;
    /** The resource it would change. */
    readonly urn: string;
    /** Its Pulumi type token. */
    readonly type: string;
    /** Its logical name. */
    readonly name: string;
    /** Each property it would change, with the values before and after. */
    readonly changes: readonly PropertyChange[];
}

/** A resource that was checked. */
export interface CheckedResource {
    /** Its URN. */
    readonly urn: string;
    /** Its Pulumi type token. */
    readonly type: string;
    /** Its logical name. */
    readonly name: string;
}

/** What a baseline (`--baseline`) came to in a check. */
export interface BaselineSummary {
    /** The baseline file. */
    readonly file: string;
    /** When it was recorded (ISO 8601). */
    readonly createdAt: string;
    /** Findings it lifted (reported as exempted, their grant's source `baseline`). */
    readonly baselined: number;
    /** Its entries whose findings are gone (of policies that ran): fixed since it was recorded. */
    readonly fixed: ReadonlyArray<{ readonly policy: string; readonly urn: string; readonly propertyPath?: string }>;
    /** Its entries past their expiry: their findings count again. */
    readonly expired: number;
}

/** The result of checking resources against packs: what every report renders. */
export interface CheckResult {
    /** The packs that ran, by name and version. */
    readonly packs: ReadonlyArray<{ name: string; version: string }>;
    /** The rules that ran, with the level each ran at. */
    readonly rules: ReadonlyArray<{ rule: Rule; level: Level }>;
    /** Every resource checked. */
    readonly resources: readonly CheckedResource[];
    /** Violations (mandatory and advisory). */
    readonly findings: readonly Finding[];
    /** Rules that could not judge a resource: unknown values, unreadable secrets, or a rule error. */
    readonly notes: readonly Finding[];
    /** The remediations that would be applied at level `remediate`. */
    readonly remediations: readonly RemediationFinding[];
    /** Stack-wide figures from the packs' `summarize` (e.g. `estimatedMonthlyCost`). */
    readonly packSummaries: Readonly<Record<string, unknown>>;
    /** What the baseline did, when the check was given one. */
    readonly baseline?: BaselineSummary;
}
