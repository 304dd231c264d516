/** `guardrails preview`: Pulumi programs run under mocks, then checked. */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const program = (...parts: string[]) => path.join(repoRoot, ...parts);

function guardrails(...args: string[]) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: "utf8", maxBuffer: 1 << 26, timeout: 120_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("an insecure program is blocked, with the violations of what it would create", () => {
    const { code, stdout, stderr } = guardrails("preview", program("examples", "programs", "static-website", "insecure"), "--format", "json");
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const policies = report.violations.map((v: { policy: string }) => v.policy);
    expect(policies).toEqual(expect.arrayContaining(["s3-no-public-acl", "s3-bucket-public-access-block"]));
    // Stack config from Pulumi.dev.yaml reached the program: the bucket is named from it.
    expect(report.violations.find((v: { policy: string }) => v.policy === "s3-no-public-acl").urn).toContain("static-website-insecure");
});

test("the hardened variant passes", () => {
    const { code, stdout } = guardrails("preview", program("examples", "programs", "static-website", "hardened"));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^passed: \d+ resources checked/m);
});

test("a failing program exits 2 with the program's own error and stack trace", () => {
    const { code, stdout, stderr } = guardrails("preview", program("tests", "fixtures", "failing-program"));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/the program failed under mocks/);
    expect(stderr).toMatch(/settingThatIsMissing/);
    expect(stderr).toMatch(/index\.ts/);
});

test("a directory that is not a Pulumi program is bad input", () => {
    const { code, stderr } = guardrails("preview", program("examples"));
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/no Pulumi\.yaml here/);
});
