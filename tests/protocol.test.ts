/**
 * Proof that the root policy pack works under `pulumi preview --policy-pack`: it is launched as
 * the engine launches a Node policy pack and driven over the real analyzer gRPC protocol, and
 * its answers must equal the in-process evaluator's on the same resources.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { buildPolicies, evaluatePolicies, type ResourceUnderTest } from "../src/engine";
import { engineConfig, launchPolicyPack, type RunningPack, type AnalyzerInfo, type WireDiagnostic } from "../src/engine";
import { mockResource, unknown } from "../src/testing";
import { allRules } from "../packs";
import { repoRoot, ruleFilesOnDisk } from "./support";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require("../package.json") as { version: string };

let pack: RunningPack;
let info: AnalyzerInfo;

beforeAll(async () => {
    pack = await launchPolicyPack(repoRoot);
    info = await pack.getAnalyzerInfo();
    await pack.configure(engineConfig(info));
});

afterAll(async () => {
    await pack?.stop();
});

const sshOpen = mockResource("aws:ec2/securityGroup:SecurityGroup", {
    ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }],
}, { name: "web" });
const sshVpn = mockResource("aws:ec2/securityGroup:SecurityGroup", {
    ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.8.0.0/16"] }],
}, { name: "bastion" });
const sshUnknown = mockResource("aws:ec2/securityGroup:SecurityGroup", { ingress: unknown("array") }, { name: "pending" });
const bucket = mockResource("aws:s3/bucket:Bucket", { bucket: "assets", acl: "public-read" }, { name: "assets" });
const instance = mockResource("aws:ec2/instance:Instance", { ami: "ami-1", instanceType: "t3.micro" }, { name: "app" });
const adminPolicy = mockResource("aws:iam/policy:Policy", {
    policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }),
}, { name: "admin" });
const examples: ResourceUnderTest[] = [sshOpen, sshVpn, sshUnknown, bucket, instance, adminPolicy];

function key(d: Pick<WireDiagnostic, "policyName" | "urn" | "enforcementLevel" | "message">): string {
    return JSON.stringify([d.policyName, d.urn, d.enforcementLevel, d.message]);
}

test("the handshake and plugin info work as the engine expects", async () => {
    expect(pack.port).toBeGreaterThan(0);
    expect((await pack.getPluginInfo()).version).toMatch(/\d+\.\d+\.\d+/);
});

test("GetAnalyzerInfo lists every rule on disk, with its default level and metadata, and the governance policy", () => {
    expect(info.name).toBe("pulumi-guardrails");
    expect(info.version).toBe(version);
    expect(info.supportsConfig).toBe(true);
    const onDisk = ruleFilesOnDisk().map(({ rule }) => rule);
    expect(onDisk.length).toBeGreaterThanOrEqual(5);
    expect(info.policies.map((p) => p.name).sort()).toEqual([...onDisk.map((r) => r.id), "guardrails-provisioning-key"].sort());
    // It carries the environment in the pack config, and enforces the provisioning key.
    expect(info.policies.find((p) => p.name === "guardrails-provisioning-key")).toMatchObject({ enforcementLevel: "mandatory", configSchema: { properties: { environment: { type: "string" } } } });
    for (const rule of onDisk) {
        const policy = info.policies.find((p) => p.name === rule.id);
        expect(policy).toMatchObject({
            enforcementLevel: rule.defaultLevel,
            severity: rule.severity,
            displayName: rule.title,
            description: rule.description,
            remediationSteps: rule.remediation,
            kind: rule.kind,
        });
    }
});

test("Analyze reports a violating resource and passes a compliant one", async () => {
    const violating = await pack.analyze(sshOpen);
    expect(violating.diagnostics.filter((d) => d.policyName === "ec2-security-group-no-public-ssh-rdp")).toEqual([
        expect.objectContaining({
            policyName: "ec2-security-group-no-public-ssh-rdp",
            policyPackName: "pulumi-guardrails",
            enforcementLevel: "mandatory",
            severity: "critical",
        }),
    ]);
    const [ssh] = violating.diagnostics.filter((d) => d.policyName === "ec2-security-group-no-public-ssh-rdp");
    expect(ssh.message).toContain("`web` lets anyone on the internet reach SSH (port 22)");
    expect(ssh.message).toContain("Fix: ");
    const compliant = (await pack.analyze(sshVpn)).diagnostics;
    expect(compliant.filter((d) => /security-group/.test(d.policyName) || d.enforcementLevel === "mandatory")).toEqual([]);
});

test("an unknown value gives the advisory preview note, not a violation", async () => {
    const { diagnostics } = await pack.analyze(sshUnknown);
    // Every rule that reads the unknown ingress list says it could not run; none blocks.
    const ingressRules = diagnostics.filter((d) => /security-group/.test(d.policyName));
    expect(ingressRules.map((d) => d.policyName)).toContain("ec2-security-group-no-public-ssh-rdp");
    expect(ingressRules.every((d) => d.enforcementLevel === "advisory" && /^can't run policy '[\w-]+' .* during preview/.test(d.message))).toBe(true);
    expect(diagnostics.filter((d) => d.enforcementLevel === "mandatory")).toEqual([]);
});

test("AnalyzeStack joins buckets to their public access blocks", async () => {
    const only = (result: { diagnostics: WireDiagnostic[] }) => result.diagnostics.filter((d) => d.policyName === "s3-bucket-public-access-block");
    expect(only(await pack.analyzeStack([bucket]))).toEqual([expect.objectContaining({ urn: bucket.urn, enforcementLevel: "mandatory" })]);
    const block = mockResource("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", {
        bucket: "assets", blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true,
    });
    expect(only(await pack.analyzeStack([bucket, block]))).toEqual([]);
});

test("Remediate fixes IMDSv2 in place at level remediate, and only where needed", async () => {
    await pack.configure({ ...engineConfig(info), "ec2-imdsv2-required": { enforcementLevel: "remediate" } });
    try {
        const [remediation] = await pack.remediate(instance);
        expect(remediation.policyName).toBe("ec2-imdsv2-required");
        expect(remediation.properties).toEqual({ ami: "ami-1", instanceType: "t3.micro", metadataOptions: { httpTokens: "required" } });
        const fixed = { ...instance, props: remediation.properties ?? {} };
        expect(await pack.remediate(fixed)).toEqual([]);
    } finally {
        await pack.configure(engineConfig(info));
    }
});

test("the protocol host and the in-process evaluator give identical diagnostics", async () => {
    const viaProtocol: string[] = [];
    for (const resource of examples) {
        viaProtocol.push(...(await pack.analyze(resource)).diagnostics.map(key));
    }
    viaProtocol.push(...(await pack.analyzeStack(examples)).diagnostics.map(key));

    const config = Object.fromEntries(
        Object.entries(engineConfig(info)).map(([name, c]) => [name, { ...c.properties, enforcementLevel: c.enforcementLevel }]),
    );
    const inProcess = await evaluatePolicies(buildPolicies(allRules), examples, {
        packName: info.name,
        packVersion: info.version,
        config,
        remediate: false,
    });
    expect(inProcess.diagnostics.length).toBeGreaterThanOrEqual(5);
    expect(inProcess.diagnostics.map(key).sort()).toEqual(viaProtocol.sort());
});

test("a rule that throws is reported as an advisory diagnostic, and the pack keeps serving", async () => {
    const crashing = await launchPolicyPack(path.join(__dirname, "fixtures", "crashing-pack"));
    try {
        const crashInfo = await crashing.getAnalyzerInfo();
        expect(crashInfo.version).toBe("1.2.3");
        await crashing.configure(engineConfig(crashInfo));
        const first = await crashing.analyze(bucket);
        expect(first.diagnostics).toEqual([expect.objectContaining({ policyName: "always-throws", enforcementLevel: "advisory" })]);
        expect(first.diagnostics[0].message).toContain(`Rule "always-throws" failed while checking resource ${bucket.urn}`);
        expect((await crashing.analyze(bucket)).diagnostics).toHaveLength(1);
    } finally {
        await crashing.stop();
    }
});

describe("the host reports broken packs clearly and always stops them", () => {
    const fixture = (name: string) => path.join(__dirname, "fixtures", name);

    test("a pack that exits without serving", async () => {
        await expect(launchPolicyPack(fixture("silent-pack"))).rejects.toThrow(/exited before printing its port/);
    });

    test("a pack that prints at load time", async () => {
        await expect(launchPolicyPack(fixture("chatty-pack"))).rejects.toThrow(/printed "loading my policies\.\.\." where its port was expected/);
    });

    test("a pack that never answers is killed after the timeout", async () => {
        const before = new Set(runningPids());
        await expect(launchPolicyPack(fixture("hanging-pack"), { startTimeoutMs: 1500 })).rejects.toThrow(/did not print its port within 1500 ms/);
        const leftovers = runningPids().filter((pid) => !before.has(pid));
        expect(leftovers).toEqual([]);
    });

    test("a directory without @pulumi/pulumi", async () => {
        await expect(launchPolicyPack("/")).rejects.toThrow(/@pulumi\/pulumi is not installed there/);
    });
});

/** PIDs of processes running a hanging-pack fixture. */
function runningPids(): number[] {
    const result = spawnSync("pgrep", ["-f", "hanging-pack"], { encoding: "utf8" });
    return result.stdout.split("\n").filter(Boolean).map(Number);
}
