/** Comparing two runs of the same rules (in-process and over the protocol) diagnostic by diagnostic. */

/** The fields two runs of the same rules must agree on. */
export interface ComparableDiagnostic {
    /** The policy that reported it. */
    readonly policyName: string;
    /** The resource concerned. */
    readonly urn: string;
    /** The level it was reported at. */
    readonly enforcementLevel: string;
    /** The full message. */
    readonly message: string;
}

/** A diagnostic that only one side reported. */
export interface DiagnosticDifference {
    /** The side that reported it. */
    readonly only: "left" | "right";
    /** The diagnostic itself. */
    readonly diagnostic: ComparableDiagnostic;
}

function keyOf(d: ComparableDiagnostic): string {
    return JSON.stringify([d.policyName, d.urn, d.enforcementLevel, d.message]);
}

/**
 * Diagnostics present on one side and not the other, compared on policy, URN, level and message
 * (as multisets: a diagnostic reported twice on one side and once on the other is a difference).
 */
export function diffDiagnostics(left: readonly ComparableDiagnostic[], right: readonly ComparableDiagnostic[]): DiagnosticDifference[] {
    const counts = new Map<string, { diagnostic: ComparableDiagnostic; count: number }>();
    for (const d of left) {
        const k = keyOf(d);
        counts.set(k, { diagnostic: d, count: (counts.get(k)?.count ?? 0) + 1 });
    }
    for (const d of right) {
        const k = keyOf(d);
        counts.set(k, { diagnostic: counts.get(k)?.diagnostic ?? d, count: (counts.get(k)?.count ?? 0) - 1 });
    }
    const differences: DiagnosticDifference[] = [];
    for (const { diagnostic, count } of counts.values()) {
        for (let i = 0; i < Math.abs(count); i++) differences.push({ only: count > 0 ? "left" : "right", diagnostic });
    }
    return differences;
}
