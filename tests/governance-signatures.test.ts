/**
 * Governance the deployer cannot forge (docs/governance.md lists each attack and names its test
 * here). A published pack ships a governance config that requires signatures in prod and trusts
 * dana (requester), sam (approver) and ciso (key issuer). Each attack is tried offline
 * (`guardrails check`) and against the built pack over the analyzer protocol.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { engineConfig, launchPolicyPack, type RunningPack } from "../src/engine";
import { signExemption, type Exemption, type ExemptionsFile, type GovernanceDocument } from "../src/governance";
import { mockResource } from "../src/testing";
import { makeSigner, publishedPackDir, trusted, type TestSigner } from "./governed-pack";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const SSH = "ec2-security-group-no-public-ssh-rdp";
const KEY_POLICY = "guardrails-provisioning-key";
const openSsh = { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] };
const bastion = mockResource("aws:ec2/securityGroup:SecurityGroup", openSsh, { name: "bastion", stack: "prod", project: "web" });
const BASTION = "urn:pulumi:prod::web::aws:ec2/securityGroup:SecurityGroup::bastion";
const prodConfig = JSON.parse(fs.readFileSync(path.join(repoRoot, "config", "prod.json"), "utf8")) as Record<string, unknown>;

let scratch: string;
let dana: TestSigner, sam: TestSigner, ciso: TestSigner, mallory: TestSigner;
let governanceFile: string;
let governance: GovernanceDocument;
let input: string;

function guardrails(args: string[], env: Record<string, string> = {}) {
    const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, GUARDRAILS_ACTOR: "dana", ...env } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-signatures-"));
    [dana, sam, ciso, mallory] = ["dana", "sam", "ciso", "mallory"].map((id) => makeSigner(scratch, id));
    governance = {
        environments: { prod: { requireSignatures: true, maxExemptionHours: 24 }, staging: { requireSignatures: false, maxExemptionHours: 72 } },
        trustedKeys: [trusted(dana, { requester: ["prod", "staging"] }), trusted(sam, { approver: ["prod", "staging"] }), trusted(ciso, { issuer: ["prod"] })],
    };
    governanceFile = path.join(scratch, "governance.json");
    fs.writeFileSync(governanceFile, JSON.stringify(governance));
    input = path.join(scratch, "resources.json");
    fs.writeFileSync(input, JSON.stringify([{ type: "aws:ec2/securityGroup:SecurityGroup", name: "bastion", urn: BASTION, props: openSsh }]));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
function exemptionsFile(entries: Exemption[]): string {
    const file = path.join(scratch, `exemptions-${++counter}.json`);
    fs.writeFileSync(file, JSON.stringify({ version: 1, exemptions: entries } satisfies ExemptionsFile));
    return file;
}

/** An entry for the bastion's SSH rule in prod, valid for the next 4 hours. */
function entry(overrides: Partial<Exemption> = {}): Exemption {
    const now = Date.now();
    return {
        id: `ex-test-${++counter}`,
        policy: SSH,
        resources: [BASTION],
        reason: "vendor support session, INC-4211",
        requestedBy: "dana",
        environments: ["prod"],
        createdAt: new Date(now - 60_000).toISOString(),
        expiresAt: new Date(now + 4 * 3_600_000).toISOString(),
        ...overrides,
    };
}

/** Signed by `requester`, then approved by `approver`, as `exempt add/approve --sign-with` do. */
function signed(e: Exemption, requester: TestSigner = dana, approver: TestSigner | null = sam): Exemption {
    const asked: Exemption = { ...e, requestedBy: requester.id };
    const withRequester: Exemption = { ...asked, signatures: { requester: signExemption(asked, "requester", requester.key) } };
    if (!approver) return withRequester;
    return { ...withRequester, approvedBy: approver.id, signatures: { ...withRequester.signatures, approver: signExemption(withRequester, "approver", approver.key) } };
}

