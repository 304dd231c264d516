/**
 * Property-based robustness: at least 10,000 random cases per pack (seeded; a failure prints the
 * seed and the counterexample). No rule throws, every answer is deterministic, no rule prints a
 * secret. GUARDRAILS_FC_CASES raises the number of cases per pack for a deeper run.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import fc from "fast-check";
import { allPacks } from "../packs";
import { TAGGABLE_AWS_TYPES } from "../packs/tagging/taggable-types.generated";
import { TAGGABLE_AZURE_TYPES } from "../packs/tagging/azure-taggable-types.generated";
import { LABELABLE_GCP_TYPES } from "../packs/tagging/gcp-labelable-types.generated";
import { SEED, fuzzRule } from "./fuzz";
import PROPERTY_NAMES from "./property-names.generated.json";
import { repoRoot } from "./support";

test("the fuzzer's property names are generated from the SDK types and up to date", () => {
    const names = PROPERTY_NAMES as Record<string, { properties: string[]; nested: string[] }>;
    expect(names["aws:ec2/instance:Instance"].properties).toContain("metadataOptions");
    expect(names["aws:ec2/instance:Instance"].nested).toContain("httpTokens");
    expect(names["kubernetes:apps/v1:Deployment"].nested).toContain("privileged");
    const result = spawnSync(process.execPath, [path.join(repoRoot, "scripts", "generate-property-names.mjs"), "--check"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
});

test("every type a resource rule judges has its own property names, except the generated taggable lists", () => {
    const names = PROPERTY_NAMES as Record<string, unknown>;
    const taggable = new Set<string>([...TAGGABLE_AWS_TYPES, ...TAGGABLE_AZURE_TYPES, ...LABELABLE_GCP_TYPES]);
    const missing = allPacks
        .flatMap((p) => p.rules)
        .flatMap((r) => (r.kind === "resource" ? r.resourceTypes.filter((t) => !(t in names) && !taggable.has(t)) : []));
    expect(missing).toEqual([]);
});

// About 50,000 random cases over all packs, as before the Azure and Google Cloud packs arrived.
const CASES_PER_PACK = Number(process.env.GUARDRAILS_FC_CASES ?? 7_000);

describe.each(allPacks.map((p) => [p.name, p] as const))("%s", (_name, pack) => {
    const runsPerRule = Math.ceil(CASES_PER_PACK / pack.rules.length);
    test.each(pack.rules.map((r) => [r.id, r] as const))(`%s survives ${runsPerRule} random cases`, async (_id, rule) => {
        const details = await fuzzRule(rule, runsPerRule);
        if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? `failed with seed ${SEED}`);
    });
});
