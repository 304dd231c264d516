/**
 * `guardrails check` output people can read, as users run it (a real process): --summary,
 * --min-severity, --fail-on, -q, the stderr verdict line with --output, and --markdown-budget.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const insecure = path.join(repoRoot, "examples", "stacks", "insecure-web.json");
const hardened = path.join(repoRoot, "examples", "stacks", "hardened-web.json");
let scratch: string;

beforeAll(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-readable-"))));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function guardrails(...args: string[]) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: scratch, encoding: "utf8", maxBuffer: 1 << 26, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(...args: string[]) {
    return JSON.parse(guardrails(...args, "--format", "json").stdout) as { summary: Record<string, number>; violations: Array<{ severity: string; level: string }> };
}

const allAdvisory = () => {
    const file = path.join(scratch, "advisory.json");
    fs.writeFileSync(file, JSON.stringify({ all: "advisory" }));
    return file;
};

describe("--summary", () => {
    test("prints the findings by policy instead of the report, on one screen", () => {
        const full = json("check", insecure);
        const { code, stdout, stderr } = guardrails("check", insecure, "--summary");
        expect({ code, stderr }).toEqual({ code: 1, stderr: "" });
        const lines = stdout.trimEnd().split("\n");
        expect(lines.length).toBeLessThanOrEqual(40);
        expect(lines[0]).toBe(`blocked — ${full.summary.mandatory} mandatory, ${full.summary.advisory} advisory, 0 exempted on ${full.summary.resources} resources`);
        expect(lines).toContain("Findings by policy, most severe first:");
        expect(lines.some((l) => /^ {2}✖ s3-no-public-acl \(critical\): 1 mandatory — assets$/.test(l))).toBe(true);
        // Not the table: no per-resource URN lines.
        expect(stdout).not.toContain("urn:pulumi:");
    });

    test("with --output the full report goes to the file, the summary to stdout and the verdict to stderr", () => {
        const out = path.join(scratch, "summary-report.json");
        const { code, stdout, stderr } = guardrails("check", insecure, "--summary", "--format", "json", "--output", out);
        expect(code).toBe(1);
        expect(JSON.parse(fs.readFileSync(out, "utf8")).summary.mandatory).toBe(10);
        expect(stdout).toMatch(/^blocked — 10 mandatory, 25 advisory, 0 exempted on 9 resources\n/);
        expect(stderr).toBe(`guardrails: blocked — 10 mandatory, 25 advisory, 0 exempted on 9 resources; report written to ${out}\n`);
    });
});

describe("the verdict line on stderr with --output", () => {
    test("blocked, passed and passed with advisories, naming the file", () => {
        const out = path.join(scratch, "out.sarif");
        const blocked = guardrails("check", insecure, "--format", "sarif", "--output", out);
        expect(blocked.stdout).toBe("");
        expect(blocked.stderr).toBe(`guardrails: blocked — 10 mandatory, 25 advisory, 0 exempted on 9 resources; report written to ${out}\n`);
        expect(JSON.parse(fs.readFileSync(out, "utf8")).version).toBe("2.1.0");
        const advisories = guardrails("check", insecure, "--config", allAdvisory(), "--output", out);
        expect({ code: advisories.code, stderr: advisories.stderr }).toEqual({ code: 0, stderr: `guardrails: passed with advisories — 0 mandatory, 35 advisory, 0 exempted on 9 resources; report written to ${out}\n` });
        const passed = guardrails("check", hardened, "--output", out);
        expect(passed.stderr).toMatch(/^guardrails: passed — 0 mandatory, 0 advisory, 0 exempted on 23 resources; report written to /);
    });

    test("is not printed without --output", () => {
        expect(guardrails("check", insecure).stderr).toBe("");
    });
});

describe("-q / --quiet", () => {
    test("prints nothing; the exit code is the verdict", () => {
        expect(guardrails("check", insecure, "-q")).toEqual({ code: 1, stdout: "", stderr: "" });
        expect(guardrails("check", hardened, "--quiet", "--summary")).toEqual({ code: 0, stdout: "", stderr: "" });
    });

    test("still writes --output, without the verdict line", () => {
        const out = path.join(scratch, "quiet.json");
        fs.rmSync(out, { force: true });
        expect(guardrails("check", insecure, "-q", "--format", "json", "--output", out)).toEqual({ code: 1, stdout: "", stderr: "" });
        expect(JSON.parse(fs.readFileSync(out, "utf8")).summary.resources).toBe(9);
    });

    test("errors are still reported", () => {
        const { code, stderr } = guardrails("check", path.join(scratch, "missing.json"), "-q");
        expect(code).toBe(2);
        expect(stderr).toMatch(/^guardrails: .*missing\.json: no such file/);
    });
});

describe("--min-severity", () => {
    test("reports only findings of rules that severe or more, and only they count for the verdict", () => {
        const all = json("check", insecure);
        const critical = json("check", insecure, "--min-severity", "critical");
        expect(critical.violations.length).toBeGreaterThan(0);
        expect(critical.violations.every((v) => v.severity === "critical")).toBe(true);
        expect(critical.violations).toHaveLength(all.violations.filter((v) => v.severity === "critical").length);
        expect(critical.summary.resources).toBe(all.summary.resources);
        expect(critical.summary.mandatory).toBe(critical.violations.filter((v) => v.level === "mandatory").length);
        expect(json("check", insecure, "--min-severity", "info").violations).toHaveLength(all.violations.length);
    });

    test("an unknown severity is refused in one line listing the valid ones", () => {
        const { code, stdout, stderr } = guardrails("check", insecure, "--min-severity", "severe");
        expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
        expect(stderr.trimEnd().split("\n")).toHaveLength(1);
        expect(stderr).toMatch(/^guardrails: .*--min-severity.*severe.*info, low, medium, high, critical/);
    });
});

describe("--fail-on", () => {
    test("advisory fails on any finding; mandatory is the default", () => {
        const config = allAdvisory();
        expect(guardrails("check", insecure, "--config", config).code).toBe(0);
        expect(guardrails("check", insecure, "--config", config, "--fail-on", "mandatory").code).toBe(0);
        expect(guardrails("check", insecure, "--config", config, "--fail-on", "advisory").code).toBe(1);
        expect(guardrails("check", hardened, "--fail-on", "advisory").code).toBe(0);
    });

    test("a severity fails on findings that severe or more, whatever their level", () => {
        const config = allAdvisory();
        expect(guardrails("check", insecure, "--config", config, "--fail-on", "critical").code).toBe(1);
        // The tagging pack's findings are all below high: a high threshold passes, a low one fails.
        const tagging = json("check", insecure, "--packs", "tagging", "--config", config);
        expect(tagging.violations.length).toBeGreaterThan(0);
        expect(tagging.violations.every((v) => v.severity === "low" || v.severity === "medium")).toBe(true);
        expect(guardrails("check", insecure, "--packs", "tagging", "--config", config, "--fail-on", "high").code).toBe(0);
        expect(guardrails("check", insecure, "--packs", "tagging", "--config", config, "--fail-on", "low").code).toBe(1);
        const out = path.join(scratch, "fail-on.txt");
        const run = guardrails("check", insecure, "--config", config, "--fail-on", "high", "--output", out);
        expect(run.stderr).toMatch(/^guardrails: blocked — 0 mandatory, 35 advisory, 0 exempted on 9 resources \(--fail-on high\); report written to /);
        expect(fs.readFileSync(out, "utf8")).toMatch(/\nblocked: 9 resources checked/);
    });

    test("an unknown value is refused in one line listing the valid ones", () => {
        const { code, stderr } = guardrails("check", insecure, "--fail-on", "warning");
        expect(code).toBe(2);
        expect(stderr.trimEnd().split("\n")).toHaveLength(1);
        expect(stderr).toMatch(/--fail-on.*warning.*info, low, medium, high, critical, advisory, mandatory/);
    });
});

describe("--markdown-budget", () => {
    test("keeps the Markdown report within the budget", () => {
        const full = guardrails("check", insecure, "--format", "markdown").stdout;
        const { code, stdout } = guardrails("check", insecure, "--format", "markdown", "--markdown-budget", "2000");
        expect(code).toBe(1);
        expect(full.length).toBeGreaterThan(2000);
        expect(stdout.length).toBeLessThanOrEqual(2000);
        expect(stdout).toMatch(/^## ❌ Blocked — pulumi-guardrails\n/);
        expect(stdout).toMatch(/see the full report artifact\.\n$/);
        expect(guardrails("check", insecure, "--format", "markdown", "--markdown-budget", "step-summary").stdout).toBe(full);
    });

    test("--markdown-budget step-summary keeps the report within GitHub's 1 MiB step-summary file, in bytes", () => {
        const file = path.join(scratch, "step-summary-heavy.json");
        expect(spawnSync(process.execPath, [path.join(repoRoot, "bench", "generate-stack.mjs"), "2500", file, "heavy"]).status).toBe(0);
        const { code, stdout } = guardrails("check", file, "--format", "markdown", "--markdown-budget", "step-summary");
        expect(code).toBe(1);
        expect(stdout).toMatch(/see the full report artifact\.\n$/);
        expect(Buffer.byteLength(stdout)).toBeLessThanOrEqual(1_048_576);
        expect(Buffer.byteLength(stdout)).toBeGreaterThan(1_040_000);
    });

    test("a bad budget is refused in one line", () => {
        for (const bad of ["0", "lots", "-1", "12.5"]) {
            const { code, stdout, stderr } = guardrails("check", insecure, "--format", "markdown", "--markdown-budget", bad);
            expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
            expect(stderr.trimEnd().split("\n")).toHaveLength(1);
            expect(stderr).toMatch(/^guardrails: --markdown-budget ".*" must be a whole number of characters, at least 1024, or one of pr-comment, step-summary\n$/);
        }
    });
});

test("no progress on stderr when it is not a terminal", () => {
    // Progress is for terminals only (see showsProgress); here stderr is a pipe, as in CI.
    const { stderr } = guardrails("check", insecure, "--summary");
    expect(stderr).toBe("");
});
