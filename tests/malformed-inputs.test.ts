/**
 * A corpus of bad inputs for every file the CLI reads — inputs, configs, exemptions, keys,
 * decision logs: each gives exit 2 and one line naming the file and the problem, no stack
 * trace, and no report file left behind.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const stack = path.join(repoRoot, "examples", "stacks", "insecure-web.json");
let scratch: string;
beforeAll(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-malformed-"))));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
    const p = path.join(scratch, name);
    fs.writeFileSync(p, content);
    return p;
}

type Case = [string, () => string[], RegExp];

const cases: Case[] = [
    ["binary junk", () => ["check", file("junk.json", Buffer.from([0x00, 0xff, 0x13, 0x37, 0xde, 0xad, 0xbe, 0xef]))], /junk\.json: is not valid JSON/],
    ["deeply nested input", () => ["check", file("deep.json", `${"[".repeat(200_000)}${"]".repeat(200_000)}`)], /deep\.json: (is not valid JSON|not a valid resource list)/],
    ["a large file of junk", () => ["check", file("large.json", `{"steps": [${'"x",'.repeat(2_000_000)}"x"]}`)], /large\.json: not valid `pulumi preview --json` output: steps\[0\] must be object/],
    ["wrong types in a stack export", () => ["check", file("types.json", JSON.stringify({ version: 3, deployment: { resources: [{ urn: 1, type: "aws:s3/bucket:Bucket" }] } }))], /types\.json: not a valid stack export: deployment\.resources\[0\]\.urn must be string/],
    ["a string as a stack export version", () => ["check", file("vstr.json", '{"version": "3", "deployment": {}}')], /vstr\.json: stack export version "3" is not supported/],
    ["config: not an object", () => ["check", stack, "--config", file("cfg-array.json", "[1, 2]")], /cfg-array\.json: a policy pack config must be a JSON object/],
    ["config: truncated", () => ["check", stack, "--config", file("cfg-cut.json", '{"all": "adv')], /cfg-cut\.json: is not valid JSON/],
    ["config: deeply nested value", () => ["check", stack, "--config", file("cfg-deep.json", JSON.stringify({ "ebs-volume-encrypted": { assumeEncryptionByDefault: JSON.parse(`${"[".repeat(500)}${"]".repeat(500)}`) } }))], /cfg-deep\.json: "ebs-volume-encrypted"\.assumeEncryptionByDefault must be boolean/],
    ["config: missing", () => ["check", stack, "--config", path.join(scratch, "nope.json")], /nope\.json: no such file/],
    ["exemptions: binary junk", () => ["check", stack, "--exemptions", file("ex-junk.yaml", Buffer.from([0x00, 0x01, 0xfe, 0x3a, 0x3a]))], /ex-junk\.yaml: /],
    ["exemptions: wrong version", () => ["check", stack, "--exemptions", file("ex-v2.yaml", "version: 2\nexemptions: []\n")], /ex-v2\.yaml: version must be equal to constant/],
    ["exemptions: missing", () => ["check", stack, "--exemptions", path.join(scratch, "none.yaml")], /none\.yaml: cannot be read \(ENOENT\)/],
    ["key: not JSON", () => ["key", "verify", file("key.json", "not json"), "--env", "prod"], /key\.json: not a readable provisioning key/],
    ["key: missing fields", () => ["key", "verify", file("key2.json", '{"id": "gk-1"}'), "--env", "prod"], /key2\.json: not a provisioning key \(missing "digest"\)/],
    ["decision log: torn line", () => ["log", file("log.jsonl", '{"policy":"p","outcome":"pass"}\n{"policy":"p","outc')], /log\.jsonl:2: not a decision record/],
    ["bad duration", () => ["exempt", "add", "--file", path.join(scratch, "e.yaml"), "--policy", "s3-no-public-acl", "--resource", "**", "--reason", "r", "--approved-by", "sam", "--for", "forever"], /--for "forever" is not a duration/],
];

test.each(cases)("%s", (_name, args, message) => {
    const output = path.join(scratch, "report.json");
    fs.rmSync(output, { force: true });
    const withOutput = args()[0] === "check" ? [...args(), "--output", output] : args();
    const result = spawnSync(process.execPath, [bin, ...withOutput], { encoding: "utf8", timeout: 60_000, env: { ...process.env, GUARDRAILS_ACTOR: "dana" } });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^guardrails: /);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(output)).toBe(false);
    expect(fs.readdirSync(scratch).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});
