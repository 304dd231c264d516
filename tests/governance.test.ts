/**
 * Governance over the analyzer protocol, as `pulumi preview` runs the pack: exemptions lift
 * exactly their policy and resources until they expire, every decision lands in the log, and a
 * provisioning key that does not match the configuration in force fails the preview at once.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { engineConfig, launchPolicyPack, type RunningPack } from "../src/engine";
import { checkExemptions, ExemptionIndex, ExemptionsError, readDecisionLog, type Exemption } from "../src/governance";
import { mockResource } from "../src/testing";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
let scratch: string;
beforeAll(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-governance-"))));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const sshOpen = (name: string) =>
    mockResource("aws:ec2/securityGroup:SecurityGroup", { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] }, { name, stack: "prod", project: "web" });
const publicBucket = mockResource("aws:s3/bucket:Bucket", { acl: "public-read", tags: { note: "zz-canary-tag-value" } }, { name: "assets", stack: "prod", project: "web" });

function exemption(overrides: Partial<Exemption>): Exemption {
    const now = Date.now();
    return {
        id: "ex-test",
        policy: "ec2-security-group-no-public-ssh-rdp",
        resources: ["urn:pulumi:prod::web::aws:ec2/securityGroup:SecurityGroup::bastion-*"],
        reason: "Vendor support session for the incident",
        requestedBy: "dana",
        approvedBy: "sam",
        createdAt: new Date(now - 60_000).toISOString(),
        expiresAt: new Date(now + 3_600_000).toISOString(),
        ...overrides,
    };
}

/**
 * The shipped governance config requires signed exemptions in prod only; the pack config names
 * the environment (as config/staging.json does), so that unsigned exemptions are judged by
 * staging's rules. Without it a pack judges as strictly as the strictest environment.
 */
const STAGING = { "guardrails-provisioning-key": { environment: "staging" } };

function levelsOf(pack: RunningPack) {
    return pack.getAnalyzerInfo().then((info) => ({ info, config: engineConfig(info, STAGING) }));
}

