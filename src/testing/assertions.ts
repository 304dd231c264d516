/**
 * Assertions over a `RunResult`. They throw plain Errors with a listing of what was found, so
 * they work under jest, mocha, node:test or any runner.
 */
import type { Diagnostic } from "../engine/evaluate";
import type { Level } from "../rule";
import { SECRET_PLACEHOLDER } from "../resource";
import type { RunResult } from "./run";

/** Which violations an assertion looks for; every field given must match. */
export interface ViolationQuery {
    /** Only violations on this resource. */
    readonly urn?: string;
    /** Only violations at this property path. */
    readonly propertyPath?: string;
    /** Only violations at this level. */
    readonly level?: Level;
    /** Text the message must contain. */
    readonly messageIncludes?: string;
    /** The message id the rule reported (see `messages` in the rule's metadata). */
    readonly messageId?: string;
}

function describe(d: Diagnostic): string {
    const path = d.propertyPath ? ` at ${d.propertyPath}` : "";
    return `  - [${d.enforcementLevel}] ${d.policyName} on ${d.urn || "(stack)"}${path}: ${d.message.split("\n").slice(1).join(" ") || d.message}`;
}

function listing(result: RunResult): string {
    const all = result.diagnostics;
    return all.length === 0 ? "  (no diagnostics)" : all.map(describe).join("\n");
}

function matches(d: Diagnostic, ruleId: string, q: ViolationQuery): boolean {
    return (
        d.policyName === ruleId &&
        (q.urn === undefined || d.urn === q.urn) &&
        (q.propertyPath === undefined || d.propertyPath === q.propertyPath) &&
        (q.level === undefined || d.enforcementLevel === q.level) &&
        (q.messageIncludes === undefined || d.message.includes(q.messageIncludes)) &&
        (q.messageId === undefined || d.messageId === q.messageId)
    );
}

/** Asserts that `ruleId` reported at least one violation matching the query; returns the matches. */
export function expectViolation(result: RunResult, ruleId: string, query: ViolationQuery = {}): Diagnostic[] {
    const found = result.violations.filter((d) => matches(d, ruleId, query));
    if (found.length === 0) {
        throw new Error(`Expected a violation of "${ruleId}" matching ${JSON.stringify(query)}, found:\n${listing(result)}`);
    }
    return found;
}

/** Asserts there are no violations (of `ruleId`, when given) and no rule errors. */
export function expectNoViolations(result: RunResult, ruleId?: string): void {
    const found = [...result.violations, ...result.ruleErrors].filter((d) => ruleId === undefined || d.policyName === ruleId);
    if (found.length > 0) {
        throw new Error(`Expected no violations${ruleId ? ` of "${ruleId}"` : ""}, found:\n${found.map(describe).join("\n")}`);
    }
}

/**
 * Asserts that `ruleId` did not judge a resource because a value it needed was unknown (as in
 * preview), and so reported no violation.
 */
export function expectSkippedForUnknown(result: RunResult, ruleId: string, urn?: string): void {
    const skipped = result.skippedForUnknown.some((d) => d.policyName === ruleId && (urn === undefined || d.urn === urn));
    if (!skipped) throw new Error(`Expected "${ruleId}" to be skipped for an unknown value, found:\n${listing(result)}`);
    expectNoViolations(result, ruleId);
}

/**
 * Asserts that `ruleId` did not judge a resource because a value it needed could not be read:
 * unknown during preview, or a secret that cannot be read here. No violation, and never a pass.
 */
export function expectCouldNotJudge(result: RunResult, ruleId: string, urn?: string): void {
    const notes = [...result.skippedForUnknown, ...result.skippedForSecret];
    if (!notes.some((d) => d.policyName === ruleId && (urn === undefined || d.urn === urn))) {
        throw new Error(`Expected "${ruleId}" to say it could not judge (unknown or unreadable secret value), found:\n${listing(result)}`);
    }
    expectNoViolations(result, ruleId);
}

/** Asserts that remediation by `ruleId` changed the given property to the given value. */
export function expectRemediated(result: RunResult, ruleId: string, propertyPath: string, value?: unknown): void {
    const change = result.remediations
        .filter((r) => r.policyName === ruleId)
        .flatMap((r) => r.changes)
        .find((c) => c.path === propertyPath);
    if (!change || (value !== undefined && JSON.stringify(change.after) !== JSON.stringify(value))) {
        throw new Error(
            `Expected "${ruleId}" to remediate ${propertyPath}${value === undefined ? "" : ` to ${JSON.stringify(value)}`}, ` +
                `remediations: ${JSON.stringify(result.remediations)}`,
        );
    }
}

/** Asserts that no message contains any of the given secret values (they must show as `[secret]`). */
export function expectNoSecretsInMessages(result: RunResult, secrets: readonly string[]): void {
    for (const d of result.diagnostics) {
        for (const s of secrets) {
            if (s.length > 0 && s !== SECRET_PLACEHOLDER && d.message.includes(s)) {
                throw new Error(`Secret value leaked in a message of "${d.policyName}": ${describe(d)}`);
            }
        }
    }
}
