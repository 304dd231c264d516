/**
 * Moving between Pulumi Cloud's policy exceptions and our exemptions file, through the CLI:
 * `exempt import` turns a `pulumi policy exception list` / REST list response into exemptions
 * that lift exactly what Pulumi's did (and nothing where signatures are required), and
 * `exempt export` turns ours into `CreatePolicyExceptionRequest`s.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readExemptionsFile } from "../src/governance";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const insecure = path.join(repoRoot, "examples", "stacks", "insecure-web.json");
let scratch: string;

function guardrails(...args: string[]) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: scratch, encoding: "utf8", maxBuffer: 1 << 26, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Violation {
    policy: string;
    urn: string;
    exempted: boolean;
}

function violations(stdout: string): Violation[] {
    return (JSON.parse(stdout) as { violations: Violation[] }).violations;
}

let target: Violation;
let list: string;

beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-pulumi-exceptions-"));
    const found = violations(guardrails("check", insecure, "--format", "json").stdout);
    const acl = found.find((v) => v.policy === "s3-no-public-acl");
    if (!acl) throw new Error("the insecure example has no s3-no-public-acl finding");
    target = acl;
    const inAnHour = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    list = path.join(scratch, "exceptions.json");
    fs.writeFileSync(
        list,
        JSON.stringify({
            exceptions: [
                {
                    id: "EXC-42",
                    policyPack: "aws-security",
                    match: [{ policies: ["s3-no-public-acl"], targets: [target.urn] }],
                    reason: "Public website bucket, reviewed by security",
                    status: "active",
                    expiresAt: inAnHour(48),
                    changeRequestId: "CR-7",
                    createdBy: { name: "Sam Doe", githubLogin: "sam", avatarUrl: "https://example.invalid/a.png" },
                    createdAt: new Date().toISOString(),
                },
                { id: "EXC-9", policyPack: "aws-security", match: [{ policies: ["s3-no-public-acl"], targets: ["urn:x"] }], reason: "old", status: "removed", createdAt: new Date().toISOString() },
            ],
            continuationToken: "next",
        }),
    );
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

test("import writes exemptions that lift exactly what Pulumi's exception did, and a second import adds nothing", () => {
    const file = path.join(scratch, "dev-exemptions.yaml");
    const imported = guardrails("exempt", "import", list, "--file", file, "--env", "dev");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Imported 1 exemption into ${file}:\n  EXC-42.1.s3-no-public-acl  s3-no-public-acl on 1 resource, until`);
    expect(imported.stderr).toBe("guardrails: skipped EXC-9: removed in Pulumi Cloud\n");
    const [entry] = readExemptionsFile(file, { maxDurationMs: Number.MAX_SAFE_INTEGER }).exemptions;
    expect(entry).toMatchObject({ id: "EXC-42.1.s3-no-public-acl", requestedBy: "sam", approvedBy: "pulumi-change-request:CR-7", environments: ["dev"] });

    const checked = violations(guardrails("check", insecure, "--format", "json", "--exemptions", file, "--env", "dev").stdout);
    const lifted = checked.filter((v) => v.exempted);
    expect(lifted.map((v) => [v.policy, v.urn])).toEqual([[target.policy, target.urn]]);

    const again = guardrails("exempt", "import", list, "--file", file, "--env", "dev");
    expect(again.stdout).toBe(`Imported 0 exemptions into ${file}.\n`);
    expect(again.stderr).toContain("skipped EXC-42.1.s3-no-public-acl: already in");
});

test("import refuses an environment that requires signatures, and a malformed list, in one line", () => {
    const file = path.join(scratch, "prod-exemptions.yaml");
    const prod = guardrails("exempt", "import", list, "--file", file, "--env", "prod");
    expect(prod.code).toBe(2);
    expect(prod.stderr).toMatch(/^guardrails: prod requires signed exemptions \(.+\): an imported Pulumi exception carries no signature; add it with guardrails exempt add --sign-with, then have an approver sign it\n$/);
    expect(fs.existsSync(file)).toBe(false);

    const bad = path.join(scratch, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ exceptions: [{ id: "EXC-1" }] }));
    expect(guardrails("exempt", "import", bad, "--file", file, "--env", "dev").stderr).toBe(`guardrails: ${bad}: not a Pulumi policy exception list: exceptions.0 is missing "policyPack"\n`);
});

test("export writes a CreatePolicyExceptionRequest per active exemption, globs expanded against a stack", () => {
    const file = path.join(scratch, "ours.yaml");
    const bucketGlob = target.urn.replace(/::[^:]+$/, "::*");
    const added = guardrails("exempt", "add", "--file", file, "--env", "dev", "--policy", "s3-no-public-acl", "--resource", bucketGlob, "--reason", "Website buckets", "--for", "30h", "--approved-by", "kim", "--requested-by", "dana");
    expect(added.code).toBe(0);

    const refused = guardrails("exempt", "export", "--file", file);
    expect(JSON.parse(refused.stdout)).toEqual([]);
    expect(refused.stderr).toContain(`needs --resources <stack export> to list the URNs it matches`);

    const exported = guardrails("exempt", "export", "--file", file, "--resources", insecure, "--policy-pack", "acme-guardrails");
    expect(exported.code).toBe(0);
    const [request] = JSON.parse(exported.stdout) as Array<{ policyPack: string; match: Array<{ policies: string[]; targets: string[] }>; reason: string; expiresInSeconds: number }>;
    expect(request.policyPack).toBe("acme-guardrails");
    expect(request.match).toHaveLength(1);
    expect(request.match[0].policies).toEqual(["s3-no-public-acl"]);
    expect(request.match[0].targets).toContain(target.urn);
    for (const urn of request.match[0].targets) expect(urn).toMatch(/aws:s3\/bucket:Bucket::/);
    expect(request.reason).toMatch(/^Website buckets \(guardrails exemption ex-.+, requested by dana, approved by kim\)$/);
    expect(request.expiresInSeconds).toBe(29 * 3600);
});
