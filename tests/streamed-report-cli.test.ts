/**
 * `guardrails check --format json|ndjson|sarif|markdown|html` streams its findings through a spool on disk instead of
 * keeping them (src/cli/streamed-findings.ts). As users run it (a real process): the report, exit
 * code and verdict line are those of a run that keeps its findings (`--summary` keeps them), with
 * exemptions, a provisioning key that does not match, a baseline, --min-severity and --fail-on;
 * the spool is private and removed after the run and when it is interrupted; a run with no usable
 * temporary directory keeps its findings instead.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
let scratch: string;
let stack: string;
let big: string;
let exemptions: string;
let baseline: string;
let key: string;

function guardrails(args: readonly string[], env: NodeJS.ProcessEnv = {}) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: scratch, env: { ...process.env, GUARDRAILS_DECISION_LOG: "", ...env }, encoding: "utf8", maxBuffer: 1 << 28, timeout: 120_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function generate(count: number, name: string): string {
    const file = path.join(scratch, name);
    expect(spawnSync(process.execPath, [path.join(repoRoot, "bench", "generate-stack.mjs"), String(count), file, "heavy"]).status).toBe(0);
    return file;
}

beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-streamed-cli-"));
    stack = generate(400, "stack.json");
    big = generate(6000, "big.json");
    const report = JSON.parse(guardrails(["check", stack, "--format", "json"]).stdout) as { violations: Array<{ policy: string; urn: string }> };
    const [first, second] = report.violations;
    exemptions = path.join(scratch, "exemptions.json");
    const entry = (id: string, v: { policy: string; urn: string }, expiresAt: string) => ({
        id,
        policy: v.policy,
        resources: [v.urn],
        reason: "vendor window",
        requestedBy: "dana",
        approvedBy: "sam",
        createdAt: new Date(Date.now() - 3600_000).toISOString(),
        expiresAt,
    });
    fs.writeFileSync(exemptions, JSON.stringify({ version: 1, exemptions: [entry("ex-live", first, new Date(Date.now() + 48 * 3600_000).toISOString()), entry("ex-old", second, new Date(Date.now() - 60_000).toISOString())] }));
    baseline = path.join(scratch, "baseline.json");
    expect(guardrails(["baseline", "create", stack, "--packs", "aws-security", "--output", baseline]).code).toBe(0);
    key = path.join(scratch, "staging-key.json");
    expect(guardrails(["key", "issue", "--env", "staging", "--valid-for", "1h", "--output", key]).code).toBe(0);
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const CASES: ReadonlyArray<readonly string[]> = [
    [],
    ["--exemptions", "EXEMPTIONS"],
    ["--env", "dev", "--key", "KEY"],
    ["--baseline", "BASELINE", "--min-severity", "medium"],
    ["--fail-on", "high", "--min-severity", "high", "--exemptions", "EXEMPTIONS"],
    ["--packs", "kubernetes,tagging", "--fail-on", "advisory"],
];

describe.each(["json", "ndjson", "sarif", "markdown", "html"])("--format %s", (format) => {
    test.each(CASES)("streamed and kept runs write the same report, exit code and verdict: %j", (...extra) => {
        const args = extra.map((a) => (a === "EXEMPTIONS" ? exemptions : a === "BASELINE" ? baseline : a === "KEY" ? key : a));
        const streamedFile = path.join(scratch, `streamed.${format}`);
        const keptFile = path.join(scratch, `kept.${format}`);
        const streamed = guardrails(["check", stack, "--format", format, "--output", streamedFile, ...args]);
        const kept = guardrails(["check", stack, "--format", format, "--output", keptFile, "--summary", ...args]);
        expect(streamed.stderr).toMatch(/^guardrails: (blocked|passed)/);
        expect({ code: streamed.code, stderr: streamed.stderr.replace(streamedFile, "FILE") }).toEqual({ code: kept.code, stderr: kept.stderr.replace(keptFile, "FILE") });
        const text = fs.readFileSync(streamedFile, "utf8");
        expect(text).toBe(fs.readFileSync(keptFile, "utf8"));
        expect(guardrails(["check", stack, "--format", format, ...args]).stdout).toBe(text);
    });
});

test("the cases cover what they claim: an exempted finding, the key's finding, baselined findings, a passing run", () => {
    const report = (...args: string[]) => guardrails(["check", stack, "--format", "json", ...args]);
    const exempted = JSON.parse(report("--exemptions", exemptions).stdout);
    expect(exempted.summary.exempted).toBe(1);
    expect(exempted.violations.some((v: { inactiveExemptions?: unknown[] }) => v.inactiveExemptions?.length === 1)).toBe(true);
    expect(JSON.parse(report("--env", "dev", "--key", key).stdout).violations[0].policy).toBe("guardrails-provisioning-key");
    expect(JSON.parse(report("--baseline", baseline).stdout).summary.baselined).toBeGreaterThan(100);
    expect(report("--packs", "tagging", "--config", advisoryConfig()).code).toBe(0);
    // SARIF results carry `suppressions` all or none: all once one is exempted (or baselined), else none.
    const suppressions = (...args: string[]) =>
        (JSON.parse(guardrails(["check", stack, "--format", "sarif", ...args]).stdout) as { runs: Array<{ results: Array<{ suppressions?: unknown[] }> }> }).runs[0].results.map((r) => r.suppressions?.length);
    expect(new Set(suppressions())).toEqual(new Set([undefined]));
    expect(suppressions("--exemptions", exemptions).filter((n) => n === 1)).toHaveLength(1);
    expect(suppressions("--exemptions", exemptions)).not.toContain(undefined);
    expect(suppressions("--baseline", baseline).filter((n) => n === 1).length).toBeGreaterThan(100);
});

function advisoryConfig(): string {
    const file = path.join(scratch, "advisory.json");
    fs.writeFileSync(file, JSON.stringify({ all: "advisory" }));
    return file;
}

describe("the spool", () => {
    test("is private while the check runs and removed after it", () => {
        const tmp = fs.mkdtempSync(path.join(scratch, "tmp-"));
        const out = path.join(scratch, "after.json");
        expect(guardrails(["check", stack, "--format", "json", "--output", out], { TMPDIR: tmp }).code).toBe(1);
        expect(fs.readdirSync(tmp)).toEqual([]);
        expect(JSON.parse(fs.readFileSync(out, "utf8")).summary.violations).toBeGreaterThan(400);
    });

    test("is removed when the check is interrupted, and no report is left", async () => {
        const tmp = fs.mkdtempSync(path.join(scratch, "tmp-"));
        const out = path.join(scratch, "interrupted.json");
        const child = spawn(process.execPath, [bin, "check", big, "--format", "json", "--output", out], { env: { ...process.env, TMPDIR: tmp, GUARDRAILS_DECISION_LOG: "" }, stdio: "ignore" });
        const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
        // Wait until the spool has some findings in it, then stop the run.
        const started = Date.now();
        const spoolFile = () => fs.readdirSync(tmp).map((d) => path.join(tmp, d, "pieces")).find((f) => fs.existsSync(f) && fs.statSync(f).size > 0);
        while (!spoolFile() && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 20));
        const spooled = spoolFile();
        expect(spooled).toBeDefined();
        expect(fs.statSync(path.dirname(spooled!)).mode & 0o777).toBe(0o700);
        expect(fs.statSync(spooled!).mode & 0o777).toBe(0o600);
        child.kill("SIGTERM");
        await exited;
        expect(fs.readdirSync(tmp)).toEqual([]);
        expect(fs.existsSync(out)).toBe(false);
    });

    test("a run without a usable temporary directory keeps its findings and writes the same report", () => {
        const out = path.join(scratch, "no-tmp.json");
        const expected = path.join(scratch, "with-tmp.json");
        expect(guardrails(["check", stack, "--format", "json", "--output", out], { TMPDIR: path.join(scratch, "missing", "dir") }).code).toBe(1);
        expect(guardrails(["check", stack, "--format", "json", "--output", expected]).code).toBe(1);
        expect(fs.readFileSync(out, "utf8")).toBe(fs.readFileSync(expected, "utf8"));
    });
});
