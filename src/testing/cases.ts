/**
 * Rule tests written as data: a resource (or several, for stack rules) and the expected result.
 * Adding a case is one entry in a list, exported so that a meta-test can check that
 * every rule has a violating, a compliant and an unknown-value case:
 *
 *     export const cases: RuleCase[] = [
 *         { name: "open SSH", resources: mockResource(...), expect: { violations: ["ingress[0].cidrBlocks"] } },
 *         { name: "VPN only", resources: mockResource(...), expect: "pass" },
 *         { name: "CIDR unknown in preview", resources: mockResource(...), expect: "skipped" },
 *     ];
 *     test.each(cases)("$name", (c) => checkCase(rule, c));
 */
import type { Diagnostic, ResourceUnderTest } from "../engine/evaluate";
import type { MessageData, Rule } from "../rule";
import { expectCouldNotJudge, expectNoViolations } from "./assertions";
import { ReadLog, withReadTracking } from "./read-tracking";
import { runRule, type RunOptions, type RunResult } from "./run";

/**
 * An expected violation: its property path, or a fuller description. With `messageId` the case
 * asserts the rule's message id (and `data`, when given, exactly), never the wording.
 */
export type ExpectedViolation =
    | string
    | { readonly propertyPath?: string; readonly urn?: string; readonly messageIncludes?: string }
    | { readonly messageId: string; readonly data?: MessageData; readonly propertyPath?: string; readonly urn?: string };

/** One test case of a rule, as data: resources, options, and what the rule must answer. */
export interface RuleCase {
    /** The case's name, shown in test output. */
    readonly name: string;
    /** The resources the rule runs on. */
    readonly resources: ResourceUnderTest | readonly ResourceUnderTest[];
    /**
     * `"pass"`: no violations, and the rule looked (see `checkCase`); `"skipped"`: not judged
     * because a value it needed was unknown during preview or an unreadable secret; `"not-judged"`: no violations because the rule had nothing to
     * judge (no resource of its types, or a config that switches it off), so it read nothing;
     * `{ violations }`: exactly these violations, in any order;
     * `{ remediated }`: at level remediate, these property values after remediation, and no violation left.
     */
    readonly expect: "pass" | "skipped" | "not-judged" | { readonly violations: readonly ExpectedViolation[] } | { readonly remediated: Readonly<Record<string, unknown>> };
    /** Levels, config and stack tags for the run. */
    readonly options?: RunOptions;
}

/** The kind of a case's expectation: what the rule-case meta-test counts. */
export type CaseKind = "pass" | "skipped" | "not-judged" | "violations" | "remediated";

/** The kind of a case's expectation. */
/** Which kind of expectation a case states. */
export function caseKind(testCase: RuleCase): CaseKind {
    const e = testCase.expect;
    return typeof e === "string" ? e : "violations" in e ? "violations" : "remediated";
}

function describeAll(result: RunResult): string {
    return result.diagnostics.map((d) => `  - ${d.policyName} ${d.urn} ${d.propertyPath ?? ""}${d.messageId ? ` [${d.messageId}]` : ""}: ${d.message}`).join("\n") || "  (none)";
}

