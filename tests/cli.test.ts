/** The `guardrails` command as users run it: a real process, its stdout, stderr and exit code. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const insecure = path.join(repoRoot, "examples", "stacks", "insecure-web.json");
const hardened = path.join(repoRoot, "examples", "stacks", "hardened-web.json");
let scratch: string;

beforeAll(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-cli-"))));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function guardrails(...args: string[]) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: scratch, encoding: "utf8", maxBuffer: 1 << 26, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratchFile(name: string, content: string): string {
    const file = path.join(scratch, name);
    fs.writeFileSync(file, content);
    return file;
}

test("an insecure stack exits 1 and prints the JSON contract document", () => {
    const { code, stdout, stderr } = guardrails("check", insecure, "--format", "json");
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.tool).toEqual({ name: "pulumi-guardrails", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(report.packs.map((p: { name: string }) => p.name)).toEqual(["aws-security", "kubernetes", "tagging", "cost", "access", "azure-security", "gcp-security"]);
    expect(report.summary).toMatchObject({ resources: 9, violations: 35, mandatory: 10, advisory: 25, remediated: 0, exempted: 0 });
    expect(report.summary.estimatedMonthlyCost.totalUsd).toBeGreaterThan(0);
    for (const v of report.violations) {
        expect(Object.keys(v)).toEqual(expect.arrayContaining(["pack", "policy", "level", "severity", "urn", "type", "name", "message"]));
    }
    expect(report.violations).toContainEqual(
        expect.objectContaining({ policy: "s3-no-public-acl", level: "mandatory", name: "assets", type: "aws:s3/bucket:Bucket", propertyPath: "acl" }),
    );
});

test("a hardened stack exits 0", () => {
    const { code, stdout } = guardrails("check", hardened);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^passed: 23 resources checked against \d+ rules; 0 mandatory, 0 advisory/m);
});

test("a config file can make every rule advisory: exit 0, violations still listed", () => {
    const config = scratchFile("advisory.json", JSON.stringify({ all: "advisory" }));
    const { code, stdout } = guardrails("check", insecure, "--config", config, "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary).toMatchObject({ mandatory: 0, advisory: 35 });
});

test("config can remediate: the report says what would change", () => {
    const config = scratchFile("remediate.json", JSON.stringify({ "ec2-imdsv2-required": "remediate" }));
    const report = JSON.parse(guardrails("check", insecure, "--config", config, "--format", "json").stdout);
    expect(report.summary.remediated).toBe(1);
    expect(report.remediations[0]).toMatchObject({ policy: "ec2-imdsv2-required", name: "app", changes: [{ propertyPath: "metadataOptions.httpTokens", from: "optional", to: "required" }] });
    expect(report.violations.map((v: { policy: string }) => v.policy)).not.toContain("ec2-imdsv2-required");
});

test("--output writes the report to a file and nothing to stdout", () => {
    const out = path.join(scratch, "report.sarif");
    const { code, stdout } = guardrails("check", insecure, "--format", "sarif", "--output", out);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(JSON.parse(fs.readFileSync(out, "utf8")).version).toBe("2.1.0");
    expect(fs.readdirSync(scratch).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});

test("the catalog lists every rule", () => {
    const { code, stdout } = guardrails("catalog", "--format", "json");
    expect(code).toBe(0);
    const ids = JSON.parse(stdout).packs.flatMap((p: { rules: { id: string }[] }) => p.rules.map((r) => r.id));
    expect(ids).toEqual(expect.arrayContaining(["s3-no-public-acl", "ec2-imdsv2-required", "s3-bucket-public-access-block"]));
    expect(guardrails("catalog").stdout).toContain("ec2-security-group-no-public-ssh-rdp");
});

describe("bad usage and bad input: exit 2, one line on stderr naming the problem, no stack trace", () => {
    const cases: Array<[string, () => string[], RegExp]> = [
        ["missing file", () => ["check", "nope.json"], /nope\.json: no such file/],
        ["a directory", () => ["check", scratch], /is a directory/],
        ["empty file", () => ["check", scratchFile("empty.json", "  \n")], /empty\.json: is empty/],
        ["not JSON", () => ["check", scratchFile("text.json", "hello: world")], /text\.json: is not valid JSON/],
        ["truncated JSON", () => ["check", scratchFile("cut.json", fs.readFileSync(insecure, "utf8").slice(0, 500))], /cut\.json: is not valid JSON/],
        ["wrong shape", () => ["check", scratchFile("shape.json", '{"hello": 1}')], /shape\.json: not a recognised input/],
        ["stack export version 4", () => ["check", scratchFile("v4.json", '{"version": 4, "deployment": {}}')], /v4\.json: stack export version 4 is not supported; expected version 3/],
        [
            "stack export resource without a URN",
            () => ["check", scratchFile("nourn.json", JSON.stringify({ version: 3, deployment: { resources: [{ type: "aws:s3/bucket:Bucket" }] } }))],
            /nourn\.json: not a valid stack export: deployment\.resources\[0\] is missing "urn"/,
        ],
        ["resource list item with a bad type", () => ["check", scratchFile("list.json", '[{"type": "bucket", "props": {}}]')], /list\.json: not a valid resource list: \[0\]\.type must be a Pulumi type token/],
        ["preview with a bad step", () => ["check", scratchFile("preview.json", '{"steps": [{"urn": "x"}]}')], /preview\.json: not valid `pulumi preview --json` output: steps\[0\] is missing "op"/],
        ["unknown pack", () => ["check", insecure, "--packs", "aws-security,nope"], /unknown pack "nope" \(available: /],
        ["unknown format", () => ["check", insecure, "--format", "pdf"], /pdf/],
        ["unknown flag", () => ["check", insecure, "--frobnicate"], /unknown option '--frobnicate'/],
        ["missing argument", () => ["check"], /missing required argument 'file'/],
        ["config with a bad value", () => ["check", insecure, "--config", scratchFile("bad.json", '{"ec2-security-group-no-public-ssh-rdp": {"ports": ["22"]}}')], /bad\.json: "ec2-security-group-no-public-ssh-rdp"\.ports\[0\] must be integer/],
        ["config naming an unknown policy", () => ["check", insecure, "--config", scratchFile("typo.json", '{"s3-no-public-acls": "advisory"}')], /typo\.json: unknown policy "s3-no-public-acls" \(did you mean "s3-no-public-acl"\?\)/],
        ["config with a bad level", () => ["check", insecure, "--config", scratchFile("level.json", '{"all": "strict"}')], /level\.json: "all": enforcement level "strict" is not one of/],
        ["unknown environment", () => ["check", insecure, "--env", "moon"], /unknown environment "moon"/],
        ["output into a missing directory", () => ["check", insecure, "--output", path.join(scratch, "no", "dir", "r.txt")], /cannot write: directory .* does not exist/],
    ];
    test.each(cases)("%s", (_name, args, message) => {
        const { code, stdout, stderr } = guardrails(...args());
        expect(code).toBe(2);
        expect(stdout).toBe("");
        expect(stderr.trimEnd().split("\n")).toHaveLength(1);
        expect(stderr).toMatch(/^guardrails: /);
        expect(stderr).toMatch(message);
        expect(stderr).not.toMatch(/\n\s+at /);
    });

    test("a secret in a malformed file is not echoed", () => {
        const { stderr } = guardrails("check", scratchFile("leak.json", '{"password": "hunter2-very-secret" oops}'));
        expect(stderr).toMatch(/is not valid JSON/);
        expect(stderr).not.toContain("hunter2");
    });
});

describe.each([
    ["azure-web-data", ["azure-storage-account-https-only", "azure-network-security-group-no-internet-ssh", "azure-dbforpostgresql-firewall-rule-no-internet", "azure-keyvault-vault-purge-protection"]],
    ["gcp-web-data", ["gcp-compute-firewall-no-internet-ssh", "gcp-iam-no-public-members", "gcp-sql-instance-no-public-authorized-networks", "gcp-container-cluster-legacy-abac-disabled"]],
])("the %s stack exports", (name, expected) => {
    test("the insecure one is blocked by its cloud's mandatory rules", () => {
        const { code, stdout } = guardrails("check", path.join(repoRoot, "examples", "stacks", `${name}-insecure.json`), "--format", "json");
        expect(code).toBe(1);
        const mandatory = (JSON.parse(stdout) as { violations: Array<{ policy: string; level: string }> }).violations.filter((v) => v.level === "mandatory").map((v) => v.policy);
        expect(mandatory).toEqual(expect.arrayContaining(expected));
    });
    test("the hardened one passes with no mandatory finding", () => {
        const { code, stdout } = guardrails("check", path.join(repoRoot, "examples", "stacks", `${name}-hardened.json`), "--format", "json");
        expect(code).toBe(0);
        expect((JSON.parse(stdout) as { summary: { mandatory: number } }).summary.mandatory).toBe(0);
    });
});