describe("exemptions and the decision log, in the running pack", () => {
    let pack: RunningPack;
    const log = () => path.join(scratch, "decisions.jsonl");
    // Far enough ahead that a pack launch on a busy 2-core machine cannot outlast it; the expiry
    // test waits only for what is left of it.
    let shortExpiry = 0;

    beforeAll(async () => {
        const file = path.join(scratch, "exemptions.yaml");
        shortExpiry = Date.now() + 10_000;
        const soon = new Date(shortExpiry).toISOString();
        fs.writeFileSync(
            file,
            JSON.stringify({
                version: 1,
                exemptions: [
                    exemption({ id: "ex-bastion" }),
                    exemption({ id: "ex-short", resources: ["urn:pulumi:prod::web::aws:ec2/securityGroup:SecurityGroup::temporary"], expiresAt: soon }),
                    exemption({ id: "ex-old", policy: "s3-no-public-acl", resources: ["**"], createdAt: new Date(Date.now() - 7_200_000).toISOString(), expiresAt: new Date(Date.now() - 3_600_000).toISOString() }),
                    exemption({ id: "ex-prod-only", resources: ["urn:pulumi:prod::web::aws:ec2/securityGroup:SecurityGroup::prod-only"], environments: ["prod"] }),
                ],
            }),
        );
        pack = await launchPolicyPack(repoRoot, { env: { GUARDRAILS_EXEMPTIONS: file, GUARDRAILS_DECISION_LOG: log(), GUARDRAILS_ENV: "staging", GUARDRAILS_ACTOR: "ci-bot" } });
        await pack.configure((await levelsOf(pack)).config);
    });
    afterAll(() => pack?.stop());

    const ssh = async (name: string) => (await pack.analyze(sshOpen(name))).diagnostics.filter((d) => d.policyName === "ec2-security-group-no-public-ssh-rdp");

    test("an active exemption lifts exactly its policy on exactly its resources", async () => {
        const [lifted] = await ssh("bastion-eu");
        expect(lifted.enforcementLevel).toBe("advisory");
        expect(lifted.message).toContain("Exempted by ex-bastion (approved by sam, until");
        const [other] = await ssh("web");
        expect(other.enforcementLevel).toBe("mandatory");
        const otherPolicies = (await pack.analyze(sshOpen("bastion-eu"))).diagnostics.filter((d) => d.policyName !== "ec2-security-group-no-public-ssh-rdp");
        expect(otherPolicies.every((d) => !d.message.includes("Exempted by"))).toBe(true);
        // ... and in exactly its environments: an entry for prod does not lift anything in staging.
        const [elsewhere] = await ssh("prod-only");
        expect(elsewhere.enforcementLevel).toBe("mandatory");
        expect(elsewhere.message).not.toContain("Exempted by");
    });

    test("an expired exemption has no effect", async () => {
        const acl = (await pack.analyze(publicBucket)).diagnostics.find((d) => d.policyName === "s3-no-public-acl");
        expect(acl?.enforcementLevel).toBe("mandatory");
    });

    test("an exemption stops working on its own at its expiry", async () => {
        expect((await ssh("temporary"))[0].enforcementLevel).toBe("advisory");
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, shortExpiry - Date.now()) + 500));
        expect((await ssh("temporary"))[0].enforcementLevel).toBe("mandatory");
    });

    test("every decision is logged with its reason, level, exemption and actor", () => {
        const records = readDecisionLog(log());
        const exempted = records.find((r) => r.outcome === "exempted" && r.exemptionId === "ex-bastion");
        expect(exempted).toMatchObject({
            environment: "staging",
            pack: expect.stringMatching(/^pulumi-guardrails@\d/),
            policy: "ec2-security-group-no-public-ssh-rdp",
            level: "mandatory",
            approvedBy: "sam",
            actor: "ci-bot",
            urn: expect.stringContaining("::bastion-eu"),
        });
        expect(exempted?.reason).toContain("lets anyone on the internet reach SSH");
        expect(records.some((r) => r.outcome === "violation" && r.urn.endsWith("::web"))).toBe(true);
        expect(records.find((r) => r.outcome === "violation" && r.urn.endsWith("::prod-only"))?.reason).toContain("Not exempted: exemption ex-prod-only is for prod, not staging");
        expect(records.some((r) => r.outcome === "pass" && r.policy === "ec2-security-group-no-public-database-ports")).toBe(true);
        // One line per decision: each (policy, resource) judged once per Analyze call.
        const calls = records.filter((r) => r.urn.endsWith("::assets") && r.policy === "s3-no-public-acl");
        expect(calls).toHaveLength(1);
        // Property values never reach the log (the bucket's tag value below is free text).
        expect(fs.readFileSync(log(), "utf8")).not.toContain("zz-canary-tag-value");
    });
});

describe("exemption files are validated, never silently ignored", () => {
    test.each([
        [{ version: 1, exemptions: [{ ...exemption({}), expiresAt: undefined }] }, /is missing "expiresAt"/],
        [{ version: 1, exemptions: [{ ...exemption({}), policy: "Not A Policy" }] }, /policy must match/],
        [{ version: 1, exemptions: [exemption({ expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() })] }, /longer than the allowed 168 h/],
        [{ version: 1, exemptions: [exemption({}), exemption({})] }, /appears twice/],
        [{ version: 2, exemptions: [] }, /version must be equal to constant/],
    ])("%#", (document, message) => {
        expect(() => checkExemptions("x.yaml", JSON.parse(JSON.stringify(document)))).toThrow(ExemptionsError);
        expect(() => checkExemptions("x.yaml", JSON.parse(JSON.stringify(document)))).toThrow(message);
    });

    test("a pack given a malformed exemptions file refuses to start, naming the file", async () => {
        const file = path.join(scratch, "broken.yaml");
        fs.writeFileSync(file, "version: 1\nexemptions:\n  - id: x\n");
        await expect(launchPolicyPack(repoRoot, { env: { GUARDRAILS_EXEMPTIONS: file } })).rejects.toThrow(/broken\.yaml: exemptions\.0 is missing/);
    });

    test("the clock decides: before, during and after the window", () => {
        const index = (now: string) => new ExemptionIndex(checkExemptions("x", { version: 1, exemptions: [exemption({ createdAt: "2026-01-01T00:00:00Z", expiresAt: "2026-01-02T00:00:00Z" })] }), () => new Date(now));
        const urn = "urn:pulumi:prod::web::aws:ec2/securityGroup:SecurityGroup::bastion-1";
        expect(index("2025-12-31T23:00:00Z").grantFor("ec2-security-group-no-public-ssh-rdp", urn)).toBeUndefined();
        expect(index("2026-01-01T12:00:00Z").grantFor("ec2-security-group-no-public-ssh-rdp", urn)?.id).toBe("ex-test");
        expect(index("2026-01-01T12:00:00Z").grantFor("s3-no-public-acl", urn)).toBeUndefined();
        expect(index("2026-01-02T00:00:00Z").grantFor("ec2-security-group-no-public-ssh-rdp", urn)).toBeUndefined();
    });
});

