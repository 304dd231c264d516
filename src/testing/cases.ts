/**
 * Rule tests written as data: a resource (or several, for stack rules) and the expected result.
 * Adding a case is one entry in a list:
 *
 *     const cases: RuleCase[] = [
 *         { name: "open SSH", resources: mockResource(...), expect: { violations: ["ingress[0].cidrBlocks"] } },
 *         { name: "VPN only", resources: mockResource(...), expect: "pass" },
 *         { name: "CIDR unknown in preview", resources: mockResource(...), expect: "skipped" },
 *     ];
 *     test.each(cases)("$name", (c) => checkCase(rule, c));
 */
import type { ResourceUnderTest } from "../engine/evaluate";
import type { Rule } from "../rule";
import { expectNoViolations, expectSkippedForUnknown } from "./assertions";
import { runRule, type RunOptions, type RunResult } from "./run";

/** An expected violation: its property path, or a fuller description. */
export type ExpectedViolation = string | { readonly propertyPath?: string; readonly urn?: string; readonly messageIncludes?: string };

export interface RuleCase {
    readonly name: string;
    readonly resources: ResourceUnderTest | readonly ResourceUnderTest[];
    /**
     * `"pass"`: no violations; `"skipped"`: not judged because a value was unknown;
     * `{ violations }`: exactly these violations, in any order;
     * `{ remediated }`: at level remediate, these property values after remediation, and no violation left.
     */
    readonly expect: "pass" | "skipped" | { readonly violations: readonly ExpectedViolation[] } | { readonly remediated: Readonly<Record<string, unknown>> };
    readonly options?: RunOptions;
}

function describeAll(result: RunResult): string {
    return result.diagnostics.map((d) => `  - ${d.policyName} ${d.urn} ${d.propertyPath ?? ""}: ${d.message}`).join("\n") || "  (none)";
}

/** Runs one case against the rule and throws, with a listing, when the result differs. */
export async function checkCase(rule: Rule, testCase: RuleCase): Promise<RunResult> {
    const expectation = testCase.expect;
    const options: RunOptions = typeof expectation === "object" && "remediated" in expectation
        ? { level: "remediate", ...testCase.options }
        : { level: "mandatory", ...testCase.options };
    const result = await runRule(rule, testCase.resources, options);
    if (result.ruleErrors.length > 0) throw new Error(`Rule "${rule.id}" threw:\n${describeAll(result)}`);

    if (expectation === "pass") {
        expectNoViolations(result);
        if (result.skippedForUnknown.length > 0) throw new Error(`Expected a verdict, but the rule was skipped:\n${describeAll(result)}`);
    } else if (expectation === "skipped") {
        expectSkippedForUnknown(result, rule.id);
    } else if ("violations" in expectation) {
        const wanted = expectation.violations.map((v) => (typeof v === "string" ? { propertyPath: v } : v));
        const unmatched = [...result.violations];
        for (const want of wanted) {
            const index = unmatched.findIndex(
                (d) =>
                    (want.propertyPath === undefined || d.propertyPath === want.propertyPath) &&
                    (want.urn === undefined || d.urn === want.urn) &&
                    (want.messageIncludes === undefined || d.message.includes(want.messageIncludes)),
            );
            if (index < 0) throw new Error(`Missing violation ${JSON.stringify(want)}; found:\n${describeAll(result)}`);
            unmatched.splice(index, 1);
        }
        if (unmatched.length > 0) throw new Error(`Unexpected extra violations:\n${describeAll({ ...result, diagnostics: unmatched })}`);
    } else {
        const urn = (Array.isArray(testCase.resources) ? testCase.resources[0] : (testCase.resources as ResourceUnderTest)).urn;
        const props = result.remediatedProps.get(urn) ?? {};
        for (const [path, value] of Object.entries(expectation.remediated)) {
            const actual = path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], props);
            if (JSON.stringify(actual) !== JSON.stringify(value)) {
                throw new Error(`Expected ${path} to be ${JSON.stringify(value)} after remediation, got ${JSON.stringify(actual)}`);
            }
        }
        expectNoViolations(result);
    }
    return result;
}
