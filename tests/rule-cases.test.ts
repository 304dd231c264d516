/**
 * Every rule's test file is a table of cases (`export const cases: RuleCase[]`, run with
 * `test.each(cases)(…, (c) => checkCase(rule, c))`) holding at least one violating, one
 * compliant and one unknown-value (`expect: "skipped"`) case, and no case twice.
 *
 * The cases are read statically: each test module is loaded with the test-framework globals
 * stubbed, so its tests are not registered (they run in their own file) and only its exports count.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { caseKind, type CaseKind, type RuleCase } from "../src/testing";
import type { Rule } from "../src";
import { UNKNOWN_SENTINELS } from "../src/resource";
import { repoRoot, ruleFilesOnDisk } from "./support";

const FRAMEWORK_GLOBALS = ["test", "it", "describe", "beforeAll", "beforeEach", "afterAll", "afterEach", "fit", "xit", "xtest", "xdescribe", "fdescribe"];

/** A do-nothing stand-in for `test`, `test.each(...)`, `describe.skip` and the like. */
const inert: unknown = new Proxy(function inertGlobal() {}, { get: () => inert, apply: () => inert });

function loadCases(testFile: string): readonly RuleCase[] | undefined {
    const scope = globalThis as Record<string, unknown>;
    const saved = FRAMEWORK_GLOBALS.map((name) => [name, scope[name]] as const);
    for (const name of FRAMEWORK_GLOBALS) scope[name] = inert;
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading each rule's case table at test time
        return (require(testFile) as { cases?: readonly RuleCase[] }).cases;
    } finally {
        for (const [name, value] of saved) scope[name] = value;
    }
}

interface RuleTable {
    readonly rule: Rule;
    readonly testFile: string;
    readonly source: string;
    readonly cases: readonly RuleCase[] | undefined;
}

const tables: RuleTable[] = ruleFilesOnDisk().map(({ file, rule }) => {
    const testFile = file.replace(/\.ts$/, ".test.ts");
    const source = fs.existsSync(testFile) ? fs.readFileSync(testFile, "utf8") : "";
    return { rule, testFile, source, cases: source ? loadCases(testFile) : undefined };
});
const byId = tables.map((t) => [t.rule.id, t] as const);

test("every rule file is found with its test file", () => {
    expect(tables.length).toBeGreaterThanOrEqual(140);
    expect(tables.filter((t) => !t.source).map((t) => path.relative(repoRoot, t.testFile))).toEqual([]);
});

test.each(byId)("%s: its test file exports its cases and runs each through checkCase", (_id, t) => {
    expect(Array.isArray(t.cases)).toBe(true);
    expect(t.source).toMatch(/test\.each\(cases\)[\s\S]*?checkCase\(rule, c\)/);
});

const REQUIRED: ReadonlyArray<readonly [CaseKind, string]> = [
    ["violations", "a violating case (expect: { violations })"],
    ["pass", 'a compliant case (expect: "pass")'],
    ["skipped", 'an unknown-value case (expect: "skipped")'],
];

const SENTINELS: ReadonlySet<unknown> = new Set(Object.values(UNKNOWN_SENTINELS));

function holdsUnknown(value: unknown): boolean {
    if (SENTINELS.has(value)) return true;
    return value !== null && typeof value === "object" && Object.values(value).some(holdsUnknown);
}

/**
 * The kinds a rule's cases cover. A stack rule judges around an unknown value (treating it as
 * "could be anything", joining through dependencies) instead of skipping the whole stack, so
 * for it any case that feeds an unknown value is its unknown-value case.
 */
function kindsOf(t: RuleTable): Set<CaseKind> {
    const kinds = new Set((t.cases ?? []).map(caseKind));
    if (t.rule.kind === "stack" && (t.cases ?? []).some((c) => holdsUnknown([c.resources].flat().map((r) => r.props)))) kinds.add("skipped");
    return kinds;
}

test.each(byId)("%s: has a violating, a compliant and an unknown-value case", (_id, t) => {
    const kinds = kindsOf(t);
    expect(REQUIRED.filter(([kind]) => !kinds.has(kind)).map(([, what]) => what)).toEqual([]);
});

/** What makes a case distinct: its resources (as the rule sees them) and its options. */
function fingerprint(c: RuleCase): string {
    const list = Array.isArray(c.resources) ? c.resources : [c.resources];
    return JSON.stringify([list, c.options ?? null, caseKind(c) === "remediated"]);
}

test("no case appears twice for the same rule", () => {
    const duplicates: string[] = [];
    for (const t of tables) {
        const seen = new Map<string, string>();
        for (const c of t.cases ?? []) {
            const key = fingerprint(c);
            const first = seen.get(key);
            if (first !== undefined) duplicates.push(`${t.rule.id}: "${c.name}" repeats "${first}"`);
            else seen.set(key, c.name);
        }
    }
    expect(duplicates).toEqual([]);
});
