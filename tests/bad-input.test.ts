/**
 * Bad input gets one clear line and exit 2: the file or option named, the problem said, no
 * stack trace, nothing written, and nothing checked first. Also what is accepted on purpose:
 * a preview's replacement steps, a torn decision-log line (skipped, not fatal), stdin.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { convertInput, InputError } from "../src/engine";
import { DECISION_OUTCOMES } from "../src/governance";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const insecure = path.join(repoRoot, "examples", "stacks", "insecure-web.json");
const staticSite = path.join(repoRoot, "examples", "programs", "static-website", "insecure");
const failingProgram = path.join(repoRoot, "tests", "fixtures", "failing-program");
let scratch: string;
beforeAll(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-bad-input-"))));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function file(name: string, content: string): string {
    const p = path.join(scratch, name);
    fs.writeFileSync(p, content);
    return p;
}

function guardrails(args: readonly string[], input?: string) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: scratch, encoding: "utf8", input, timeout: 120_000, env: { ...process.env, GUARDRAILS_ACTOR: "dana" } });
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
    test.each([
        ["inside a stack export's inputs", () => `{"version":3,"deployment":{"resources":[{"urn":"${bucketUrn("b")}","type":"aws:s3/bucket:Bucket","inputs":{"x":${nested(100_000)}}}]}}`],
        ["inside a resource list's props", () => `[{"type":"aws:s3/bucket:Bucket","props":{"x":${nested(100_000)}}}]`],
        ["objects inside objects", () => `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`],
    ])("%s", (_name, text) => {
        expectRefused(["check", file("deep.json", text())], /deep\.json: is nested deeper than 1000 levels/);
    });

    test("in a --config document", () => {
        const config = file("deep-config.json", `{"ec2-security-group-no-public-ssh-rdp": {"ports": ${nested(5_000)}}}`);
        expectRefused(["check", insecure, "--config", config], /deep-config\.json: is nested deeper than 1000 levels/);
    });

    test("brackets inside strings do not count, and a deep but sane document is fine", () => {
        const list = [{ type: "aws:s3/bucket:Bucket", name: "b", props: { note: "[".repeat(5_000), deep: JSON.parse(nested(900)) } }];
        const { code, stderr } = guardrails(["check", file("sane.json", JSON.stringify(list))]);
        expect(stderr).toBe("");
        expect([0, 1]).toContain(code);
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
        expect(convertInput("x.json", replaced).resources).toHaveLength(1);
        const report = (doc: object, name: string) => JSON.parse(guardrails(["check", file(name, JSON.stringify(doc)), "--format", "json"]).stdout);
        const steps = report(replaced, "replaced.json");
        expect(steps.summary.violations).toBeGreaterThan(0);
        expect(steps.summary).toEqual(report(logical, "logical.json").summary);
        const sarif = JSON.parse(guardrails(["check", file("replaced.json", JSON.stringify(replaced)), "--format", "sarif"]).stdout);
        const fingerprints = sarif.runs[0].results.map((r: { partialFingerprints?: object; fingerprints?: object }) => JSON.stringify(r.partialFingerprints ?? r.fingerprints));
        expect(new Set(fingerprints).size).toBe(fingerprints.length);
    });

    test("the library refuses it too", () => {
        expect(() => convertInput("x.json", { steps: [{ op: "create", newState: bucketState("a") }, { op: "create", newState: bucketState("a") }] })).toThrow(InputError);
    });
});

describe("empty or malformed option values", () => {
    test.each([
        ["--packs ''", ["check", insecure, "--packs", ""], /--packs <names>.* is invalid\. The value is empty/],
        ["--packs with an empty name and an unknown one", ["check", insecure, "--packs", "aws-security,,nope"], /--packs "aws-security,,nope" has an empty name in its list; unknown pack "nope" \(available: aws-security, kubernetes, tagging, cost, access\)/],
        ["--packs with a trailing comma", ["check", insecure, "--packs", "aws-security,"], /has an empty name in its list \(available: /],
        ["--env ''", ["check", insecure, "--env", ""], /--env <name>.* is invalid\. The value is empty/],
        ["--config ''", ["check", insecure, "--config", ""], /--config <file>.* is invalid\. The value is empty/],
        ["--decision-log ''", ["check", insecure, "--decision-log", ""], /--decision-log <file>.* is invalid\. The value is empty/],
        ["--output ''", ["check", insecure, "--output", ""], /--output <file>.* is invalid\. The value is empty/],
        ["an empty file argument", ["check", ""], /argument 'file'.* The value is empty/],
        ["preview --stack ''", ["preview", staticSite, "--stack", ""], /--stack <name>.* is invalid\. The value is empty/],
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
        ["a setting with the level", { "ec2-security-group-no-public-ssh-rdp": { enforcementLevel: "mandatory", ports: [22], extra: true } }, /"ec2-security-group-no-public-ssh-rdp": unknown setting "extra"/],
        ["a setting on a rule without settings", { "s3-no-public-acl": { enforcementLevel: "advisory", ports: [22] } }, /"s3-no-public-acl" takes no settings, only "enforcementLevel" \(got "ports"\)/],
        ["settings under all", { all: { enforcementLevel: "advisory", ports: [22] } }, /"all" sets only "enforcementLevel" \(got "ports"\)/],
        ["an unknown rule id", { "s3-no-public-acls": "advisory" }, /unknown policy "s3-no-public-acls" \(did you mean "s3-no-public-acl"\?\)/],
        ["a value outside the enum", { "cloudfront-minimum-tls-version": { minimumPolicy: "TLSv9" } }, /"cloudfront-minimum-tls-version"\.minimumPolicy must be one of "/],
        ["a value of the wrong type", { "cloudfront-minimum-tls-version": { reportDefaultCertificate: "yes" } }, /"cloudfront-minimum-tls-version"\.reportDefaultCertificate must be boolean/],
    ])("%s", (_name, document, message) => {
        expectRefused(["check", insecure, "--config", file("config.json", JSON.stringify(document))], message);
    });

    test("the shipped environments pass, and the engine semantics hold: all first, then named entries", () => {
        for (const env of ["dev", "staging", "prod"]) expect(guardrails(["check", insecure, "--env", env, "--format", "json"]).code).not.toBe(2);
        const config = file("levels.json", JSON.stringify({ "s3-no-public-acl": "mandatory", all: "advisory" }));
        const report = JSON.parse(guardrails(["check", insecure, "--config", config, "--format", "json"]).stdout);
        expect(report.violations.filter((v: { level: string }) => v.level === "mandatory").map((v: { policy: string }) => v.policy)).toEqual(["s3-no-public-acl"]);
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
        expectRefused(["check", insecure, "--exemptions", exemptionsFile("typo.json", "s3-no-public-acls")], /typo\.json: exemption ex-1 names unknown policy "s3-no-public-acls" \(did you mean "s3-no-public-acl"\?\)/);
    });

    test("preview refuses it before running the program", () => {
        expectRefused(["preview", failingProgram, "--exemptions", exemptionsFile("typo2.json", "no-such-policy")], /typo2\.json: exemption ex-1 names unknown policy "no-such-policy"/);
    });

    test("exempt add refuses an unknown --policy with a hint, and a file that already names one", () => {
        const add = (target: string, policy: string) => ["exempt", "add", "--file", target, "--policy", policy, "--resource", "**", "--reason", "r", "--approved-by", "sam", "--for", "1h"];
        expectRefused(add(path.join(scratch, "new.json"), "s3-no-public-acls"), /--policy: unknown policy "s3-no-public-acls" \(did you mean "s3-no-public-acl"\?\)/);
        expect(fs.existsSync(path.join(scratch, "new.json"))).toBe(false);
        const existing = exemptionsFile("existing.json", "gone-policy");
        const before = fs.readFileSync(existing, "utf8");
        expectRefused(add(existing, "s3-no-public-acl"), /existing\.json: exemption ex-1 names unknown policy "gone-policy"/);
        expect(fs.readFileSync(existing, "utf8")).toBe(before);
    });

    test("a known policy is still accepted", () => {
        const { code, stderr } = guardrails(["check", insecure, "--exemptions", exemptionsFile("ok.json", "s3-no-public-acl")]);
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
        expectRefused(["check", insecure, "--config", file("levels.yaml", "all: advisory\ns3-no-public-acl: mandatory\n")], /levels\.yaml: is not valid JSON: this looks like YAML; --config expects JSON/);
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
        const fromFile = guardrails(["check", insecure, "--format", "json"]);
        const fromStdin = guardrails(["check", "-", "--format", "json"], fs.readFileSync(insecure, "utf8"));
        expect(fromStdin.stderr).toBe("");
        expect(fromStdin.code).toBe(fromFile.code);
        expect(JSON.parse(fromStdin.stdout).violations).toEqual(JSON.parse(fromFile.stdout).violations);
    });

    test("bad input on stdin is named as stdin", () => {
        expectRefused(["check", "-"], /^guardrails: stdin: is empty/, "");
        expectRefused(["check", "-"], /^guardrails: stdin: is not valid JSON: this looks like YAML; guardrails check expects JSON/, "version: 3\n");
    });
});
