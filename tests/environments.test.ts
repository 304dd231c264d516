/**
 * Environments: one pack definition, different behaviour per environment through the shipped
 * config/<env>.json documents, with the cost estimate in every report.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { allRules } from "../packs";
import { resolvePolicyConfig } from "../src/engine";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const stack = path.join(repoRoot, "examples", "stacks", "analytics-platform.json");

function checkStack(file: string, ...args: string[]) {
    const result = spawnSync(process.execPath, [bin, "check", file, "--packs", "tagging,cost", ...args], { encoding: "utf8", maxBuffer: 1 << 26, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function check(...args: string[]) {
    return checkStack(stack, ...args);
}

test.each(["ci", "dev", "staging", "prod"])("config/%s.json is a valid policy pack config for the shipped rules", (env) => {
    const file = path.join(repoRoot, "config", `${env}.json`);
    expect(() => resolvePolicyConfig(allRules, [{ file, document: JSON.parse(fs.readFileSync(file, "utf8")) }])).not.toThrow();
});

test("dev blocks the analytics stack: instance sizes outside the dev allow-list, and over the dev budget", () => {
    const { code, stdout, stderr } = check("--env", "dev", "--format", "json");
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const mandatory = report.violations.filter((v: { level: string }) => v.level === "mandatory").map((v: { policy: string }) => v.policy);
    expect(mandatory).toEqual(expect.arrayContaining(["cost-ec2-instance-type-allowed", "cost-rds-instance-class-allowed", "cost-monthly-budget"]));
    expect(report.summary.remediated).toBeGreaterThan(0); // gp2 → gp3 at level remediate in dev
});

test("prod lets the same stack through", () => {
    const { code, stdout } = check("--env", "prod", "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.mandatory).toBe(0);
});

test("every report carries the cost estimate, with a per-resource breakdown and the unpriced listed", () => {
    const { stdout } = check("--env", "prod", "--format", "json");
    const estimate = JSON.parse(stdout).summary.estimatedMonthlyCost;
    expect(estimate.totalUsd).toBeGreaterThan(1000);
    const worker = estimate.items.find((i: { name: string }) => i.name === "spark-worker-1");
    expect(worker).toMatchObject({ type: "aws:ec2/instance:Instance", monthlyUsd: expect.any(Number) });
    expect(worker.basis).toContain("m6i.2xlarge");
    expect(Array.isArray(estimate.unpriced)).toBe(true);
    const sum = estimate.items.reduce((total: number, i: { monthlyUsd: number }) => total + i.monthlyUsd, 0);
    expect(Math.abs(sum - estimate.totalUsd)).toBeLessThan(0.05);
    expect(check("--env", "prod").stdout).toMatch(/^Estimated monthly cost: \$\d+\.\d\d \(AWS us-east-1 on-demand list prices as of \d{4}-\d\d-\d\d, \d+ priced resources/m);
});

// The price table covers AWS: a stack it prices nothing of, and lists nothing of as unpriced,
// must not read "$0.00" in a report someone skims.
test.each(["azure-web-data-insecure", "gcp-web-data-insecure"])("%s: no report shows a cost line, and the JSON says what the estimate covers", (name) => {
    const file = path.join(repoRoot, "examples", "stacks", `${name}.json`);
    for (const format of ["table", "markdown", "html"]) {
        const { stdout, stderr } = checkStack(file, "--format", format);
        expect(stderr).toBe("");
        expect(stdout).toContain("tagging-");
        expect(stdout).not.toContain("Estimated monthly cost:");
    }
    expect(checkStack(file, "--summary").stdout).not.toContain("Estimated monthly cost:");
    const estimate = JSON.parse(checkStack(file, "--format", "json").stdout).summary.estimatedMonthlyCost;
    expect(estimate).toMatchObject({ totalUsd: 0, items: [], unpriced: [], covers: "AWS", priceRegion: "us-east-1" });
});
