/**
 * Pulumi CLI output as input: an engine event stream (`pulumi preview --json`, `--event-log`)
 * rendered in our formats, with baselines, and the options that cannot apply refused.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const events = path.join(repoRoot, "examples", "events", "preview-policy-events.jsonl");

function guardrails(args: string[], input?: string) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: os.tmpdir(), encoding: "utf8", maxBuffer: 1 << 26, timeout: 60_000, input });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("the policy events of any pack become a report; a mandatory one blocks", () => {
    const { code, stdout, stderr } = guardrails(["check", events, "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ resources: 2, violations: 2, mandatory: 1, advisory: 1, remediated: 1 });
    expect(report.violations.map((v: { policy: string; level: string; severity: string }) => [v.policy, v.level, v.severity])).toEqual([
        ["s3-no-public-acl", "mandatory", "critical"],
        ["security-group-no-public-ssh", "advisory", "medium"],
    ]);
    expect(report.packs.map((p: { name: string }) => p.name).sort()).toEqual(["acme-network-policies", "acme-tagging", "pulumi-guardrails"]);
});

test("SARIF and JUnit from the same stream; stdin works too", () => {
    const sarif = JSON.parse(guardrails(["check", events, "--format", "sarif"]).stdout);
    expect(sarif.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
        ["s3-no-public-acl", "error"],
        ["security-group-no-public-ssh", "warning"],
    ]);
    expect(guardrails(["check", events, "--format", "junit"]).stdout).toContain("<failure");
    const piped = guardrails(["check", "-", "--format", "json"], fs.readFileSync(events, "utf8"));
    expect(JSON.parse(piped.stdout).summary.violations).toBe(2);
});

test("a baseline of the stream lets it pass until something new appears", () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-events-"));
    try {
        const baseline = path.join(scratch, "baseline.json");
        const made = guardrails(["baseline", "create", events, "--output", baseline]);
        expect(made.code).toBe(0);
        expect(guardrails(["check", events, "--baseline", baseline]).code).toBe(0);
    } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
    }
});

test("options that judge or re-level findings are refused in one line", () => {
    for (const flag of [["--env", "prod"], ["--packs", "aws-security"], ["--config", path.join(repoRoot, "config", "dev.json")]]) {
        const run = guardrails(["check", events, ...flag]);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(new RegExp(`^guardrails: ${flag[0]} cannot apply to a Pulumi engine event stream`));
        expect(run.stderr.trim().split("\n")).toHaveLength(1);
    }
    const broken = path.join(os.tmpdir(), `guardrails-broken-${process.pid}.jsonl`);
    fs.writeFileSync(broken, `${fs.readFileSync(events, "utf8")}{ not json\n`);
    try {
        const run = guardrails(["check", broken]);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/line 11 is not JSON/);
    } finally {
        fs.rmSync(broken, { force: true });
    }
});