/** The SSH finding for the bastion in `guardrails check`: its level and kind, and the report's JSON. */
function checkSsh(file: string, extra: string[] = []) {
    const run = guardrails(["check", input, "--env", "prod", "--governance", governanceFile, "--exemptions", file, "--format", "json", ...extra]);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as { violations: Array<{ policy: string; level: string; exempted?: boolean; inactiveExemptions?: Array<{ status: string; reason: string }> }> };
    const ssh = report.violations.filter((v) => v.policy === SSH);
    expect(ssh.length).toBeGreaterThan(0);
    return { code: run.code, ssh };
}

const attacks: Array<[name: string, make: () => Exemption, status: string]> = [
    ["unsigned", () => ({ ...entry(), approvedBy: "sam" }), "unsigned"],
    ["signed by the requester but never approved", () => signed(entry(), dana, null), "unapproved"],
    ["self-approved: the same key twice", () => signed(entry(), dana, dana), "self-approved"],
    ["tampered after signing: expiry pushed out", () => ({ ...signed(entry()), expiresAt: new Date(Date.now() + 20 * 3_600_000).toISOString() }), "tampered"],
    ["tampered after signing: resources widened", () => ({ ...signed(entry()), resources: ["**"] }), "tampered"],
    ["tampered after signing: policy swapped", () => ({ ...signed(entry({ policy: "s3-no-public-acl" })), policy: SSH }), "tampered"],
    ["signed by an untrusted key", () => signed(entry(), mallory, sam), "untrusted"],
    ["approved by a key trusted only as requester", () => signed(entry(), sam, dana), "untrusted"],
    ["out of its environment", () => signed(entry({ environments: ["staging"] })), "wrong-environment"],
    ["longer than the environment allows", () => signed(entry({ expiresAt: new Date(Date.now() + 30 * 3_600_000).toISOString() })), "too-long"],
];

describe("guardrails check: a prod exemption applies only when signed, approved by another trusted key, untouched and current", () => {
    test("a signed, approved, unexpired exemption applies", () => {
        const { code, ssh } = checkSsh(exemptionsFile([signed(entry())]));
        expect(ssh.every((v) => v.exempted === true && v.level === "advisory")).toBe(true);
        expect(code).toBe(1); // other mandatory rules still fail the stack; SSH is not among them
    });

    test.each(attacks)("%s: does not apply, and the report says why", (_name, make, status) => {
        const { code, ssh } = checkSsh(exemptionsFile([make()]));
        expect(code).toBe(1);
        for (const v of ssh) {
            expect(v.level).toBe("mandatory");
            expect(v.exempted).toBeUndefined();
            expect(v.inactiveExemptions?.map((e) => e.status)).toEqual([status]);
        }
    });

    test("past its expiry (--now): does not apply", () => {
        const later = new Date(Date.now() + 5 * 3_600_000).toISOString();
        const { ssh } = checkSsh(exemptionsFile([signed(entry())]), ["--now", later]);
        expect(ssh.every((v) => v.level === "mandatory" && v.inactiveExemptions?.[0]?.status === "expired")).toBe(true);
    });

    test("guardrails preview judges the same way: signed and approved applies, the same entry unsigned does not", () => {
        const program = path.join(repoRoot, "examples", "programs", "vpc-web-tier", "insecure");
        const vpc = "urn:pulumi:dev::vpc-web-tier-insecure::pulumi:pulumi:Stack$aws:ec2/vpc:Vpc::vpc";
        const tags = entry({ policy: "tagging-required-tags", resources: [vpc] });
        const exemptedFor = (e: Exemption) => {
            const run = guardrails(["preview", program, "--env", "prod", "--governance", governanceFile, "--exemptions", exemptionsFile([e]), "--format", "json"]);
            const report = JSON.parse(run.stdout) as { violations: Array<{ policy: string; urn: string; exempted?: boolean }> };
            const found = report.violations.filter((v) => v.policy === "tagging-required-tags" && v.urn === vpc);
            expect(found.length).toBeGreaterThan(0);
            return found.map((v) => v.exempted === true);
        };
        expect(exemptedFor(signed(tags)).every(Boolean)).toBe(true);
        expect(exemptedFor({ ...tags, approvedBy: "sam" }).some(Boolean)).toBe(false);
    }, 60_000);

    test("where signatures are not required, an unsigned entry with an approver's name applies", () => {
        const staging = { ...entry({ environments: ["staging"] }), approvedBy: "sam" };
        const run = guardrails(["check", input, "--env", "staging", "--governance", governanceFile, "--exemptions", exemptionsFile([staging]), "--format", "json"]);
        const report = JSON.parse(run.stdout) as { violations: Array<{ policy: string; exempted?: boolean }> };
        expect(report.violations.filter((v) => v.policy === SSH).every((v) => v.exempted === true)).toBe(true);
    });
});

