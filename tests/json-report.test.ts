/**
 * The JSON and NDJSON reports (schema 2): rule texts once per rule, the contract's fields on
 * every violation, the streamed text equal to the document, and reports of any size written in
 * pieces — into a file that is only ever seen whole.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkResources, loadInputFile, type CheckResult } from "../src/engine";
import { jsonChunks, jsonReport, ndjsonChunks, renderReport, JSON_SCHEMA_VERSION, type ReportContext } from "../src/report";
import { writeOutput } from "../src/cli/output";
import { allPacks } from "../packs";
import { repoRoot } from "./support";

const context: ReportContext = { tool: { name: "pulumi-guardrails", version: "0.0.0-test" }, inputFile: "insecure-web.json" };
const CONTRACT = ["pack", "policy", "level", "severity", "urn", "type", "name", "message"];
let real: CheckResult;

beforeAll(async () => {
    const { resources } = loadInputFile(path.join(repoRoot, "examples", "stacks", "insecure-web.json"));
    real = await checkResources(resources, { packs: allPacks });
});

/** The real result with its findings repeated `times` over distinct resources. */
function scaled(result: CheckResult, times: number): CheckResult {
    const findings = Array.from({ length: times }, (_, i) => result.findings.map((f) => Object.assign({}, f, { urn: `${f.urn}-${i}`, name: `${f.name}-${i}` }))).flat();
    return Object.assign({}, result, { findings });
}

describe("JSON report, schema 2", () => {
    test("the streamed text parses to the report document", () => {
        expect(JSON.parse(renderReport("json", real, context))).toEqual(jsonReport(real, context));
    });

    test("every violation keeps the contract fields and its rule's texts are in `rules`, once", () => {
        const report = JSON.parse(renderReport("json", real, context));
        expect(report.schemaVersion).toBe(JSON_SCHEMA_VERSION);
        expect(Object.keys(report)).toEqual(expect.arrayContaining(["tool", "packs", "summary", "violations", "rules"]));
        expect(report.violations.length).toBeGreaterThan(10);
        for (const v of report.violations) {
            for (const key of CONTRACT) expect(v).toHaveProperty(key);
            expect(v).not.toHaveProperty("description");
            const rule = report.rules[v.policy];
            expect(rule).toEqual(expect.objectContaining({ description: expect.stringMatching(/\S/), remediation: expect.stringMatching(/\S/), severity: v.severity }));
            expect(v.remediation ?? rule.remediation).toBe(real.findings.find((f) => f.urn === v.urn && f.policy === v.policy)?.remediation);
        }
        const used = new Set([...report.violations, ...report.notes].map((v: { policy: string }) => v.policy));
        expect(new Set(Object.keys(report.rules))).toEqual(used);
    });

    test("a violation whose fix is its own carries it; one with the rule's fix does not", () => {
        const [first, second] = real.findings;
        const own = Object.assign({}, first, { remediation: "Set it to private for this bucket only." });
        const report = jsonReport(Object.assign({}, real, { findings: [own, second] }), context) as { violations: Array<Record<string, unknown>> };
        expect(report.violations[0].remediation).toBe("Set it to private for this bucket only.");
        expect(report.violations[1]).not.toHaveProperty("remediation");
    });

    test("an empty result is still a complete document", () => {
        const empty = Object.assign({}, real, { findings: [], notes: [], remediations: [] });
        const report = JSON.parse(renderReport("json", empty, context));
        expect(report).toMatchObject({ violations: [], notes: [], remediations: [], rules: {}, summary: { violations: 0 } });
    });

    test("a large report comes in pieces no bigger than one record", () => {
        const big = scaled(real, 2000);
        let pieces = 0;
        let largest = 0;
        for (const piece of jsonChunks(big, context)) {
            pieces++;
            largest = Math.max(largest, piece.length);
        }
        expect(pieces).toBeGreaterThan(big.findings.length);
        // The biggest piece is the summary (cost items), never the list of violations.
        expect(largest).toBeLessThan(JSON.stringify(big.findings).length / 100);
    });
});

describe("NDJSON report", () => {
    const lines = () => [...ndjsonChunks(real, context)].join("").trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);

    test("one record per line: report first, summary last, each rule before its findings", () => {
        const records = lines();
        expect(records[0]).toMatchObject({ record: "report", schemaVersion: JSON_SCHEMA_VERSION, tool: context.tool });
        expect(records.at(-1)).toMatchObject({ record: "summary", violations: real.findings.length, resources: real.resources.length });
        const ruleAt = new Map(records.map((r, i) => [r.record === "rule" ? (r.id as string) : "", i]));
        records.forEach((r, i) => {
            if (r.record === "violation" || r.record === "note") expect(ruleAt.get(r.policy as string)).toBeLessThan(i);
        });
        expect(records.filter((r) => r.record === "violation")).toHaveLength(real.findings.length);
        expect(records.filter((r) => r.record === "note")).toHaveLength(real.notes.length);
    });

    test("violations hold the same fields as in the JSON report", () => {
        const json = jsonReport(real, context) as { violations: unknown[] };
        const fromLines = lines()
            .filter((r) => r.record === "violation")
            .map(({ record: _record, ...rest }) => rest);
        expect(fromLines).toEqual(json.violations);
    });
});

describe("writing a report in pieces", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-json-"));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    test("the file holds exactly the pieces, in order, and keeps the old file's mode", async () => {
        const out = path.join(dir, "report.json");
        fs.writeFileSync(out, "old\n", { mode: 0o640 });
        fs.chmodSync(out, 0o640);
        const pieces = Array.from({ length: 50_000 }, (_, i) => `line ${i} ✓\n`);
        await writeOutput(out, pieces);
        expect(fs.readFileSync(out, "utf8")).toBe(pieces.join(""));
        expect(fs.statSync(out).mode & 0o777).toBe(0o640);
        expect(fs.readdirSync(dir)).toEqual(["report.json"]);
    });

    test("a report that fails half-way leaves the old file whole and no temporary file", async () => {
        const out = path.join(dir, "kept.json");
        fs.writeFileSync(out, "previous report\n");
        function* failing(): Iterable<string> {
            for (let i = 0; i < 200_000; i++) yield `{"n":${i}}\n`;
            throw new Error("renderer failed");
        }
        await expect(writeOutput(out, failing())).rejects.toThrow("renderer failed");
        expect(fs.readFileSync(out, "utf8")).toBe("previous report\n");
        expect(fs.readdirSync(dir).filter((f) => f.startsWith("kept"))).toEqual(["kept.json"]);
    });
});

describe("SARIF fingerprints", () => {
    test("are stable across runs and unique within one, even for two findings at one place", () => {
        const [first] = real.findings;
        const twice = Object.assign({}, real, { findings: [first, Object.assign({}, first, { message: "a second open rule" }), ...real.findings.slice(1)] });
        const prints = (r: CheckResult) =>
            (JSON.parse(renderReport("sarif", r, context)).runs[0].results as Array<{ partialFingerprints: Record<string, string> }>).map((x) => x.partialFingerprints["guardrails/v1"]);
        const once = prints(twice);
        expect(new Set(once).size).toBe(once.length);
        expect(once[1]).toBe(`${once[0]}#2`);
        expect(prints(twice)).toEqual(once);
        expect(once[0]).toBe([first.policy, first.urn, first.propertyPath ?? ""].join("|"));
    });
});
