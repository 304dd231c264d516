/**
 * Findings on the source line: `guardrails preview` records where the program declares each
 * resource, stack exports carry the engine's `sourcePosition`, and the table, JSON, SARIF and
 * GitHub workflow-command formats point at that line.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const program = path.join(repoRoot, "examples", "programs", "static-website", "insecure");
const programFile = "examples/programs/static-website/insecure/index.ts";
/** The line of `new aws.s3.Bucket("site", …)` in the example program. */
const bucketLine = fs.readFileSync(path.join(program, "index.ts"), "utf8").split("\n").findIndex((l) => l.includes('new aws.s3.Bucket("site"')) + 1;

function guardrails(...args: string[]) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: "utf8", maxBuffer: 1 << 26, timeout: 120_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("the example declares the bucket where the test expects", () => expect(bucketLine).toBeGreaterThan(1));

test("preview: JSON, table, SARIF and GitHub annotations name the line that declares the resource", () => {
    const json = JSON.parse(guardrails("preview", program, "--format", "json").stdout);
    const acl = json.violations.find((v: { policy: string }) => v.policy === "s3-no-public-acl");
    expect(acl.source).toEqual({ file: programFile, line: bucketLine, column: expect.any(Number) });

    expect(guardrails("preview", program).stdout).toContain(`\n  at ${programFile}:${bucketLine}:`);

    const sarif = JSON.parse(guardrails("preview", program, "--format", "sarif").stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "s3-no-public-acl");
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: programFile }, region: { startLine: bucketLine, startColumn: expect.any(Number) } });

    const github = guardrails("preview", program, "--format", "github");
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(new RegExp(`^::error file=${programFile.replace(/[.]/g, "\\.")},line=${bucketLine},col=\\d+,title=s3-no-public-acl \\(critical\\) on site::Bucket \`site\` uses`, "m"));
    expect(github.stdout).toMatch(/^::warning file=.*title=s3-bucket-access-logging \(medium\) on site::/m);
    expect(github.stdout.trim().split("\n").pop()).toMatch(/^blocked — \d+ mandatory/);
});

test("a stack export's sourcePosition (project-relative) reaches the report", () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-source-"));
    try {
        const stack = JSON.parse(fs.readFileSync(path.join(repoRoot, "examples", "stacks", "insecure-web.json"), "utf8"));
        const assets = stack.deployment.resources.find((r: { urn: string; type: string }) => r.type === "aws:s3/bucket:Bucket" && r.urn.endsWith("::assets"));
        assets.sourcePosition = "project:///storage.ts#12,5";
        const file = path.join(scratch, "stack.json");
        fs.writeFileSync(file, JSON.stringify(stack));
        const json = JSON.parse(guardrails("check", file, "--format", "json").stdout);
        const onAssets = json.violations.filter((v: { name: string }) => v.name === "assets");
        expect(onAssets.length).toBeGreaterThan(0);
        expect(onAssets.every((v: { source?: unknown }) => JSON.stringify(v.source) === JSON.stringify({ file: "storage.ts", line: 12, column: 5 }))).toBe(true);
        expect(json.violations.filter((v: { name: string; source?: unknown }) => v.name !== "assets" && v.source)).toEqual([]);
        // A workflow command's property values are escaped (`,` and `:` would end them).
        assets.sourcePosition = "project:///a,b:c.ts#3";
        fs.writeFileSync(file, JSON.stringify(stack));
        expect(guardrails("check", file, "--format", "github").stdout).toMatch(/^::error file=a%2Cb%3Ac\.ts,line=3,title=s3-no-public-acl/m);
    } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
    }
});