describe("the CLI signs what it writes and refuses what cannot hold", () => {
    test("exempt add --sign-with, then exempt approve by another key: the entry applies; approving with the requester's key is refused", () => {
        const file = path.join(scratch, "cli-flow.yaml");
        const add = guardrails(["exempt", "add", "--file", file, "--env", "prod", "--policy", SSH, "--resource", BASTION, "--reason", "INC-4211", "--for", "2h", "--sign-with", dana.privateFile, "--governance", governanceFile]);
        expect(add.stderr).toBe("");
        expect(add.code).toBe(0);
        const id = add.stdout.split(":")[0];
        const self = guardrails(["exempt", "approve", "--file", file, "--id", id, "--sign-with", dana.privateFile, "--governance", governanceFile]);
        expect(self.code).toBe(2);
        expect(self.stderr).toMatch(/another person must approve it/);
        expect(checkSsh(file).ssh.every((v) => v.level === "mandatory")).toBe(true);
        const approve = guardrails(["exempt", "approve", "--file", file, "--id", id, "--sign-with", sam.privateFile, "--governance", governanceFile]);
        expect(approve.code).toBe(0);
        expect(checkSsh(file).ssh.every((v) => v.exempted === true)).toBe(true);
    });

    test("exempt add in prod without --sign-with is refused, and so is a duration beyond the environment's limit", () => {
        const file = path.join(scratch, "refused.yaml");
        const unsigned = guardrails(["exempt", "add", "--file", file, "--env", "prod", "--policy", SSH, "--resource", BASTION, "--reason", "r", "--for", "2h", "--approved-by", "sam", "--governance", governanceFile]);
        expect(unsigned.code).toBe(2);
        expect(unsigned.stderr).toMatch(/prod requires signed exemptions/);
        const long = guardrails(["exempt", "add", "--file", file, "--env", "prod", "--policy", SSH, "--resource", BASTION, "--reason", "r", "--for", "30h", "--sign-with", dana.privateFile, "--governance", governanceFile]);
        expect(long.code).toBe(2);
        expect(long.stderr).toMatch(/longer than the 24 h an exemption may last in prod/);
        expect(fs.existsSync(file)).toBe(false);
    });

    test("--env and a config that names another environment are refused as a contradiction", () => {
        const config = path.join(scratch, "names-prod.json");
        fs.writeFileSync(config, JSON.stringify({ [KEY_POLICY]: { environment: "prod" } }));
        const run = guardrails(["check", input, "--env", "staging", "--config", config]);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/--env staging contradicts the config, which names environment "prod"/);
    });

    test("trust keygen writes a private key only its owner can read, and never overwrites one", () => {
        const priv = path.join(scratch, "new.key");
        const pub = path.join(scratch, "new.pub");
        expect(guardrails(["trust", "keygen", "--id", "lee", "--private", priv, "--public", pub]).code).toBe(0);
        expect(fs.statSync(priv).mode & 0o777).toBe(0o600);
        const before = fs.readFileSync(priv, "utf8");
        const again = guardrails(["trust", "keygen", "--id", "lee", "--private", priv, "--public", path.join(scratch, "other.pub")]);
        expect(again.code).toBe(2);
        expect(again.stderr).toMatch(/already exists/);
        expect(fs.readFileSync(priv, "utf8")).toBe(before);
    });

    test("trust add builds the list that trust list shows; the same key cannot be trusted under two ids", () => {
        const file = path.join(scratch, "built-governance.json");
        expect(guardrails(["trust", "add", "--governance", file, "--id", "dana", "--public", dana.publicFile, "--role", "requester", "--env", "prod"]).code).toBe(0);
        expect(guardrails(["trust", "add", "--governance", file, "--id", "dana", "--public", dana.publicFile, "--role", "approver", "--env", "staging"]).code).toBe(0);
        const twice = guardrails(["trust", "add", "--governance", file, "--id", "dana2", "--public", dana.publicFile, "--role", "approver", "--env", "prod"]);
        expect(twice.code).toBe(2);
        expect(twice.stderr).toMatch(/already trusts this key as dana/);
        const listed = JSON.parse(guardrails(["trust", "list", "--governance", file, "--format", "json"]).stdout) as {
            trustedKeys: Array<{ id: string; roles: Record<string, string[]> }>;
            environments: Array<{ name: string; requireSignatures: boolean }>;
        };
        expect(listed.trustedKeys).toEqual([expect.objectContaining({ id: "dana", roles: { requester: ["prod"], approver: ["staging"] } })]);
        // A governance file applies the signature rule to the environments it lists.
        expect(listed.environments).toEqual([expect.objectContaining({ name: "prod", requireSignatures: true }), expect.objectContaining({ name: "staging", requireSignatures: true })]);
    });
});

