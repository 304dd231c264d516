/**
 * MarkdownSelection (src/report/markdown-selection.ts) keeps, of findings taken one by one, only
 * those a Markdown page of its budget could show: they must be exactly the first of all the
 * findings sorted most severe first (ties in the order taken), however the findings come.
 */
import type { Finding } from "../src/result";
import type { Severity } from "../src/rule";
import { MarkdownSelection } from "../src/report";
import { sortFindings, standingOf } from "../src/report/filter";

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
        return state / 2_147_483_648;
    };
}

const SEVERITIES: readonly Severity[] = ["low", "medium", "high", "critical"];

/** Findings with many ties: few policies, names and URNs, each finding its own message. */
function findings(count: number, seed: number): Finding[] {
    const next = random(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    return Array.from({ length: count }, (_, i) => {
        const policy = pick(["a-policy", "b-policy", "c-policy", "d-policy"]);
        const exempted = next() < 0.15;
        return {
            pack: "p",
            policy,
            level: next() < 0.3 ? "mandatory" : "advisory",
            // Mostly one severity per policy, sometimes another, as a finding from outside the packs may.
            severity: next() < 0.9 ? SEVERITIES[policy.charCodeAt(0) % 4] : pick(SEVERITIES),
            urn: `urn:pulumi:s::p::t::${pick(["x", "y"])}`,
            type: "t",
            name: pick(["x", "y", ""]),
            message: `finding ${i}`,
            description: "why",
            remediation: policy === "d-policy" ? `fix ${i % 2}` : "fix",
            kind: exempted ? "exempted" : "violation",
            ...(exempted ? { exemption: { id: `e${i}`, approvedBy: "sam", expiresAt: "2027-01-01T00:00:00Z", ...(next() < 0.5 ? { source: "baseline" as const } : {}) } } : {}),
            ...(next() < 0.1 ? { inactiveExemptions: [{ id: `i${i}`, status: "expired", reason: "expired", expiresAt: "2026-01-01T00:00:00Z" }] } : {}),
        } as Finding;
    });
}

function taken(all: readonly Finding[], budget: number): MarkdownSelection {
    const selection = new MarkdownSelection(budget);
    for (const f of all) selection.take(f);
    return selection;
}

describe.each([1, 2, 3])("seed %d", (seed) => {
    const all = findings(5_000, seed);
    const sorted = sortFindings(all);

    test.each([24, 600, 12_000, 120_000])("at budget %d: the findings kept are the first of all, sorted", (budget) => {
        const limit = Math.floor(budget / 12) + 1;
        const selection = taken(all, budget);
        const same = (kept: readonly Finding[], expected: readonly Finding[]) => {
            expect(kept.length).toBe(expected.length);
            expect(kept.every((f, i) => f === expected[i])).toBe(true);
        };
        same(selection.leading(), sorted.slice(0, limit));
        same(selection.leadingExempted(), sorted.filter((f) => f.kind === "exempted").slice(0, limit));
        same(selection.leadingRefused(), sorted.filter((f) => f.inactiveExemptions).slice(0, limit));
        expect(selection.total).toBe(all.length);
        expect(selection.exempted).toBe(all.filter((f) => f.kind === "exempted").length);
        expect(selection.refusedLines).toBe(all.filter((f) => f.inactiveExemptions).length);
    });

    test("one count per run of a policy at a standing, in sorted order", () => {
        const runs: Array<{ policy: string; severity: Severity; standing: string; count: number }> = [];
        for (const f of sorted) {
            const last = runs[runs.length - 1];
            if (last && last.policy === f.policy && last.standing === standingOf(f)) last.count++;
            else runs.push({ policy: f.policy, severity: f.severity, standing: standingOf(f), count: 1 });
        }
        expect(taken(all, 600).policyCounts()).toEqual(runs);
    });

    test("a policy's fix is shared only when all its findings give the same one", () => {
        const selection = taken(all, 600);
        expect(selection.sharedFix("a-policy")).toBe("fix");
        expect(selection.sharedFix("d-policy")).toBeUndefined();
        expect(selection.sharedFix("no-such-policy")).toBeUndefined();
    });
});
