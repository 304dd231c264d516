/**
 * A corpus of bad inputs for every file and option the CLI reads — inputs, configs,
 * exemptions, keys, decision logs, option values: each gives exit 2 and one line naming the
 * file or option and the problem, no stack trace, and no report file left behind.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { allPacks } from "../packs";
import { convertInput, environmentConfig, InputError, resolvePolicyConfig } from "../src/engine";
import { MAX_JSON_DEPTH, parseJsonText } from "../src/engine/inputs/json-file";
import { DECISION_OUTCOMES } from "../src/governance";
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
    ["deeply nested input", () => ["check", file("deep.json", `${"[".repeat(200_000)}${"]".repeat(200_000)}`)], /deep\.json: is nested deeper than 1000 levels/],
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
    // A torn line is skipped with a warning, not fatal (tests/bad-input.test.ts); an unreadable log is.
    ["decision log: a directory", () => ["log", scratch], /guardrails-malformed-\w+: is a directory, not a decision log/],
    ["bad duration", () => ["exempt", "add", "--file", path.join(scratch, "e.yaml"), "--env", "staging", "--policy", "s3-no-public-acl", "--resource", "**", "--reason", "r", "--approved-by", "sam", "--for", "forever"], /--for "forever" is not a duration/],
];

test.each(cases)("%s", (_name, args, message) => {
    const output = path.join(scratch, "report.json");
    fs.rmSync(output, { force: true });
    const withOutput = args()[0] === "check" ? [...args(), "--output", output] : args();
    const result = spawnSync(process.execPath, [bin, ...withOutput], { encoding: "utf8", maxBuffer: 1 << 26, timeout: 60_000, env: { ...process.env, GUARDRAILS_ACTOR: "dana" } });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^guardrails: /);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(output)).toBe(false);
    expect(fs.readdirSync(scratch).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});

/*
 * Bad input gets one clear line and exit 2: the file or option named, the problem said, no
 * stack trace, nothing written, and nothing checked first. Also what is accepted on purpose:
 * a preview's replacement steps, a torn decision-log line (skipped, not fatal), stdin.
 */
const staticSite = path.join(repoRoot, "examples", "programs", "static-website", "insecure");
const failingProgram = path.join(repoRoot, "tests", "fixtures", "failing-program");

function guardrails(args: readonly string[], input?: string) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: scratch, encoding: "utf8", maxBuffer: 1 << 26, input, timeout: 120_000, env: { ...process.env, GUARDRAILS_ACTOR: "dana" } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exit 2, one `guardrails: ` line matching `message`, no stack trace, no report written. */
function expectRefused(args: readonly string[], message: RegExp, input?: string): string {
    const report = path.join(scratch, "report.json");
    fs.rmSync(report, { force: true });
    const withOutput = args[0] === "check" || args[0] === "preview" ? [...args, "--output", report] : args;
    const { code, stdout, stderr } = guardrails(withOutput, input);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^guardrails: /);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at |Maximum call stack/);
    expect(fs.existsSync(report)).toBe(false);
    return stderr;
}

const bucketUrn = (name: string) => `urn:pulumi:prod::web::aws:s3/bucket:Bucket::${name}`;
const bucketState = (name: string) => ({ urn: bucketUrn(name), type: "aws:s3/bucket:Bucket", inputs: { bucket: name, acl: "public-read" } });
const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

