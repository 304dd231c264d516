/**
 * Baselines: today's findings recorded by a stable fingerprint (policy, URN, property path —
 * never the message, which may change wording or carry values), so that a check can tell the
 * findings a team already knows about from the ones a change introduces.
 *
 * A baselined finding is reported, not enforced, exactly as an exempted one (kind `exempted`,
 * its grant marked `source: "baseline"`); a baseline entry whose finding is gone is reported as
 * fixed; an entry past its expiry lifts nothing, so debt cannot hide for ever.
 */
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { CheckResult, Finding } from "../result";
import { InputError } from "./errors";
import { readJsonDocument } from "./inputs/json-file";
import { schemaProblem } from "./inputs/schemas";

/** The `kind` a baseline file declares, so that another JSON document is not taken for one. */
export const BASELINE_KIND = "guardrails-baseline";

/** One recorded finding. */
export interface BaselineEntry {
    /** `sha256:` and the hash of policy, URN and property path. */
    readonly fingerprint: string;
    readonly policy: string;
    readonly urn: string;
    readonly propertyPath?: string;
    /** How many findings share this fingerprint (a second one at the same place is new debt). */
    readonly count: number;
    /** This entry stops lifting its findings at this time (ISO 8601); else the file's `expiresAt`. */
    readonly expiresAt?: string;
}

/** A baseline file. */
export interface Baseline {
    readonly version: 1;
    readonly kind: typeof BASELINE_KIND;
    /** When it was recorded (ISO 8601). */
    readonly createdAt: string;
    /** What was checked (the input's path as given). */
    readonly input?: string;
    /** When its entries stop lifting findings (ISO 8601); none: they never expire. */
    readonly expiresAt?: string;
    readonly entries: readonly BaselineEntry[];
}

/** What applying a baseline came to, for reports. */
export interface BaselineOutcome {
    /** The baseline file. */
    readonly file: string;
    /** When it was recorded (ISO 8601). */
    readonly createdAt: string;
    /** Findings the baseline lifted. */
    readonly baselined: number;
    /** Entries whose findings are gone: fixed since the baseline was recorded. */
    readonly fixed: ReadonlyArray<Pick<BaselineEntry, "policy" | "urn" | "propertyPath">>;
    /** Entries past their expiry: their findings count again. */
    readonly expired: number;
}

/** The fingerprint of a finding: policy, URN and property path, nothing else. */
export function findingFingerprint(finding: Pick<Finding, "policy" | "urn" | "propertyPath">): string {
    const key = canonicalize({ policy: finding.policy, urn: finding.urn, propertyPath: finding.propertyPath ?? null }) ?? "";
    return `sha256:${createHash("sha256").update(key).digest("hex")}`;
}

/** Findings a baseline records: violations, whether mandatory or advisory (not exempted ones, not notes). */
function recordable(finding: Finding): boolean {
    return finding.kind === "violation";
}

