/**
 * Governance, second part, over the analyzer protocol: four eyes, exemptions bound to an actor,
 * revocation, the access history (`log who`), and keys that name their approver.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { engineConfig, launchPolicyPack } from "../src/engine";
import { readDecisionLog, type ExemptionsFile } from "../src/governance";
import { mockResource } from "../src/testing";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
let scratch: string;
beforeAll(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-approvals-"))));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const bastion = mockResource("aws:ec2/securityGroup:SecurityGroup", { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] }, { name: "bastion", stack: "prod", project: "web" });
const BASTION_GLOB = "urn:pulumi:prod::web::aws:ec2/securityGroup:SecurityGroup::bastion";

function guardrails(args: string[], actor = "dana") {
    const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, GUARDRAILS_ACTOR: actor } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/*
 * Unsigned exemptions, so in staging: the shipped governance config requires exemptions signed by
 * a trusted requester and approver in prod (tests/governance-signatures.test.ts).
 */
function addExemption(file: string, extra: string[] = [], approvedBy = "security-oncall") {
    const added = guardrails(["exempt", "add", "--file", file, "--env", "staging", "--policy", "ec2-security-group-no-public-ssh-rdp", "--resource", BASTION_GLOB, "--reason", "vendor support session, INC-4211", "--approved-by", approvedBy, "--for", "2h", ...extra]);
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    return added.stdout.split(":")[0];
}

/**
 * The SSH rule's level for the bastion, as the running pack reports it to the engine for `actor`.
 * The pack config names the environment (staging), as config/staging.json does.
 */
async function sshLevelFor(exemptionsFile: string, actor: string, decisionLog: string): Promise<string | undefined> {
    const pack = await launchPolicyPack(repoRoot, {
        env: { GUARDRAILS_EXEMPTIONS: exemptionsFile, GUARDRAILS_ENV: "staging", GUARDRAILS_ACTOR: actor, GUARDRAILS_DECISION_LOG: decisionLog },
    });
    try {
        await pack.configure(engineConfig(await pack.getAnalyzerInfo(), { "guardrails-provisioning-key": { environment: "staging" } }));
        const { diagnostics } = await pack.analyze(bastion);
        return diagnostics.find((d) => d.policyName === "ec2-security-group-no-public-ssh-rdp")?.enforcementLevel;
    } finally {
        await pack.stop();
    }
}

describe("four eyes", () => {
    test("guardrails exempt add refuses a self-approved exemption", () => {
        const file = path.join(scratch, "self.yaml");
        const refused = guardrails(["exempt", "add", "--file", file, "--env", "staging", "--policy", "s3-no-public-acl", "--resource", "**", "--reason", "r", "--approved-by", "dana", "--for", "1h"], "dana");
        expect(refused.code).toBe(2);
        expect(refused.stderr).toMatch(/approved by its own requester \(dana\)/);
        expect(fs.existsSync(file)).toBe(false);
    });

    test("where the governance config lists approvers, the approver must be one of them", () => {
        const governance = path.join(scratch, "approvers.json");
        fs.writeFileSync(governance, JSON.stringify({ environments: { staging: { requireSignatures: false, approvers: ["security-oncall", "platform-lead", "ciso"], maxExemptionHours: 24 } } }));
        const file = path.join(scratch, "listed.yaml");
        const add = (approver: string) => guardrails(["exempt", "add", "--file", file, "--env", "staging", "--governance", governance, "--policy", "s3-no-public-acl", "--resource", "**", "--reason", "r", "--approved-by", approver, "--for", "1h"]);
        const refused = add("sam");
        expect(refused.code).toBe(2);
        expect(refused.stderr).toMatch(/approved by sam, who is not an approver in staging \(security-oncall, platform-lead, ciso\)/);
        expect(fs.existsSync(file)).toBe(false);
        const accepted = add("platform-lead");
        expect(accepted.stderr).toBe("");
        expect(accepted.code).toBe(0);
        // A deployment judges the list too: an entry written by hand with another approver does not apply.
        const [listed] = (parseYaml(fs.readFileSync(file, "utf8")) as ExemptionsFile).exemptions;
        const handWritten = path.join(scratch, "hand-written.json");
        fs.writeFileSync(handWritten, JSON.stringify({ version: 1, exemptions: [listed, { ...listed, id: "ex-by-sam", approvedBy: "sam" }] }));
        const judged = JSON.parse(guardrails(["exempt", "list", "--file", handWritten, "--env", "staging", "--governance", governance, "--format", "json"]).stdout) as Array<{ id: string; status: string; why?: string }>;
        expect(judged.map((e) => [e.id, e.status])).toEqual([
            [listed.id, "active"],
            ["ex-by-sam", "untrusted"],
        ]);
        expect(judged[1].why).toMatch(/approved by sam, who is not an approver in staging \(security-oncall, platform-lead, ciso\)/);
    });

    test("in prod, a named approver is not enough: an unsigned exemption is refused", () => {
        const file = path.join(scratch, "x.yaml");
        const refused = guardrails(["exempt", "add", "--file", file, "--env", "prod", "--policy", "s3-no-public-acl", "--resource", "**", "--reason", "r", "--approved-by", "security-oncall", "--for", "1h"]);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toMatch(/prod requires signed exemptions .*--sign-with/);
        expect(fs.existsSync(file)).toBe(false);
    });

    test("a self-approved exemption in the file never applies in the running pack, and the log says why", async () => {
        const file = path.join(scratch, "forged.json");
        const decisions = path.join(scratch, "forged.jsonl");
        const now = Date.now();
        fs.writeFileSync(
            file,
            JSON.stringify({
                version: 1,
                exemptions: [{ id: "ex-forged", policy: "ec2-security-group-no-public-ssh-rdp", resources: [BASTION_GLOB], reason: "r", requestedBy: "dana", approvedBy: "Dana", createdAt: new Date(now).toISOString(), expiresAt: new Date(now + 3_600_000).toISOString() }],
            }),
        );
        expect(await sshLevelFor(file, "dana", decisions)).toBe("mandatory");
        const [record] = readDecisionLog(decisions).filter((r) => r.policy === "ec2-security-group-no-public-ssh-rdp");
        expect(record).toMatchObject({ outcome: "violation", actor: "dana" });
        expect(record.reason).toContain("Not exempted: exemption ex-forged is approved by its own requester (dana)");
    });
});

