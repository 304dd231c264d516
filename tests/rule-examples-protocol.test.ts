/**
 * Every rule's documented examples, judged by the root policy pack over the analyzer protocol
 * (launched as `pulumi preview --policy-pack` launches it): each violating example is reported
 * by its rule, each compliant one is not. This covers every service of every pack.
 */
import { engineConfig, launchPolicyPack, type RunningPack, type WireDiagnostic } from "../src/engine";
import { mockResource } from "../src/testing";
import type { Rule, RuleExample } from "../src";
import { allRules } from "../packs";
import { repoRoot } from "./support";

let pack: RunningPack;

beforeAll(async () => {
    pack = await launchPolicyPack(repoRoot);
    // Every rule on (some are off or quiet by default), at one level for a simple verdict.
    await pack.configure(engineConfig(await pack.getAnalyzerInfo(), { all: "mandatory" }));
});
afterAll(() => pack?.stop());

async function diagnosticsOf(rule: Rule, example: RuleExample): Promise<WireDiagnostic[]> {
    const resources = example.resources.map((r) => mockResource(r.type, { ...r.props }, { name: r.name }));
    if (rule.kind === "stack") return (await pack.analyzeStack(resources)).diagnostics;
    const results = await Promise.all(resources.map((r) => pack.analyze(r)));
    return results.flatMap((r) => r.diagnostics);
}

const withExamples = allRules.filter((r) => r.examples);

test("most rules document examples", () => {
    expect(withExamples.length / allRules.length).toBeGreaterThan(0.9);
});

test.each(withExamples.map((r) => [r.id, r] as const))("%s: examples over the protocol", async (id, rule) => {
    for (const example of rule.examples?.violating ?? []) {
        const own = (await diagnosticsOf(rule, example)).filter((d) => d.policyName === id);
        expect({ example: example.description ?? "violating", reported: own.some((d) => !d.message.startsWith("can't run")) }).toEqual({
            example: example.description ?? "violating",
            reported: true,
        });
    }
    for (const example of rule.examples?.compliant ?? []) {
        const own = (await diagnosticsOf(rule, example)).filter((d) => d.policyName === id);
        expect({ example: example.description ?? "compliant", diagnostics: own.map((d) => d.message) }).toEqual({
            example: example.description ?? "compliant",
            diagnostics: [],
        });
    }
});