/** A baseline of a check's findings. */
export function createBaseline(result: CheckResult, options: { readonly createdAt: Date; readonly expiresAt?: Date; readonly input?: string }): Baseline {
    const byFingerprint = new Map<string, BaselineEntry>();
    for (const finding of result.findings) {
        if (!recordable(finding)) continue;
        const fingerprint = findingFingerprint(finding);
        const seen = byFingerprint.get(fingerprint);
        byFingerprint.set(
            fingerprint,
            seen
                ? { ...seen, count: seen.count + 1 }
                : { fingerprint, policy: finding.policy, urn: finding.urn, ...(finding.propertyPath ? { propertyPath: finding.propertyPath } : {}), count: 1 },
        );
    }
    const entries = [...byFingerprint.values()].sort((a, b) => compare(a.policy, b.policy) || compare(a.urn, b.urn) || compare(a.propertyPath ?? "", b.propertyPath ?? ""));
    return {
        version: 1,
        kind: BASELINE_KIND,
        createdAt: options.createdAt.toISOString(),
        ...(options.input ? { input: options.input } : {}),
        ...(options.expiresAt ? { expiresAt: options.expiresAt.toISOString() } : {}),
        entries,
    };
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

const ISO_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$";

/** The baseline file's JSON schema. */
export const baselineSchema = {
    type: "object",
    required: ["version", "kind", "createdAt", "entries"],
    additionalProperties: false,
    properties: {
        version: { const: 1 },
        kind: { const: BASELINE_KIND },
        createdAt: { type: "string", pattern: ISO_TIME },
        input: { type: "string" },
        expiresAt: { type: "string", pattern: ISO_TIME },
        entries: {
            type: "array",
            items: {
                type: "object",
                required: ["fingerprint", "policy", "urn", "count"],
                additionalProperties: false,
                properties: {
                    fingerprint: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" },
                    policy: { type: "string", minLength: 1 },
                    urn: { type: "string", minLength: 1 },
                    propertyPath: { type: "string" },
                    count: { type: "integer", minimum: 1 },
                    expiresAt: { type: "string", pattern: ISO_TIME },
                },
            },
        },
    },
} as const;

/** Reads and validates a baseline file; an InputError says, in one line, what is wrong and where. */
export function readBaselineFile(file: string): Baseline {
    const document = readJsonDocument(file, "a baseline (guardrails baseline create)");
    const problem = schemaProblem(baselineSchema, document);
    if (problem) throw new InputError(file, `not a guardrails baseline: ${problem} (make one with guardrails baseline create)`);
    const baseline = document as Baseline;
    for (const [i, entry] of baseline.entries.entries()) {
        // The fingerprint is derived: an entry edited by hand to cover another finding is refused.
        if (entry.fingerprint !== findingFingerprint(entry)) {
            throw new InputError(file, `entry ${i} (${entry.policy} on ${entry.urn}): its fingerprint does not match its policy, URN and property path`);
        }
    }
    return baseline;
}

/**
 * Lifts findings the baseline records, one at a time as a check makes them: `lift` returns the
 * finding, exempted by the baseline when an active entry with count left matches it; `outcome`,
 * once every finding has passed, says which entries are fixed (of policies that ran).
 */
export function baselineLifter(baseline: Baseline, file: string, now: Date): { lift(finding: Finding): Finding; outcome(rules: CheckResult["rules"]): BaselineOutcome } {
    const remaining = new Map<string, { entry: BaselineEntry; left: number; active: boolean; expiresAt?: string }>();
    let expired = 0;
    for (const entry of baseline.entries) {
        const expiresAt = entry.expiresAt ?? baseline.expiresAt;
        const active = expiresAt === undefined || Date.parse(expiresAt) > now.getTime();
        if (!active) expired++;
        remaining.set(entry.fingerprint, { entry, left: entry.count, active, expiresAt });
    }
    const seen = new Set<string>();
    let baselined = 0;
    const lift = (finding: Finding): Finding => {
        if (!recordable(finding)) return finding;
        const fingerprint = findingFingerprint(finding);
        const slot = remaining.get(fingerprint);
        if (!slot) return finding;
        seen.add(fingerprint);
        if (!slot.active || slot.left === 0) return finding;
        slot.left--;
        baselined++;
        return {
            ...finding,
            kind: "exempted",
            level: "advisory",
            exemption: {
                id: "baseline",
                approvedBy: file,
                expiresAt: slot.expiresAt ?? "",
                source: "baseline",
                since: baseline.createdAt,
            },
        };
    };
    const outcome = (rules: CheckResult["rules"]): BaselineOutcome => {
        // An entry of a policy that did not run (another --packs selection, disabled) is not fixed.
        const ran = new Set(rules.filter((r) => r.level !== "disabled").map((r) => r.rule.id));
        const fixed = baseline.entries
            .filter((entry) => !seen.has(entry.fingerprint) && ran.has(entry.policy))
            .map((entry) => ({ policy: entry.policy, urn: entry.urn, ...(entry.propertyPath ? { propertyPath: entry.propertyPath } : {}) }));
        return { file, createdAt: baseline.createdAt, baselined, fixed, expired };
    };
    return { lift, outcome };
}

/**
 * The check's result with the findings the baseline records lifted (as exempted, by a grant
 * whose source is the baseline), and what the baseline came to. Entries past their expiry at
 * `now` lift nothing.
 */
export function applyBaseline(result: CheckResult, baseline: Baseline, file: string, now: Date): { result: CheckResult; outcome: BaselineOutcome } {
    const lifter = baselineLifter(baseline, file, now);
    const findings = result.findings.map(lifter.lift);
    const outcome = lifter.outcome(result.rules);
    return { result: { ...result, findings, baseline: outcome }, outcome };
}
