/**
 * Streamed findings (src/cli/streamed-findings.ts): a check that hands each finding on as it is
 * made, and keeps none, writes the same JSON, NDJSON, SARIF, Markdown and HTML report, verdict and summary as a check
 * that keeps them — with the baseline, --min-severity and --fail-on applied on the way, and
 * exempted findings, inactive exemptions, source locations and findings from outside the packs.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkResources, loadInputFile, type CheckResult, type Finding } from "../src/engine";
import { applyBaseline, baselineLifter, createBaseline } from "../src/engine/baseline";
import { failsOn, filterBySeverity, htmlChunks, jsonChunks, ndjsonChunks, renderMarkdown, sarifChunks, sarifResults, summarize, type FailOn, type ReportContext, type ReportSeverity } from "../src/report";
import { StreamedFindings } from "../src/cli/streamed-findings";
import { allPacks } from "../packs";
import { repoRoot } from "./support";

const context: ReportContext = { tool: { name: "pulumi-guardrails", version: "0.0.0-test" }, inputFile: "stack.json" };
const rules = allPacks.flatMap((p) => p.rules);
const NOW = new Date("2026-12-07T00:00:00Z");
let scratch: string;
let heavy: CheckResult;
let heavyResources: ReturnType<typeof loadInputFile>["resources"];

beforeAll(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-streamed-"));
    const file = path.join(scratch, "heavy.json");
    const made = spawnSync(process.execPath, [path.join(repoRoot, "bench", "generate-stack.mjs"), "300", file, "heavy"], { encoding: "utf8" });
    expect(made.status).toBe(0);
    heavyResources = loadInputFile(file).resources;
    heavy = await checkResources(heavyResources, { packs: allPacks });
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const text = (pieces: Iterable<string | Uint8Array>) => Buffer.concat([...pieces].map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p))).toString("utf8");

interface Case {
    readonly minSeverity?: ReportSeverity;
    readonly failOn?: FailOn;
    readonly baseline?: boolean;
}

/** What the CLI makes of a kept result: baseline lifted, then the severity filter, then the verdict. */
function kept(result: CheckResult, c: Case, baselineOf: CheckResult) {
    const checked = c.baseline ? applyBaseline(result, createBaseline(baselineOf, { createdAt: NOW }), "b.json", NOW).result : result;
    const filtered = c.minSeverity ? filterBySeverity(checked, c.minSeverity) : checked;
    return { result: filtered, blocked: failsOn(filtered, c.failOn) };
}

/** The same findings handed one by one to `StreamedFindings`; the result it finishes keeps none. */
function streamed(result: CheckResult, format: "json" | "ndjson" | "sarif" | "markdown" | "html", c: Case, baselineOf: CheckResult, writesReport = true, markdownBudget?: number) {
    const findings = new StreamedFindings({
        format,
        rules,
        inputFile: context.inputFile,
        markdownBudget,
        minSeverity: c.minSeverity,
        failOn: c.failOn,
        baseline: c.baseline ? baselineLifter(createBaseline(baselineOf, { createdAt: NOW }), "b.json", NOW) : undefined,
        writesReport,
    });
    for (const f of result.findings) findings.take(f);
    try {
        const done = findings.finish(Object.assign({}, result, { findings: [] }));
        return { done, report: writesReport ? text(done.report({ ...context, markdownBudget })) : "" };
    } finally {
        findings.dispose();
    }
}

/** Half of the result's findings, as a baseline recorded earlier would hold them. */
const half = (result: CheckResult): CheckResult => Object.assign({}, result, { findings: result.findings.filter((_, i) => i % 2 === 0) });

const CASES: Case[] = [{}, { minSeverity: "high" }, { failOn: "medium" }, { failOn: "advisory", minSeverity: "critical" }, { baseline: true }, { baseline: true, minSeverity: "medium", failOn: "high" }];

const markdownChunks = (result: CheckResult, at: ReportContext) => [renderMarkdown(result, at)];