function sameData(want: MessageData, got: MessageData | undefined): boolean {
    const sorted = (d: MessageData) => JSON.stringify(Object.entries(d).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return got !== undefined && sorted(want) === sorted(got);
}

function matchesExpected(d: Diagnostic, want: Exclude<ExpectedViolation, string>): boolean {
    if (want.propertyPath !== undefined && d.propertyPath !== want.propertyPath) return false;
    if (want.urn !== undefined && d.urn !== want.urn) return false;
    if ("messageId" in want) return d.messageId === want.messageId && (want.data === undefined || sameData(want.data, d.data));
    return want.messageIncludes === undefined || d.message.includes(want.messageIncludes);
}

/**
 * A case proves nothing when the rule never saw its resources. Resource rules: every resource
 * must be of a type the rule judges (any other is never shown to it).
 */
function checkTypes(rule: Rule, resources: readonly ResourceUnderTest[]): void {
    if (rule.kind !== "resource") return;
    const foreign = resources.filter((r) => !rule.resourceTypes.includes(r.type));
    if (foreign.length > 0) {
        throw new Error(
            `Rule "${rule.id}" does not judge ${foreign.map((r) => r.type).join(", ")}, so this case tests nothing; ` +
                `it judges ${rule.resourceTypes.join(", ")}.`,
        );
    }
}

/**
 * A `pass` is vacuous when the rule passed without looking. The criterion: a resource rule must
 * read at least one property of each resource's props (present or absent: reading the absent
 * `acl` of `{}` is how a rule decides "no ACL set"), or its `opts` / `provider`; a stack rule
 * must read a property of at least one given resource. A rule that returns before reading
 * anything (a wrong type guard, an early `return`) fails the case.
 */
function checkJudged(rule: Rule, resources: readonly ResourceUnderTest[], reads: ReadLog): void {
    if (rule.kind === "stack") {
        if (!resources.some((r) => reads.keysOf(r.urn).size > 0)) {
            throw new Error(`Stack rule "${rule.id}" passed without reading a property of any given resource: the case is vacuous.`);
        }
        return;
    }
    for (const r of resources) {
        if (reads.keysOf(r.urn).size > 0) continue;
        const supplied = Object.keys(r.props);
        throw new Error(
            `Rule "${rule.id}" passed ${r.urn} without reading any of its properties` +
                `${supplied.length > 0 ? ` (the case supplies ${supplied.join(", ")})` : ""}: the case is vacuous.`,
        );
    }
}

/**
 * Runs one case against the rule and throws, with a listing, when the result differs, or when
 * the case cannot fail: a resource of a type the rule does not judge, or a pass without a look.
 */
export async function checkCase(rule: Rule, testCase: RuleCase): Promise<RunResult> {
    const expectation = testCase.expect;
    const resources: readonly ResourceUnderTest[] = Array.isArray(testCase.resources) ? testCase.resources : [testCase.resources as ResourceUnderTest];
    checkTypes(rule, resources);
    const options: RunOptions = typeof expectation === "object" && "remediated" in expectation
        ? { level: "remediate", ...testCase.options }
        : { level: "mandatory", ...testCase.options };
    const reads = new ReadLog();
    const result = await runRule(withReadTracking(rule, reads), resources, options);
    if (result.ruleErrors.length > 0) throw new Error(`Rule "${rule.id}" threw:\n${describeAll(result)}`);

    if (expectation === "pass") {
        expectNoViolations(result);
        if (result.skippedForUnknown.length + result.skippedForSecret.length > 0) throw new Error(`Expected a verdict, but the rule could not judge:\n${describeAll(result)}`);
        checkJudged(rule, resources, reads);
    } else if (expectation === "skipped") {
        expectCouldNotJudge(result, rule.id);
    } else if (expectation === "not-judged") {
        expectNoViolations(result);
        if (result.skippedForUnknown.length + result.skippedForSecret.length > 0) throw new Error(`Expected the rule to have nothing to judge, but it could not judge a value:\n${describeAll(result)}`);
        const looked = resources.filter((r) => reads.keysOf(r.urn).size > 0);
        if (looked.length > 0) {
            const what = looked.map((r) => `${r.urn} (${[...reads.keysOf(r.urn)].join(", ")})`).join("; ");
            throw new Error(`Expected rule "${rule.id}" to have nothing to judge, but it read ${what}: expect "pass" instead.`);
        }
    } else if ("violations" in expectation) {
        const wanted = expectation.violations.map((v) => (typeof v === "string" ? { propertyPath: v } : v));
        const unmatched = [...result.violations];
        for (const want of wanted) {
            const index = unmatched.findIndex((d) => matchesExpected(d, want));
            if (index < 0) throw new Error(`Missing violation ${JSON.stringify(want)}; found:\n${describeAll(result)}`);
            unmatched.splice(index, 1);
        }
        if (unmatched.length > 0) throw new Error(`Unexpected extra violations:\n${describeAll({ ...result, diagnostics: unmatched })}`);
    } else {
        const urn = resources[0].urn;
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