describe("provisioning keys: signed by a trusted issuer, bound to the configuration, retired on rotation", () => {
    const keyFile = (name: string) => path.join(scratch, `${name}.key.json`);

    test("a signed key approves its configuration; an unsigned key fails where signatures are required", () => {
        expect(guardrails(["key", "issue", "--env", "prod", "--sign-with", ciso.privateFile, "--governance", governanceFile, "--output", keyFile("signed")]).code).toBe(0);
        const ok = guardrails(["key", "verify", keyFile("signed"), "--env", "prod", "--governance", governanceFile]);
        expect(ok.stdout).toMatch(/^ok: key gk-prod-/);
        expect(ok.stdout).toMatch(/signed by ciso/);
        // Unsigned: issued under a config that does not require signatures, then judged under ours.
        const lax = path.join(scratch, "lax.json");
        fs.writeFileSync(lax, "{}");
        expect(guardrails(["key", "issue", "--env", "prod", "--governance", lax, "--output", keyFile("unsigned")]).code).toBe(0);
        const refused = guardrails(["key", "verify", keyFile("unsigned"), "--env", "prod", "--governance", governanceFile]);
        expect(refused.code).toBe(1);
        expect(refused.stdout).toMatch(/is not signed; prod requires keys signed by a trusted issuer/);
        const check = guardrails(["check", input, "--env", "prod", "--governance", governanceFile, "--key", keyFile("unsigned"), "--format", "json"]);
        const violations = (JSON.parse(check.stdout) as { violations: Array<{ policy: string; urn: string; level: string }> }).violations.filter((v) => v.policy === KEY_POLICY);
        expect(violations).toEqual([expect.objectContaining({ urn: "", level: "mandatory" })]);
    });

    test("a key signed by someone not trusted to issue, or edited after signing, fails", () => {
        expect(guardrails(["key", "issue", "--env", "prod", "--sign-with", mallory.privateFile, "--governance", governanceFile, "--output", keyFile("mallory")]).code).toBe(0);
        expect(guardrails(["key", "verify", keyFile("mallory"), "--env", "prod", "--governance", governanceFile]).stdout).toMatch(/which .* does not trust/);
        const edited = JSON.parse(fs.readFileSync(keyFile("signed"), "utf8")) as { expiresAt: string };
        edited.expiresAt = "2099-01-01T00:00:00.000Z";
        fs.writeFileSync(keyFile("edited"), JSON.stringify(edited));
        expect(guardrails(["key", "verify", keyFile("edited"), "--env", "prod", "--governance", governanceFile]).stdout).toMatch(/was changed after ciso signed it/);
    });

    test("a key for another configuration fails, naming the changed policy and level", () => {
        const lowered = path.join(scratch, "lowered.json");
        fs.writeFileSync(lowered, JSON.stringify({ [SSH]: "advisory" }));
        const run = guardrails(["key", "verify", keyFile("signed"), "--env", "prod", "--config", lowered, "--governance", governanceFile]);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain(`${SSH}: level mandatory → advisory`);
    });

    test("a key is never written over the governance file it rotates in, nor over one it reads", () => {
        const target = path.join(scratch, "clobber-governance.json");
        fs.copyFileSync(governanceFile, target);
        const before = fs.readFileSync(target, "utf8");
        const rotate = guardrails(["key", "issue", "--env", "prod", "--sign-with", ciso.privateFile, "--rotate", keyFile("signed"), "--governance", target, "--output", target]);
        expect(rotate.code).toBe(2);
        expect(rotate.stderr).toMatch(/refusing to overwrite it/);
        const plain = guardrails(["key", "issue", "--env", "prod", "--sign-with", ciso.privateFile, "--governance", target, "--output", target]);
        expect(plain.code).toBe(2);
        expect(fs.readFileSync(target, "utf8")).toBe(before);
    });

    test("rotation: the old key is accepted during its grace period and fails after it", () => {
        const rotatedGovernance = path.join(scratch, "rotated-governance.json");
        fs.copyFileSync(governanceFile, rotatedGovernance);
        const issued = guardrails(["key", "issue", "--env", "prod", "--sign-with", ciso.privateFile, "--rotate", keyFile("signed"), "--grace", "1h", "--governance", rotatedGovernance, "--output", keyFile("rotated")]);
        expect(issued.code).toBe(0);
        expect(guardrails(["key", "verify", keyFile("signed"), "--env", "prod", "--governance", rotatedGovernance]).code).toBe(0);
        const later = new Date(Date.now() + 2 * 3_600_000).toISOString();
        const expired = guardrails(["key", "verify", keyFile("signed"), "--env", "prod", "--governance", rotatedGovernance, "--now", later]);
        expect(expired.code).toBe(1);
        expect(expired.stdout).toMatch(/was rotated out \(replaced by gk-prod-.*\); its grace period ended/);
        expect(guardrails(["key", "verify", keyFile("rotated"), "--env", "prod", "--governance", rotatedGovernance, "--now", later]).code).toBe(0);
    });
});