describe("JSON nested too deep is refused before anything walks it", () => {
    test("inside a stack export's inputs (the wire decoder would overflow the stack)", () => {
        const text = `{"version":3,"deployment":{"resources":[{"urn":"${bucketUrn("b")}","type":"aws:s3/bucket:Bucket","inputs":{"x":${nested(100_000)}}}]}}`;
        expectRefused(["check", file("deep.json", text)], /deep\.json: is nested deeper than 1000 levels/);
    });

    test("in a --config document", () => {
        const config = file("deep-config.json", `{"ec2-security-group-no-public-ssh-rdp": {"ports": ${nested(5_000)}}}`);
        expectRefused(["check", stack, "--config", config], /deep-config\.json: is nested deeper than 1000 levels/);
    });

    test.each([
        ["arrays in a resource list's props", `[{"type":"aws:s3/bucket:Bucket","props":{"x":${nested(100_000)}}}]`],
        ["objects inside objects", `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`],
        ["one level too many", nested(MAX_JSON_DEPTH + 1)],
    ])("%s", (_name, text) => {
        expect(() => parseJsonText("x.json", text)).toThrow(/^x\.json: is nested deeper than 1000 levels/);
    });

    test("brackets inside strings do not count, and a deep but sane document is fine", () => {
        const list = [{ type: "aws:s3/bucket:Bucket", name: "b", props: { note: `"[{\\${"[".repeat(5_000)}`, deep: JSON.parse(nested(MAX_JSON_DEPTH - 3)) } }];
        expect(parseJsonText("x.json", JSON.stringify(list))).toEqual(list);
        expect(convertInput("x.json", list).resources).toHaveLength(1);
    });
});

describe("a URN appears once", () => {
    test("a stack export repeating a URN is refused, naming it", () => {
        const doc = { version: 3, deployment: { resources: [bucketState("a"), bucketState("b"), bucketState("a")] } };
        expectRefused(["check", file("dup-export.json", JSON.stringify(doc))], /dup-export\.json: deployment\.resources\[2\] repeats URN urn:pulumi:prod::web::aws:s3\/bucket:Bucket::a \(also deployment\.resources\[0\]\)/);
    });

    test("a pending deletion shares the URN of its replacement: not a repeat", () => {
        const doc = { version: 3, deployment: { resources: [bucketState("a"), { ...bucketState("a"), delete: true }] } };
        expect(convertInput("x.json", doc).resources.map((r) => r.urn)).toEqual([bucketUrn("a")]);
    });

    test("a preview repeating a URN is refused, naming it", () => {
        const doc = { steps: [{ op: "create", newState: bucketState("a") }, { op: "update", newState: bucketState("a") }] };
        expectRefused(["check", file("dup-preview.json", JSON.stringify(doc))], /dup-preview\.json: steps\[1\] repeats URN urn:pulumi:prod::web::aws:s3\/bucket:Bucket::a \(also steps\[0\]\)/);
    });

    test("--show-replacement-steps output is one resource per replacement, judged once", () => {
        const replaced = { steps: [{ op: "create-replacement", newState: bucketState("a") }, { op: "replace", newState: bucketState("a") }, { op: "delete-replaced", oldState: bucketState("a") }] };
        const logical = { steps: [{ op: "replace", newState: bucketState("a") }] };
        expect(convertInput("x.json", replaced).resources).toEqual(convertInput("x.json", logical).resources);
        const sarif = JSON.parse(guardrails(["check", file("replaced.json", JSON.stringify(replaced)), "--format", "sarif"]).stdout);
        const fingerprints = sarif.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints["guardrails/v1"]);
        expect(fingerprints.length).toBeGreaterThan(0);
        expect(new Set(fingerprints).size).toBe(fingerprints.length);
    });

    test("the library refuses it too", () => {
        expect(() => convertInput("x.json", { steps: [{ op: "create", newState: bucketState("a") }, { op: "create", newState: bucketState("a") }] })).toThrow(InputError);
    });
});