describe("actor-bound exemptions and revocation", () => {
    const file = () => path.join(scratch, "exemptions.yaml");
    const decisions = () => path.join(scratch, "decisions.jsonl");
    let boundId: string;

    beforeAll(() => {
        boundId = addExemption(file(), ["--actor", "dana"]);
    });

    test("an exemption bound to an actor applies to that actor only, and the log says why not for others", async () => {
        expect(await sshLevelFor(file(), "dana", decisions())).toBe("advisory");
        expect(await sshLevelFor(file(), "eve", decisions())).toBe("mandatory");
        const records = readDecisionLog(decisions()).filter((r) => r.policy === "ec2-security-group-no-public-ssh-rdp");
        expect(records.find((r) => r.actor === "dana")).toMatchObject({ outcome: "exempted", exemptionId: boundId, approvedBy: "security-oncall" });
        expect(records.find((r) => r.actor === "eve")?.reason).toContain(`exemption ${boundId} is bound to dana, not the current actor`);
    });

    test("a revoked exemption never applies, and stays in the file", async () => {
        const revoked = guardrails(["exempt", "revoke", boundId, "--file", file(), "--reason", "session ended early"], "security-oncall");
        expect(revoked.code).toBe(0);
        expect(await sshLevelFor(file(), "dana", decisions())).toBe("mandatory");
        const last = readDecisionLog(decisions()).filter((r) => r.policy === "ec2-security-group-no-public-ssh-rdp").pop();
        expect(last?.reason).toContain(`exemption ${boundId} was revoked at`);
        const listed = JSON.parse(guardrails(["exempt", "list", "--file", file(), "--format", "json"]).stdout);
        expect(listed).toEqual([expect.objectContaining({ id: boundId, status: "revoked", revokedBy: "security-oncall", revokeReason: "session ended early" })]);
    });

    test("exempt list shows status and time left", () => {
        const otherId = addExemption(file());
        const table = guardrails(["exempt", "list", "--file", file()]).stdout;
        expect(table).toMatch(new RegExp(`${otherId}\\s+active\\s+1h 5\\dm`));
        expect(table).toMatch(new RegExp(`${boundId}\\s+revoked`));
    });

    test("log who lists exactly the grants used, with times and approvers", () => {
        const who = JSON.parse(guardrails(["log", "who", decisions(), "--resource", "urn:pulumi:prod::web::**", "--exemptions", file(), "--format", "json"]).stdout);
        expect(who).toEqual([
            expect.objectContaining({
                exemptionId: boundId,
                actor: "dana",
                policy: "ec2-security-group-no-public-ssh-rdp",
                urn: bastion.urn,
                approvedBy: "security-oncall",
                requestedBy: "dana",
                reason: "vendor support session, INC-4211",
                uses: 1,
                first: expect.any(String),
            }),
        ]);
        const table = guardrails(["log", "who", decisions(), "--policy", "ec2-security-group-no-public-ssh-rdp"]).stdout;
        expect(table).toMatch(/dana used ex-\S+ \(approved by security-oncall\) 1× from /);
        expect(guardrails(["log", "who", decisions()]).stderr).toMatch(/give --resource <urn-glob> or --policy <id>/);
    });
});

test("a key names its approver, and verify reports the approved set a deployment runs under", () => {
    const key = path.join(scratch, "key.json");
    expect(guardrails(["key", "issue", "--env", "staging", "--approved-by", "ciso", "--output", key]).code).toBe(0);
    const verified = guardrails(["key", "verify", key, "--env", "staging"]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^approved set: gk-staging-\S+, environment staging, approved by ciso, unsigned, issued \d{4}-/m);
});
