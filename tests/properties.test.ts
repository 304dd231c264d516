/**
 * Property-based robustness: at least 10,000 random cases per pack (seeded; a failure prints the
 * seed and the counterexample). No rule throws, every answer is deterministic, no rule prints a
 * secret. GUARDRAILS_FC_CASES raises the number of cases per pack for a deeper run.
 */
import fc from "fast-check";
import { allPacks } from "../packs";
import { SEED, fuzzRule } from "./fuzz";

const CASES_PER_PACK = Number(process.env.GUARDRAILS_FC_CASES ?? 10_000);

describe.each(allPacks.map((p) => [p.name, p] as const))("%s", (_name, pack) => {
    const runsPerRule = Math.ceil(CASES_PER_PACK / pack.rules.length);
    test.each(pack.rules.map((r) => [r.id, r] as const))(`%s survives ${runsPerRule} random cases`, async (_id, rule) => {
        const details = await fuzzRule(rule, runsPerRule);
        if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? `failed with seed ${SEED}`);
    });
});