describe.each(["json", "ndjson", "sarif", "markdown", "html"] as const)("%s", (format) => {
    const render = { json: jsonChunks, ndjson: ndjsonChunks, sarif: sarifChunks, markdown: markdownChunks, html: htmlChunks }[format];

    test.each(CASES)("the streamed report, verdict and summary are the kept ones: %j", (c) => {
        const expected = kept(heavy, c, half(heavy));
        const { done, report } = streamed(heavy, format, c, half(heavy));
        expect(report).toBe(text(render(expected.result, context)));
        expect(done.blocked).toBe(expected.blocked);
        expect(summarize(done.result, done.counts)).toEqual(summarize(expected.result));
        expect(done.result.findings).toEqual([]);
        expect(done.result.baseline).toEqual(expected.result.baseline);
    });

    test("exempted findings, inactive exemptions, source locations and a finding from outside the packs", () => {
        const grant = { id: "ex-1", approvedBy: "sam", expiresAt: "2027-01-01T00:00:00Z", requestedBy: "dana", reason: "vendor window", signed: true };
        const varied: Finding[] = heavy.findings.slice(0, 60).map((f, i) => {
            if (i % 5 === 0) return Object.assign({}, f, { kind: "exempted" as const, level: "advisory" as const, exemption: grant });
            if (i % 5 === 1) return Object.assign({}, f, { inactiveExemptions: [{ id: "ex-2", status: "expired", reason: "exemption ex-2 expired", expiresAt: "2026-01-01T00:00:00Z" }] });
            if (i % 5 === 2) return Object.assign({}, f, { source: { file: "index.ts", line: i + 1, column: 3 } });
            if (i % 5 === 3) return Object.assign({}, f, { remediation: `Fix number ${i}, worded for this finding: "é€".` });
            return f;
        });
        const outsider: Finding = { pack: "", policy: "guardrails-provisioning-key", level: "mandatory", severity: "critical", urn: "", type: "", name: "", message: "Key mismatch.", description: "The key.", remediation: "Issue a new key.", kind: "violation" };
        const result = Object.assign({}, heavy, { findings: [outsider, ...varied] });
        for (const c of [{}, { minSeverity: "critical" as const }, { baseline: true }]) {
            const expected = kept(result, c, half(result));
            const { done, report } = streamed(result, format, c, half(result));
            expect(report).toBe(text(render(expected.result, context)));
            expect(done.blocked).toBe(expected.blocked);
        }
    });

    test("a baseline of every finding lifts them all: the run passes", () => {
        const expected = kept(heavy, { baseline: true }, heavy);
        const { done, report } = streamed(heavy, format, { baseline: true }, heavy);
        expect(expected.blocked).toBe(false);
        expect(done.blocked).toBe(false);
        expect(done.counts.baselined).toBe(heavy.findings.length);
        expect(report).toBe(text(render(expected.result, context)));
    });

    test("without a report, findings are still counted and judged", () => {
        const expected = kept(heavy, { failOn: "high" }, heavy);
        const { done, report } = streamed(heavy, format, { failOn: "high" }, heavy, false);
        expect(report).toBe("");
        expect(done.blocked).toBe(expected.blocked);
        expect(summarize(done.result, done.counts)).toEqual(summarize(expected.result));
        expect(() => done.report(context)).toThrow(/no report was spooled/);
    });
});

