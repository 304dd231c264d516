/**
 * Every example program under examples/programs/<name>/{insecure,hardened}, run through
 * `guardrails preview` at the packs' default levels: the insecure variant is blocked with the
 * mandatory violations listed below, the hardened variant passes with no mandatory violation.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { pool, repoRoot } from "./support";

/** Example → mandatory policies its insecure variant must be blocked by (others may be reported too). */
const EXPECTED_MANDATORY: Readonly<Record<string, readonly string[]>> = {
    // Only two: its public bucket policy is built from the bucket's ARN, unknown in a preview.
    "static-website": ["s3-no-public-acl", "s3-bucket-public-access-block"],
    "vpc-web-tier": [
        "ec2-security-group-no-public-ssh-rdp",
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
    "azure-web-data": [
        "azure-storage-account-https-only",
        "azure-storage-account-minimum-tls-1-2",
        "azure-storage-account-no-public-blob-access",
        "azure-storage-blob-container-no-public-access",
        "azure-network-security-group-no-internet-ssh",
        "azure-network-security-group-no-internet-database-ports",
        "azure-keyvault-vault-purge-protection",
        "azure-keyvault-vault-soft-delete",
        "azure-dbforpostgresql-firewall-rule-no-internet",
        "azure-dbforpostgresql-server-require-secure-transport",
        "azure-web-app-https-only",
        "azure-web-app-minimum-tls-1-2",
    ],
    "gcp-web-data": [
        "gcp-compute-firewall-no-internet-ssh",
        "gcp-compute-instance-no-default-service-account-full-access",
        "gcp-compute-instance-serial-port-disabled",
        "gcp-iam-no-public-members",
        "gcp-sql-instance-no-public-authorized-networks",
        "gcp-sql-instance-ssl-required",
        "gcp-container-cluster-legacy-abac-disabled",
        "gcp-container-cluster-client-certificate-disabled",
    ],
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

interface PreviewRun {
    readonly code: number | null;
    readonly stderr: string;
    readonly report: { summary: { mandatory: number }; violations: Violation[] } | undefined;
}

/** `guardrails preview <dir> --format json`, run the way a user runs it. */
function preview(dir: string): Promise<PreviewRun> {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [bin, "preview", dir, "--format", "json"], { cwd: repoRoot, timeout: PREVIEW_TIMEOUT_MS });
        let stdout = "";
        let stderr = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
        child.on("error", (error) => (stderr += String(error)));
        child.on("close", (code) => {
            let report: PreviewRun["report"];
            try {
                report = JSON.parse(stdout);
            } catch {
                report = undefined;
            }
            resolve({ code, stderr, report });
        });
    });
}

// Each preview is one CPU-bound process: two at a time (CI has two cores), not all at once.
const pooled = pool(2);

/** Every variant's preview, started together in the pool; each test awaits its own. */
const previews = new Map<string, Promise<PreviewRun>>();
const previewOf = (name: string, variant: "insecure" | "hardened") => {
    const dir = path.join(programsDir, name, variant);
    let run = previews.get(dir);
    if (!run) {
        run = pooled(() => preview(dir));
        previews.set(dir, run);
    }
    return run;
};

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

beforeAll(() => {
    for (const name of Object.keys(EXPECTED_MANDATORY)) for (const variant of ["insecure", "hardened"] as const) void previewOf(name, variant);
});

describe.each(Object.entries(EXPECTED_MANDATORY))("%s", (name, expected) => {
    test("the insecure variant is blocked by the expected mandatory policies", async () => {
        const { code, stderr, report } = await previewOf(name, "insecure");
        expect({ code, stderr }).toEqual({ code: 1, stderr: "" });
        const mandatory = (report?.violations ?? []).filter((v) => v.level === "mandatory").map((v) => v.policy);
        expect(expected.length).toBeGreaterThanOrEqual(name === "static-website" ? 2 : 3);
        expect([...new Set(mandatory)].sort()).toEqual(expect.arrayContaining([...expected]));
    }, PREVIEW_TIMEOUT_MS + 10_000);

    test("the hardened variant passes with no mandatory violation", async () => {
        const { code, stderr, report } = await previewOf(name, "hardened");
        const mandatory = (report?.violations ?? []).filter((v) => v.level === "mandatory").map((v) => `${v.policy} on ${v.name}: ${v.message}`);
        expect({ code, stderr, mandatory }).toEqual({ code: 0, stderr: "", mandatory: [] });
        expect(report?.summary.mandatory).toBe(0);
    }, PREVIEW_TIMEOUT_MS + 10_000);
});