test("the decision log survives 8 concurrent writers without a lost or torn line", async () => {
    const file = path.join(scratch, "concurrent.jsonl");
    const writer = `
        const { DecisionLog } = require(${JSON.stringify(path.join(repoRoot, "dist", "src", "governance"))});
        const log = new DecisionLog(${JSON.stringify(file)}, { environment: "ci", pack: "p@1", actor: process.argv[1], levelOf: () => "mandatory" });
        for (let i = 0; i < 400; i++) log.record({ policy: "p", urn: "urn:" + process.argv[1] + ":" + i, outcome: "pass", reason: "x".repeat(200 + (i % 50)) });
    `;
    await Promise.all(
        Array.from({ length: 8 }, (_, w) =>
            new Promise<void>((resolve, reject) => {
                const child = spawn(process.execPath, ["-e", writer, `w${w}`], { stdio: "inherit" });
                child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`writer ${w} exited ${code}`))));
            }),
        ),
    );
    const records = readDecisionLog(file);
    expect(records).toHaveLength(3200);
    for (let w = 0; w < 8; w++) expect(records.filter((r) => r.actor === `w${w}`)).toHaveLength(400);
});

/*
 * Unsigned keys, so in staging: the shipped governance config requires keys signed by a trusted
 * issuer in prod and trusts no issuer (signed keys: tests/governance-signatures.test.ts).
 */
