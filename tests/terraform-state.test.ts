/**
 * `guardrails check terraform.tfstate`: an estate built with Terraform is judged by the same rules,
 * its findings name Terraform addresses, what cannot be judged is listed, and Terraform's
 * sensitive values never reach a report. The mapping table is generated and kept current.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot, ruleFilesOnDisk } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const estate = path.join(repoRoot, "examples", "terraform", "legacy-estate.tfstate");
const PASSWORD = "Tr0ub4dor-legacy-db-pass";

function guardrails(...args: string[]) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: "utf8", maxBuffer: 1 << 26, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Violation {
    policy: string;
    name: string;
    type: string;
}

test("the sample estate fails on its mandatory findings, each named by its Terraform address", () => {
    const run = guardrails("check", estate, "--format", "json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { violations: Violation[] };
    const found = (policy: string, name: string) => report.violations.some((v) => v.policy === policy && v.name === name);
    expect(found("ec2-security-group-no-public-ssh-rdp", "module.network.aws_security_group.bastion[0]")).toBe(true);
    expect(found("rds-not-publicly-accessible", "aws_db_instance.orders")).toBe(true);
    expect(found("rds-storage-encrypted", "aws_db_instance.orders")).toBe(true);
    // The versioning resource is joined to its bucket by name, as in a Pulumi stack.
    expect(found("s3-bucket-versioning-enabled", "aws_s3_bucket_versioning.logs")).toBe(true);
    expect(found("s3-bucket-encryption-uses-kms", "aws_s3_bucket.logs")).toBe(true);
    expect(found("cloudwatch-log-group-kms-encryption", 'aws_cloudwatch_log_group.app["api"]')).toBe(true);
    // The inline encryption block (a list of one in Terraform) is read as the object Pulumi holds.
    expect(found("s3-bucket-default-encryption", "aws_s3_bucket.logs")).toBe(false);
    expect(report.violations.every((v) => v.type.startsWith("aws:"))).toBe(true);
});

test("what is not judged is listed on stderr, never skipped silently; --quiet keeps it quiet", () => {
    const run = guardrails("check", estate, "--format", "json");
    expect(run.stderr).toContain("not judged: 1 aws_cloudwatch_log_delivery (no Pulumi AWS type is mapped to it): aws_cloudwatch_log_delivery.audit");
    expect(run.stderr).toContain("not judged: 1 random_id (not an AWS resource): random_id.suffix");
    expect(run.stderr).toContain("not judged: 1 data source instance");
    expect(guardrails("check", estate, "--quiet").stderr).toBe("");
});

test.each(["table", "json", "sarif", "junit", "markdown", "github", "html"])("no byte of a sensitive value reaches the %s report", (format) => {
    const run = guardrails("check", estate, "--format", format);
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
});

test("a baseline of a Terraform estate keys findings by address, and a second run is all baselined", () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tf-baseline-"));
    const file = path.join(scratch, "baseline.json");
    expect(guardrails("baseline", "create", estate, "--output", file).code).toBe(0);
    expect(fs.readFileSync(file, "utf8")).toContain("aws_db_instance.orders");
    expect(guardrails("check", estate, "--baseline", file).code).toBe(0);
});

test("the mapping table is what the generator writes from the bridge metadata and the installed SDK", () => {
    const check = spawnSync(process.execPath, [path.join(repoRoot, "scripts", "generate-terraform-aws-map.mjs"), "--check"], { encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
});

/**
 * Tokens rules judge that the stored bridge metadata (an older pulumi-aws) does not yet map: their
 * Terraform resources are listed as not judged. Refresh scripts/data/pulumi-aws-bridge-resources.json
 * to map them, and remove them here (the test fails when this list and the data disagree).
 */
const NOT_YET_MAPPED = [
    "aws:cloudwatch/logDelivery:LogDelivery",
    "aws:cloudwatch/logDeliverySource:LogDeliverySource",
    "aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess",
    "aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults",
    "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive",
    "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
    "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive",
    "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy",
    "aws:redshift/logging:Logging",
    "aws:ssoadmin/managedPolicyAttachmentsExclusive:ManagedPolicyAttachmentsExclusive",
];

test("every AWS resource type a security, cost or access rule judges maps from a Terraform type, except the ones listed as newer than the stored metadata", () => {
    const map = JSON.parse(fs.readFileSync(path.join(repoRoot, "data", "terraform-aws.generated.json"), "utf8")) as { resources: Record<string, string> };
    const mapped = new Set(Object.values(map.resources));
    // V2 aliases are judged too, but Terraform state maps each type to the current token only.
    const judged = new Set(ruleFilesOnDisk().filter(({ file }) => !file.includes(`${path.sep}tagging${path.sep}`)).flatMap(({ rule }) => (rule.kind === "resource" ? rule.resourceTypes : [])).filter((t) => t.startsWith("aws:") && !/V2:/.test(t)));
    const unmapped = [...judged].filter((t) => !mapped.has(t)).sort();
    expect(unmapped).toEqual(NOT_YET_MAPPED.filter((t) => judged.has(t)).sort());
});