describe("empty or malformed option values", () => {
    test.each([
        ["--packs ''", ["check", stack, "--packs", ""], /--packs <names>.* is invalid\. The value is empty/],
        ["--packs with an empty name and an unknown one", ["check", stack, "--packs", "aws-security,,nope"], /--packs "aws-security,,nope" has an empty name in its list; unknown pack "nope" \(available: aws-security, kubernetes, tagging, cost, access, azure-security, gcp-security\)/],
        ["--env ''", ["check", stack, "--env", ""], /--env <name>.* is invalid\. The value is empty/],
        ["--decision-log ''", ["check", stack, "--decision-log", ""], /--decision-log <file>.* is invalid\. The value is empty/],
        ["an empty file argument", ["check", ""], /argument 'file'.* The value is empty/],
        ["preview --stack that is not a stack name", ["preview", staticSite, "--stack", "../x"], /stack "\.\.\/x" is not a valid stack name/],
        ["exempt add --resource ''", ["exempt", "add", "--file", "e.yaml", "--policy", "s3-no-public-acl", "--resource", "", "--reason", "r", "--approved-by", "sam", "--for", "1h"], /--resource <urn-glob\.\.\.>.* is invalid/],
        ["log --since that is not a time", ["log", "nope.jsonl", "--since", "June 5"], /--since "June 5" is neither a time/],
        ["log --until that is not a time", ["log", "nope.jsonl", "--until", "1"], /--until "1" is neither a time/],
    ])("%s", (_name, args, message) => {
        expectRefused(args, message);
    });
});

describe("--config and --env documents: every rule id and setting known, every value valid", () => {
    test.each([
        ["a misspelled setting", { "ec2-security-group-no-public-ssh-rdp": { portz: [22] } }, /"ec2-security-group-no-public-ssh-rdp": unknown setting "portz" \(did you mean "ports"\?\); its settings are ports/],
        ["a setting on a rule without settings", { "s3-no-public-acl": { enforcementLevel: "advisory", ports: [22] } }, /"s3-no-public-acl" takes no settings, only "enforcementLevel" \(got "ports"\)/],
        ["a value outside the enum", { "cloudfront-minimum-tls-version": { minimumPolicy: "TLSv9" } }, /"cloudfront-minimum-tls-version"\.minimumPolicy must be one of "SSLv3", "TLSv1", .*"TLSv1\.3_2025"\n$/],
    ])("%s", (_name, document, message) => {
        expectRefused(["check", stack, "--config", file("config.json", JSON.stringify(document))], message);
    });

    const allRules = allPacks.flatMap((p) => p.rules);
    const resolve = (...documents: unknown[]) => resolvePolicyConfig(allRules, documents.map((document, i) => ({ file: `c${i}.json`, document })));

    test.each([
        ["a setting beside the level", { "ec2-security-group-no-public-ssh-rdp": { enforcementLevel: "mandatory", ports: [22], extra: true } }, /^c0\.json: "ec2-security-group-no-public-ssh-rdp": unknown setting "extra"; its settings are ports$/],
        ["settings under all", { all: { enforcementLevel: "advisory", ports: [22] } }, /^c0\.json: "all" sets only "enforcementLevel" \(got "ports"\)/],
        ["an unknown rule id", { "s3-no-public-acls": "advisory" }, /^c0\.json: unknown policy "s3-no-public-acls" \(did you mean "s3-no-public-acl"\?\)$/],
        ["a value of the wrong type", { "cloudfront-minimum-tls-version": { reportDefaultCertificate: "yes" } }, /^c0\.json: "cloudfront-minimum-tls-version"\.reportDefaultCertificate must be boolean$/],
        ["a wrong item in a list", { "ec2-security-group-no-public-ssh-rdp": { ports: [22, "3389"] } }, /^c0\.json: "ec2-security-group-no-public-ssh-rdp"\.ports\[1\] must be integer$/],
    ])("%s", (_name, document, message) => {
        expect(() => resolve(document)).toThrow(InputError);
        expect(() => resolve(document)).toThrow(message);
    });

    test("the shipped environments pass, and the engine semantics hold: all first, then named entries, no level keeps the level", () => {
        for (const env of ["ci", "dev", "staging", "prod"]) expect(() => resolvePolicyConfig(allRules, [environmentConfig(env)])).not.toThrow();
        const config = resolve({ "s3-no-public-acl": "mandatory", all: "advisory", "ec2-security-group-no-public-ssh-rdp": { ports: [22] } });
        expect(config["s3-no-public-acl"].enforcementLevel).toBe("mandatory");
        expect(config["ec2-imdsv2-required"].enforcementLevel).toBe("advisory");
        expect(config["ec2-security-group-no-public-ssh-rdp"]).toEqual({ enforcementLevel: "advisory", ports: [22] });
    });

    test("preview refuses a bad config before running the program", () => {
        // The program would fail under mocks; the config error comes first.
        expectRefused(["preview", failingProgram, "--config", file("portz.json", JSON.stringify({ "ec2-security-group-no-public-ssh-rdp": { portz: [22] } }))], /portz\.json: .*unknown setting "portz"/);
    });
});

