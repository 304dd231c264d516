/**
 * Every example program under examples/programs/<name>/{insecure,hardened}, run through
 * `guardrails preview` at the packs' default levels: the insecure variant is blocked with the
 * mandatory violations listed below, the hardened variant passes with no mandatory violation.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot } from "./support";

/** Example → mandatory policies its insecure variant must be blocked by (others may be reported too). */
const EXPECTED_MANDATORY: Readonly<Record<string, readonly string[]>> = {
    // Only two: its public bucket policy is built from the bucket's ARN, unknown in a preview.
    "static-website": ["s3-no-public-acl", "s3-bucket-public-access-block"],
    "vpc-web-tier": [
        "security-group-no-public-ssh-rdp",
        "ec2-security-group-no-public-all-ports",
        "ec2-security-group-no-public-database-ports",
        "ec2-imdsv2-required",
        "ec2-launch-template-ebs-encrypted",
        "ec2-instance-ebs-encrypted",
    ],
    "data-tier": [
        "rds-not-publicly-accessible",
        "rds-storage-encrypted",
        "ec2-security-group-no-public-database-ports",
        "elasticache-replication-group-encrypted-at-rest",
        "s3-bucket-public-access-block",
        "s3-bucket-policy-no-public-access",
    ],
    "serverless-api": [
        "iam-no-wildcard-admin-policy",
        "access-iam-role-trust-not-public",
        "access-iam-passrole-scoped",
        "lambda-function-url-auth-required",
        "lambda-permission-no-public-invoke",
        "sqs-queue-policy-not-public",
    ],
    "k8s-app": [
        "k8s-pod-no-privileged-containers",
        "k8s-pod-no-host-namespaces",
        "k8s-pod-no-host-path-volumes",
        "k8s-pod-no-host-ports",
        "k8s-pod-capabilities-baseline",
        "k8s-workload-no-cluster-admin-service-account",
    ],
    "k8s-rbac": ["k8s-workload-no-cluster-admin-service-account", "k8s-pod-no-privileged-containers", "k8s-pod-no-host-path-volumes"],
};

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const programsDir = path.join(repoRoot, "examples", "programs");
/** One preview takes a few seconds; leave room for a slow, busy CI machine. */
const PREVIEW_TIMEOUT_MS = 120_000;

interface Violation {
    readonly policy: string;
    readonly level: string;
    readonly name: string;
    readonly message: string;
}

/** `guardrails preview <dir> --format json`, run the way a user runs it. */
function preview(dir: string) {
    const result = spawnSync(process.execPath, [bin, "preview", dir, "--format", "json"], { cwd: repoRoot, encoding: "utf8", timeout: PREVIEW_TIMEOUT_MS });
    let report: { summary: { mandatory: number }; violations: Violation[] } | undefined;
    try {
        report = JSON.parse(result.stdout);
    } catch {
        report = undefined;
    }
    return { code: result.status, stderr: result.stderr, report };
}

const onDisk = fs
    .readdirSync(programsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

test("every example program has both variants and an entry in the table", () => {
    expect(onDisk).toEqual(Object.keys(EXPECTED_MANDATORY).sort());
    const files = onDisk.flatMap((name) =>
        ["insecure", "hardened"].flatMap((variant) => ["Pulumi.yaml", "Pulumi.dev.yaml", "package.json", "index.ts"].map((file) => `${name}/${variant}/${file}`)),
    );
    expect(files.filter((file) => !fs.existsSync(path.join(programsDir, file)))).toEqual([]);
});

describe.each(Object.entries(EXPECTED_MANDATORY))("%s", (name, expected) => {
    test("the insecure variant is blocked by the expected mandatory policies", () => {
        const { code, stderr, report } = preview(path.join(programsDir, name, "insecure"));
        expect({ code, stderr }).toEqual({ code: 1, stderr: "" });
        const mandatory = (report?.violations ?? []).filter((v) => v.level === "mandatory").map((v) => v.policy);
        expect(expected.length).toBeGreaterThanOrEqual(name === "static-website" ? 2 : 3);
        expect([...new Set(mandatory)].sort()).toEqual(expect.arrayContaining([...expected]));
    }, PREVIEW_TIMEOUT_MS + 10_000);

    test("the hardened variant passes with no mandatory violation", () => {
        const { code, stderr, report } = preview(path.join(programsDir, name, "hardened"));
        const mandatory = (report?.violations ?? []).filter((v) => v.level === "mandatory").map((v) => `${v.policy} on ${v.name}: ${v.message}`);
        expect({ code, stderr, mandatory }).toEqual({ code: 0, stderr: "", mandatory: [] });
        expect(report?.summary.mandatory).toBe(0);
    }, PREVIEW_TIMEOUT_MS + 10_000);
});