describe("markdown", () => {
    // A page of a small budget shows a few findings; the step summary's shows thousands.
    const BUDGETS = [1_024, 3_000, 65_536, 1_048_576];

    test.each(BUDGETS)("at a budget of %d characters the streamed report is the kept one, in every case", (budget) => {
        for (const c of CASES) {
            const expected = kept(heavy, c, half(heavy));
            const { report } = streamed(heavy, "markdown", c, half(heavy), true, budget);
            expect(report).toBe(renderMarkdown(expected.result, { ...context, markdownBudget: budget }));
        }
    });

    test("with exempted findings and exemptions that did not apply, at every budget", () => {
        const grant = { id: "ex-1", approvedBy: "sam", expiresAt: "2027-01-01T00:00:00Z", reason: "vendor window" };
        const varied: Finding[] = heavy.findings.map((f, i) => {
            if (i % 7 === 0) return Object.assign({}, f, { kind: "exempted" as const, level: "advisory" as const, exemption: grant });
            if (i % 7 === 1) return Object.assign({}, f, { inactiveExemptions: [{ id: "ex-2", status: "expired", reason: "exemption ex-2 expired", expiresAt: "2026-01-01T00:00:00Z" }] });
            if (i % 7 === 2) return Object.assign({}, f, { remediation: `Fix number ${i % 3}.` });
            return f;
        });
        const result = Object.assign({}, heavy, { findings: varied });
        for (const budget of BUDGETS) {
            for (const c of [{}, { baseline: true }, { minSeverity: "medium" as const }]) {
                const expected = kept(result, c, half(result));
                const { report } = streamed(result, "markdown", c, half(result), true, budget);
                expect(report).toBe(renderMarkdown(expected.result, { ...context, markdownBudget: budget }));
            }
        }
        expect(renderMarkdown(result, { ...context, markdownBudget: 1_048_576 })).toMatch(/### Exemptions that did not apply/);
    });

    test("a report for one budget is refused at another", () => {
        const { done } = streamed(heavy, "markdown", {}, heavy, true, 3_000);
        expect(() => done.report({ ...context, markdownBudget: 4_000 })).toThrow(/another budget/);
    });
});

describe("sarif", () => {
    type Log = { runs: Array<{ results: Array<{ ruleId: string; kind?: string; suppressions?: unknown[]; partialFingerprints: Record<string, string> }> }> };

    test("fingerprints number a place's findings in order, on into the notes; no mark is left in the text", () => {
        const [a, b] = heavy.findings;
        const note: Finding = Object.assign({}, a, { kind: "unknown-during-preview" as const, level: "advisory" as const, message: "Cannot judge during preview." });
        const result = Object.assign({}, heavy, { findings: [a, b, a, a], notes: [note] });
        const { report } = streamed(result, "sarif", {}, result);
        expect(report).toBe(text(sarifChunks(result, context)));
        expect(report).not.toContain("\u0001");
        const prints = (JSON.parse(report) as Log).runs[0].results.map((r) => r.partialFingerprints["guardrails/v1"]);
        const place = `${a.policy}|${a.urn}|${a.propertyPath ?? ""}`;
        expect(prints).toEqual([place, `${b.policy}|${b.urn}|${b.propertyPath ?? ""}`, `${place}#2`, `${place}#3`, `${place}#4`]);
    });

    test("a plain violation's result, built from its parts, is the one JSON.stringify makes of the whole result", () => {
        const odd: Finding[] = [
            Object.assign({}, heavy.findings[0], { urn: "", name: "", propertyPath: undefined, messageId: undefined }),
            Object.assign({}, heavy.findings[1], { message: 'Quotes " and \\ and \u2028, é€ 😀, a lone \ud800.', remediation: "Fix\u0000 \"this\"." }),
            Object.assign({}, heavy.findings[2], { policy: "not-in-the-run", level: "mandatory" as const }),
        ];
        const findings = [...heavy.findings, ...odd];
        const ids = rules.map((r) => r.id);
        for (const shown of [true, false, "marked"] as const) {
            for (const withBaseline of [true, false]) {
                const direct = sarifResults(ids, "a dir/stack \"1\".json", withBaseline, shown);
                const general = sarifResults(ids, "a dir/stack \"1\".json", withBaseline, shown, false);
                for (const f of findings) expect(direct.piece(f)).toBe(general.piece(f));
            }
        }
    });

    test("one exempted finding, even the last, gives every result, notes and fixed entries too, its suppressions", () => {
        const grant = { id: "ex-1", approvedBy: "sam", expiresAt: "2027-01-01T00:00:00Z" };
        const findings = heavy.findings.slice(0, 40);
        const last = Object.assign({}, findings[39], { kind: "exempted" as const, level: "advisory" as const, exemption: grant });
        const note: Finding = Object.assign({}, findings[0], { kind: "unknown-during-preview" as const, level: "advisory" as const });
        const result = Object.assign({}, heavy, { findings: [...findings.slice(0, 39), last], notes: [note] });
        const { report } = streamed(result, "sarif", { baseline: true }, Object.assign({}, heavy, { findings: heavy.findings.slice(100, 103) }));
        const expected = kept(result, { baseline: true }, Object.assign({}, heavy, { findings: heavy.findings.slice(100, 103) }));
        expect(report).toBe(text(sarifChunks(expected.result, context)));
        const results = (JSON.parse(report) as Log).runs[0].results;
        expect(results.filter((r) => r.kind === "pass")).toHaveLength(3);
        expect(results.every((r) => Array.isArray(r.suppressions))).toBe(true);
        expect(results.filter((r) => r.suppressions?.length === 1)).toHaveLength(1);
    });
});

test("checkResources hands every finding on, in report order, and keeps none", async () => {
    const handed: Finding[] = [];
    const result = await checkResources(heavyResources, { packs: allPacks, onFinding: (f) => handed.push(f) });
    expect(result.findings).toEqual([]);
    expect(handed.length).toBeGreaterThan(heavyResources.length);
    expect(handed).toEqual(heavy.findings);
    expect(result.notes).toEqual(heavy.notes);
});
