/**
 * The rollout workflow as users run it: `guardrails baseline create` on today's stack, then
 * `check --baseline` fails only on what a change adds, says what was fixed, and carries the
 * baseline into every format; where signatures are required a baseline is refused.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const insecure = path.join(repoRoot, "examples", "stacks", "insecure-web.json");
let scratch: string;
let baseline: string;

function guardrails(...args: string[]) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: scratch, encoding: "utf8", maxBuffer: 1 << 26, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface StackExport {
    deployment: { resources: Array<{ urn: string; type: string; inputs?: Record<string, unknown>; outputs?: Record<string, unknown> }> };
}

/** The insecure stack after a change: the public ACL removed (fixed) and SSH opened on another group (new). */
function changedStack(): string {
    const stack = JSON.parse(fs.readFileSync(insecure, "utf8")) as StackExport;
    for (const resource of stack.deployment.resources) {
        if (resource.urn.endsWith("::assets") && resource.type === "aws:s3/bucket:Bucket") {
            for (const props of [resource.inputs, resource.outputs]) if (props) delete props.acl;
        }
    }
    const web = stack.deployment.resources.find((r) => r.type === "aws:ec2/securityGroup:SecurityGroup");
    if (!web) throw new Error("the example has no security group");
    const added = JSON.parse(JSON.stringify(web).replaceAll("::web", "::web-new")) as typeof web;
    stack.deployment.resources.push(added);
    const file = path.join(scratch, "changed.json");
    fs.writeFileSync(file, JSON.stringify(stack));
    return file;
}

beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-baseline-"));
    baseline = path.join(scratch, "baseline.json");
    const made = guardrails("baseline", "create", insecure, "--output", baseline, "--expires-in", "90d");
    if (made.code !== 0) throw new Error(`baseline create failed: ${made.stderr}`);
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

test("baseline create records today's findings by fingerprint and says so on stderr", () => {
    const written = JSON.parse(fs.readFileSync(baseline, "utf8"));
    expect(written).toMatchObject({ version: 1, kind: "guardrails-baseline", expiresAt: expect.stringMatching(/^\d{4}-/) });
    const total = written.entries.reduce((n: number, e: { count: number }) => n + e.count, 0);
    const report = JSON.parse(guardrails("check", insecure, "--format", "json").stdout);
    expect(total).toBe(report.summary.violations);
    expect(JSON.stringify(written)).not.toContain("public-read"); // fingerprints, not messages
    const again = guardrails("baseline", "create", insecure, "--output", path.join(scratch, "again.json"));
    expect(again.stderr).toMatch(/^guardrails: baseline of \d+ findings on 9 resources written to .*again\.json \(no expiry: add --expires-in 90d/);
});

test("the same stack against its baseline passes: every finding baselined, none fixed", () => {
    const { code, stdout } = guardrails("check", insecure, "--baseline", baseline, "--format", "json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ mandatory: 0, advisory: 0, exempted: 0, baselined: report.summary.violations, fixed: 0 });
    expect(report.summary.baseline).toEqual({ file: baseline, createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), fixed: [], expired: 0 });
    expect(report.violations.every((v: { exemption?: { source?: string } }) => v.exemption?.source === "baseline")).toBe(true);
});

test("after a change only the new finding fails, and the fixed one is reported", () => {
    const changed = changedStack();
    const { code, stdout } = guardrails("check", changed, "--baseline", baseline, "--format", "json");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const failing = report.violations.filter((v: { level: string }) => v.level === "mandatory");
    expect(new Set(failing.map((v: { name: string }) => v.name))).toEqual(new Set(["web-new"]));
    expect(report.summary.baseline.fixed).toEqual([{ policy: "s3-no-public-acl", urn: expect.stringContaining("::assets"), propertyPath: "acl" }]);

    const table = guardrails("check", changed, "--baseline", baseline);
    expect(table.stdout).toMatch(/◇ baselined {2}s3-bucket-public-access-block/);
    expect(table.stdout).toMatch(/^Baseline .*baseline\.json \(recorded \d{4}-\d{2}-\d{2}\): 1 entry fixed since\.$/m);
    expect(table.stdout).toMatch(/^ {2}✓ fixed {2}s3-no-public-acl on urn:pulumi:prod::acme-web::aws:s3\/bucket:Bucket::assets \(acl\)$/m);
    expect(table.stdout).toMatch(/^blocked: 10 resources checked .* \d+ baselined, 1 fixed since the baseline\.$/m);
});

test("SARIF says new, unchanged and absent; JUnit skips baselined cases", () => {
    const changed = changedStack();
    const sarif = JSON.parse(guardrails("check", changed, "--baseline", baseline, "--format", "sarif").stdout);
    const results = sarif.runs[0].results as Array<{ baselineState?: string; ruleId: string; level: string; suppressions?: unknown[] }>;
    const states = new Set(results.map((r) => r.baselineState));
    expect(states).toEqual(new Set(["new", "unchanged", "absent"]));
    expect(results.filter((r) => r.baselineState === "absent")).toEqual([expect.objectContaining({ ruleId: "s3-no-public-acl", level: "none" })]);
    expect(results.filter((r) => r.baselineState === "unchanged").every((r) => (r.suppressions ?? []).length === 1)).toBe(true);
    expect(results.filter((r) => r.baselineState === "new").every((r) => (r.suppressions ?? []).length === 0)).toBe(true);

    const junit = new XMLParser({ ignoreAttributes: false }).parse(guardrails("check", changed, "--baseline", baseline, "--format", "junit").stdout);
    const text = JSON.stringify(junit);
    expect(text).toMatch(/"@_message":"baselined: in .*baseline\.json on \d{4}-\d{2}-\d{2}, until /);
});

test("an expired baseline lifts nothing", () => {
    const { code, stdout } = guardrails("check", insecure, "--baseline", baseline, "--format", "json", "--now", "2030-01-01T00:00:00Z");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ baselined: 0, mandatory: 10 });
    expect(report.summary.baseline.expired).toBeGreaterThan(0);
});

test("refused where signatures are required, and for files that are not baselines", () => {
    const prod = guardrails("check", insecure, "--baseline", baseline, "--env", "prod");
    expect(prod.code).toBe(2);
    expect(prod.stderr).toMatch(/^guardrails: .*baseline\.json: --baseline cannot be used in environment "prod", which requires signatures/);
    const notBaseline = guardrails("check", insecure, "--baseline", insecure);
    expect(notBaseline.code).toBe(2);
    expect(notBaseline.stderr).toMatch(/not a guardrails baseline: the document is missing "kind"/);
    expect(notBaseline.stderr.trim().split("\n")).toHaveLength(1);
    const noOutput = guardrails("baseline", "create", insecure);
    expect(noOutput.code).not.toBe(0);
    expect(noOutput.stderr).toMatch(/--output/);
});

test("the report never replaces the baseline it reads", () => {
    const before = fs.readFileSync(baseline, "utf8");
    const run = guardrails("check", insecure, "--baseline", baseline, "--output", baseline);
    expect(run.code).toBe(2);
    expect(fs.readFileSync(baseline, "utf8")).toBe(before);
});