describe("provisioning key", () => {
    const keyFile = () => path.join(scratch, "staging-key.json");
    const stagingConfig = JSON.parse(fs.readFileSync(path.join(repoRoot, "config", "staging.json"), "utf8")) as Record<string, unknown>;

    beforeAll(() => {
        const issued = spawnSync(process.execPath, [bin, "key", "issue", "--env", "staging", "--valid-for", "1h", "--output", keyFile()], { encoding: "utf8", maxBuffer: 1 << 26 });
        expect(issued.status).toBe(0);
    });

    test("guardrails key verify accepts the approved configuration and rejects a changed one", () => {
        const ok = spawnSync(process.execPath, [bin, "key", "verify", keyFile(), "--env", "staging"], { encoding: "utf8", maxBuffer: 1 << 26 });
        expect(ok.stdout).toMatch(/^ok: key gk-staging-/);
        expect(ok.status).toBe(0);
        const changed = path.join(scratch, "lowered.json");
        fs.writeFileSync(changed, JSON.stringify({ "s3-bucket-versioning-enabled": "advisory" }));
        const bad = spawnSync(process.execPath, [bin, "key", "verify", keyFile(), "--env", "staging", "--config", changed], { encoding: "utf8", maxBuffer: 1 << 26 });
        expect(bad.status).toBe(1);
        expect(bad.stdout).toMatch(/^mismatch: the policy set in force is not the one key gk-staging-\S+ approved for staging \(changed: s3-bucket-versioning-enabled: level mandatory → advisory\)/);
        const otherEnv = spawnSync(process.execPath, [bin, "key", "verify", keyFile(), "--env", "dev"], { encoding: "utf8", maxBuffer: 1 << 26 });
        expect(otherEnv.stdout).toMatch(/issued for environment "staging", not "dev"/);
    });

    test("in the running pack: the approved configuration passes, a lowered level fails the first resource", async () => {
        const pack = await launchPolicyPack(repoRoot, { env: { GUARDRAILS_ENV: "staging", GUARDRAILS_PROVISIONING_KEY: keyFile() } });
        try {
            const info = await pack.getAnalyzerInfo();
            expect(info.policies.map((p) => p.name)).toContain("guardrails-provisioning-key");
            await pack.configure(engineConfig(info, stagingConfig));
            const approved = await pack.analyze(publicBucket);
            expect(approved.diagnostics.filter((d) => d.policyName === "guardrails-provisioning-key")).toEqual([]);

            await pack.configure(engineConfig(info, { ...stagingConfig, "s3-bucket-versioning-enabled": "advisory" }));
            const [failure, ...more] = (await pack.analyze(publicBucket)).diagnostics.filter((d) => d.policyName === "guardrails-provisioning-key");
            expect(failure.enforcementLevel).toBe("mandatory");
            expect(failure.message).toMatch(/is not the one key gk-staging-\S+ approved for staging \(changed: s3-bucket-versioning-enabled: level mandatory → advisory\)/);
            expect(more).toEqual([]);
            // Once: the resources after the first are not failed again.
            const next = (await pack.analyze(sshOpen("web"))).diagnostics.filter((d) => d.policyName === "guardrails-provisioning-key");
            expect(next).toEqual([]);
        } finally {
            await pack.stop();
        }
    });

    test("rotation: the previous key stays valid for its grace period", () => {
        const rotated = path.join(scratch, "rotated.json");
        const lowered = path.join(scratch, "lowered-2.json");
        const governance = path.join(scratch, "rotation-governance.json");
        fs.writeFileSync(lowered, JSON.stringify({ "rds-backup-retention": "advisory" }));
        // An empty governance config: it lists no environments, so it requires no signatures.
        fs.writeFileSync(governance, "{}\n");
        const rotate = ["key", "issue", "--env", "staging", "--config", lowered, "--rotate", keyFile(), "--grace", "1h", "--output", rotated];
        const withoutGovernance = spawnSync(process.execPath, [bin, ...rotate], { encoding: "utf8", maxBuffer: 1 << 26 });
        expect(withoutGovernance.status).toBe(2);
        expect(withoutGovernance.stderr).toMatch(/--rotate records that the old key retires .* give --governance <file>/);
        expect(fs.existsSync(rotated)).toBe(false);
        const issued = spawnSync(process.execPath, [bin, ...rotate, "--governance", governance], { encoding: "utf8", maxBuffer: 1 << 26 });
        expect(issued.status).toBe(0);
        const oldId = (JSON.parse(fs.readFileSync(keyFile(), "utf8")) as { id: string }).id;
        const newKey = JSON.parse(fs.readFileSync(rotated, "utf8")) as { id: string; previous: { graceUntil: string } };
        expect(JSON.parse(fs.readFileSync(governance, "utf8"))).toEqual({ retiredKeys: [{ id: oldId, replacedBy: newKey.id, graceUntil: newKey.previous.graceUntil }] });
        const verify = (key: string, ...args: string[]) => spawnSync(process.execPath, [bin, "key", "verify", key, "--env", "staging", "--governance", governance, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
        expect(verify(rotated, "--config", lowered).stdout).toMatch(/^ok: key gk-staging-/);
        expect(verify(rotated).stdout).toMatch(/rotated-out key, within its grace period/);
        expect(verify(keyFile()).stdout).toMatch(/^ok: key gk-staging-/);
        // After the grace period the old configuration is no longer approved.
        const later = new Date(Date.parse(newKey.previous.graceUntil) + 60_000).toISOString();
        const afterGrace = verify(rotated, "--now", later);
        expect(afterGrace.status).toBe(1);
        expect(afterGrace.stdout).toMatch(new RegExp(`key ${oldId} was rotated out; its grace period ended at`));
    });
});