describe("exemptions naming a policy that does not exist", () => {
    const exemptionsFile = (name: string, policy: string) => {
        const now = Date.now();
        const entry = {
            id: "ex-1",
            policy,
            resources: ["**"],
            reason: "migration",
            requestedBy: "dana",
            approvedBy: "sam",
            createdAt: new Date(now - 3_600_000).toISOString(),
            expiresAt: new Date(now + 3_600_000).toISOString(),
        };
        return file(name, JSON.stringify({ version: 1, exemptions: [entry] }));
    };

    test("check refuses the file, naming the exemption and the policy", () => {
        expectRefused(["check", stack, "--exemptions", exemptionsFile("typo.json", "s3-no-public-acls")], /typo\.json: exemption ex-1 names unknown policy "s3-no-public-acls" \(did you mean "s3-no-public-acl"\?\)/);
    });

    test("preview refuses it before running the program", () => {
        expectRefused(["preview", failingProgram, "--exemptions", exemptionsFile("typo2.json", "no-such-policy")], /typo2\.json: exemption ex-1 names unknown policy "no-such-policy"/);
    });

    test("exempt add refuses an unknown --policy with a hint, and a file that already names one", () => {
        const add = (target: string, policy: string) => ["exempt", "add", "--file", target, "--env", "staging", "--policy", policy, "--resource", "**", "--reason", "r", "--approved-by", "sam", "--for", "1h"];
        expectRefused(add(path.join(scratch, "new.json"), "s3-no-public-acls"), /--policy: unknown policy "s3-no-public-acls" \(did you mean "s3-no-public-acl"\?\)/);
        expect(fs.existsSync(path.join(scratch, "new.json"))).toBe(false);
        const existing = exemptionsFile("existing.json", "gone-policy");
        const before = fs.readFileSync(existing, "utf8");
        expectRefused(add(existing, "s3-no-public-acl"), /existing\.json: exemption ex-1 names unknown policy "gone-policy"/);
        expect(fs.readFileSync(existing, "utf8")).toBe(before);
    });

    test("a known policy is still accepted", () => {
        const { code, stderr } = guardrails(["check", stack, "--exemptions", exemptionsFile("ok.json", "s3-no-public-acl")]);
        expect(stderr).toBe("");
        expect(code).toBe(1);
    });
});

describe("guardrails log --outcome", () => {
    test("an unknown outcome is refused, listing the valid ones", () => {
        const stderr = expectRefused(["log", "any.jsonl", "--outcome", "nope"], /--outcome <outcome>.* is invalid\. Allowed choices are /);
        for (const outcome of DECISION_OUTCOMES) expect(stderr).toContain(outcome);
    });

    test("the help lists every outcome", () => {
        const { stdout } = guardrails(["log", "--help"]);
        for (const outcome of DECISION_OUTCOMES) expect(stdout).toContain(`"${outcome}"`);
    });
});

describe("preview --stack", () => {
    test("a named stack without its Pulumi.<stack>.yaml is one line naming the file and the stacks that exist", () => {
        expectRefused(["preview", staticSite, "--stack", "prod"], /static-website\/insecure\/Pulumi\.prod\.yaml: no such file: stack "prod" has no config here \(stacks with a config: dev\)/);
    });

    test("a directory with no stack configs says so", () => {
        expectRefused(["preview", failingProgram, "--stack", "dev"], /failing-program\/Pulumi\.dev\.yaml: no such file: stack "dev" has no config here \(no Pulumi\.<stack>\.yaml in this directory\)/);
    });
});

