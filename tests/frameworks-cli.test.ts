/** `guardrails frameworks` and `guardrails check --framework`: coverage and audits by control. */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const guardrails = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 1 << 26, timeout: 60_000 });

test("coverage lists every control, covered or not", () => {
    const result = guardrails("frameworks", "--framework", "pci-dss", "--format", "json");
    expect(result.status).toBe(0);
    const [coverage] = JSON.parse(result.stdout);
    expect(coverage.framework.name).toBe("pci-dss");
    expect(coverage.controls.length).toBe(coverage.counts.total);
    expect(coverage.controls.some((c: { status: string }) => c.status === "not covered")).toBe(true);
    expect(coverage.controls.find((c: { status: string }) => c.status === "covered").rules.length).toBeGreaterThan(0);
});

test("an audit by framework groups the result by control", () => {
    const result = guardrails("check", path.join(repoRoot, "examples", "stacks", "insecure-web.json"), "--framework", "cis-aws-foundations", "--format", "json");
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.packs).toEqual([{ name: "cis-aws-foundations", version: expect.any(String) }]);
    const control = (id: string) => report.controls.controls.find((c: { id: string }) => c.id === id);
    expect(control("2.1.4")).toMatchObject({ status: "failed", rules: ["s3-bucket-public-access-block"] });
    expect(control("1.1").status).toBe("not covered");
    expect(report.controls.counts.failed).toBeGreaterThan(0);
    // Schema 2: a rule's framework controls are said once, in `rules`.
    expect(report.violations.every((v: { policy: string }) => report.rules[v.policy]?.frameworks?.["cis-aws-3.0"])).toBe(true);
    const table = guardrails("check", path.join(repoRoot, "examples", "stacks", "insecure-web.json"), "--framework", "cis-aws-foundations").stdout;
    expect(table).toMatch(/^CIS Amazon Web Services Foundations Benchmark 3\.0\.0: \d+ failed, \d+ passed/m);
});

test("an unknown framework is bad usage", () => {
    const result = guardrails("frameworks", "--framework", "iso-27001");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown framework "iso-27001" \(available: cis-aws-foundations/);
});