describe("over the analyzer protocol: the published pack ships the governance config", () => {
    let published: { dir: string; cleanup: () => void };
    beforeAll(() => (published = publishedPackDir(governance)));
    afterAll(() => published.cleanup());

    async function withPack<T>(env: Record<string, string>, body: (pack: RunningPack) => Promise<T>): Promise<T> {
        const pack = await launchPolicyPack(published.dir, { env: { GUARDRAILS_ACTOR: "dana", ...env } });
        try {
            return await body(pack);
        } finally {
            await pack.stop();
        }
    }

    /** The SSH diagnostics for the bastion under the prod pack config, with `exemptions`. */
    async function sshLevels(exemptions: Exemption[], env: Record<string, string> = {}, config: Record<string, unknown> = prodConfig) {
        return withPack({ GUARDRAILS_EXEMPTIONS: exemptionsFile(exemptions), ...env }, async (pack) => {
            await pack.configure(engineConfig(await pack.getAnalyzerInfo(), config));
            const { diagnostics } = await pack.analyze(bastion);
            return diagnostics.filter((d) => d.policyName === SSH).map((d) => d.enforcementLevel);
        });
    }

    test("a signed, approved, unexpired exemption applies; each forged variant does not", async () => {
        expect(await sshLevels([signed(entry())])).toEqual(expect.arrayContaining(["advisory"]));
        expect((await sshLevels([signed(entry())])).every((l) => l === "advisory")).toBe(true);
        for (const [name, make] of attacks) {
            const levels = await sshLevels([make()]);
            expect({ name, levels }).toEqual({ name, levels: expect.arrayContaining(["mandatory"]) });
            expect({ name, advisory: levels.filter((l) => l === "advisory") }).toEqual({ name, advisory: [] });
        }
    }, 240_000);

    test("the deployer's environment variables cannot lift it: a laxer GUARDRAILS_ENV, their own governance file", async () => {
        const unsigned = { ...entry({ environments: ["staging"] }), approvedBy: "sam" };
        const ownGovernance = path.join(scratch, "deployer-governance.json");
        fs.writeFileSync(ownGovernance, JSON.stringify({ environments: { prod: { requireSignatures: false } } }));
        // No environment in the pack config: GUARDRAILS_ENV=staging does not turn signatures off.
        const levels = await sshLevels([unsigned], { GUARDRAILS_ENV: "staging", GUARDRAILS_GOVERNANCE_CONFIG: ownGovernance }, {});
        expect(levels.length).toBeGreaterThan(0);
        expect(levels.every((l) => l === "mandatory")).toBe(true);
        // The pack config names prod: GUARDRAILS_ENV cannot claim otherwise.
        const claimed = await sshLevels([unsigned], { GUARDRAILS_ENV: "staging" });
        expect(claimed.every((l) => l === "mandatory")).toBe(true);
    }, 120_000);

    test("a key for another configuration fails once, on the first resource, naming the changed policy", async () => {
        const key = path.join(scratch, "protocol.key.json");
        expect(guardrails(["key", "issue", "--env", "prod", "--sign-with", ciso.privateFile, "--governance", governanceFile, "--output", key]).code).toBe(0);
        const keyDiagnostics = (config: Record<string, unknown>) =>
            withPack({ GUARDRAILS_PROVISIONING_KEY: key }, async (pack) => {
                await pack.configure(engineConfig(await pack.getAnalyzerInfo(), config));
                const found = [];
                for (const name of ["a", "b", "c"]) {
                    const r = await pack.analyze(mockResource("aws:ec2/securityGroup:SecurityGroup", openSsh, { name, stack: "prod", project: "web" }));
                    found.push(...r.diagnostics.filter((d) => d.policyName === KEY_POLICY));
                }
                return found;
            });
        expect(await keyDiagnostics(prodConfig)).toEqual([]);
        const lowered = await keyDiagnostics({ ...prodConfig, [SSH]: "advisory" });
        expect(lowered).toHaveLength(1);
        expect(lowered[0].enforcementLevel).toBe("mandatory");
        expect(lowered[0].message).toContain(`${SSH}: level mandatory → advisory`);
    }, 120_000);

    test("a key with no Configure observed fails closed: configuration not observed", async () => {
        const key = path.join(scratch, "unconfigured.key.json");
        expect(guardrails(["key", "issue", "--env", "prod", "--sign-with", ciso.privateFile, "--governance", governanceFile, "--output", key]).code).toBe(0);
        const found = await withPack({ GUARDRAILS_PROVISIONING_KEY: key }, async (pack) => {
            const r = await pack.analyze(bastion);
            return r.diagnostics.filter((d) => d.policyName === KEY_POLICY);
        });
        expect(found).toHaveLength(1);
        expect(found[0].enforcementLevel).toBe("mandatory");
        expect(found[0].message).toMatch(/Configuration not observed: no Configure request reached the pack/);
        expect(found[0].message).toMatch(/Fix: run the pack under the Pulumi engine/);
    }, 60_000);
});