describe("YAML where JSON is expected", () => {
    test("as the document to check", () => {
        expectRefused(["check", file("stack.yaml", "version: 3\ndeployment:\n  resources: []\n")], /stack\.yaml: is not valid JSON: this looks like YAML; guardrails check expects JSON/);
    });

    test("as --config", () => {
        expectRefused(["check", stack, "--config", file("levels.yaml", "all: advisory\ns3-no-public-acl: mandatory\n")], /levels\.yaml: is not valid JSON: this looks like YAML; --config expects JSON/);
    });

    test("a JSON document cut short is still a JSON error", () => {
        expectRefused(["check", file("cut.json", '{"version": 3, "deployment": {')], /cut\.json: is not valid JSON \(/);
    });
});

describe("the decision log", () => {
    const record = (policy: string, outcome: string, extra: object = {}) =>
        JSON.stringify({ time: "2026-01-01T10:00:00.000Z", environment: "prod", pack: "aws-security@1.0.0", policy, level: "mandatory", urn: bucketUrn("a"), outcome, reason: "because", actor: "dana", ...extra });

    test("a torn or foreign line is reported with its line number and skipped; the rest is shown", () => {
        const log = file("decisions.jsonl", [record("s3-no-public-acl", "violation"), "", "not json at all", record("s3-no-public-acl", "pass"), '{"hello": "world"}', '{"policy":"p","outc'].join("\n"));
        const { code, stdout, stderr } = guardrails(["log", log, "--format", "json"]);
        expect(code).toBe(0);
        expect(JSON.parse(stdout).map((r: { outcome: string }) => r.outcome)).toEqual(["violation", "pass"]);
        expect(stderr.trimEnd().split("\n")).toEqual([
            `guardrails: decision log ${log} line 3: not a decision record, skipped`,
            `guardrails: decision log ${log} line 5: not a decision record, skipped`,
            `guardrails: decision log ${log} line 6: not a decision record, skipped`,
        ]);
    });

    test("log who skips them too", () => {
        const log = file("who.jsonl", [record("s3-no-public-acl", "exempted", { exemptionId: "ex-1", approvedBy: "sam" }), "garbage"].join("\n"));
        const { code, stdout, stderr } = guardrails(["log", "who", log, "--policy", "s3-no-public-acl"]);
        expect(code).toBe(0);
        expect(stdout).toMatch(/dana used ex-1/);
        expect(stderr).toBe(`guardrails: decision log ${log} line 2: not a decision record, skipped\n`);
    });

    test("a log of nothing but junk is counted after ten lines", () => {
        const log = file("junk.jsonl", Array.from({ length: 25 }, (_, i) => `junk ${i}`).join("\n"));
        const { code, stdout, stderr } = guardrails(["log", log]);
        expect(code).toBe(0);
        expect(stdout).toMatch(/0 of 0 decisions/);
        const lines = stderr.trimEnd().split("\n");
        expect(lines).toHaveLength(11);
        expect(lines[10]).toBe(`guardrails: decision log ${log}: 15 more lines that are not decision records, skipped`);
    });
});

describe("guardrails check -", () => {
    test("reads the document from stdin", () => {
        const fromFile = guardrails(["check", stack, "--format", "json"]);
        const fromStdin = guardrails(["check", "-", "--format", "json"], fs.readFileSync(stack, "utf8"));
        expect(fromStdin.stderr).toBe("");
        expect(fromStdin.code).toBe(fromFile.code);
        expect(JSON.parse(fromStdin.stdout).violations).toEqual(JSON.parse(fromFile.stdout).violations);
    });

    test("bad input on stdin is named as stdin", () => {
        expectRefused(["check", "-"], /^guardrails: stdin: is empty/, "");
        expectRefused(["check", "-"], /^guardrails: stdin: is not valid JSON: this looks like YAML; guardrails check expects JSON/, "version: 3\n");
    });
});
