import { defineRule, known, recordOf } from "../../../src";
import { joinSatellites } from "../../shared/join";
import type {} from "../../../src/types/aws/efs";

const FILE_SYSTEM = "aws:efs/fileSystem:FileSystem";
const BACKUP_POLICY = "aws:efs/backupPolicy:BackupPolicy";

/** Every EFS file system has automatic backups on: an aws.efs.BackupPolicy with status "ENABLED". */
export default defineRule({
    id: "efs-file-system-backup-policy",
    title: "EFS file systems have automatic backups on",
    description:
        "EFS automatic backups copy the file system daily into AWS Backup, so files deleted or encrypted by mistake, by a faulty job or by ransomware can be restored. A file system created through the API or Pulumi has them off unless a backup policy turns them on.",
    severity: "medium",
    service: "efs",
    frameworks: {
        "aws-fsbp": ["EFS.7"],
        "nist-800-53-r5": ["CP-9", "CP-10"],
    },
    tags: ["backup", "resilience"],
    remediation:
        'Add an aws.efs.BackupPolicy for the file system: `{ fileSystemId: fileSystem.id, backupPolicy: { status: "ENABLED" } }`, or include the file system in an AWS Backup plan and add the policy to make it explicit.',
    defaultLevel: "advisory",
    messages: {
        missing: "EFS file system `{{name}}` has no backup policy, so automatic backups are off.",
        disabled: "Backup policy `{{name}}` of EFS file system `{{fileSystem}}` turns automatic backups off (status is not \"ENABLED\").",
    },
    examples: {
        violating: [
            {
                description: "a file system without a backup policy",
                resources: [{ type: FILE_SYSTEM, name: "shared", props: { creationToken: "shared", encrypted: true } }],
            },
        ],
        compliant: [
            {
                description: "a backup policy enabling automatic backups for a file system, referred to by its ID",
                resources: [{ type: BACKUP_POLICY, name: "shared-backups", props: { fileSystemId: "fs-0123456789abcdef0", backupPolicy: { status: "ENABLED" } } }],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const join = joinSatellites(stack, { parentTypes: [FILE_SYSTEM], parentKeys: ["id", "arn"], childTypes: [BACKUP_POLICY], childKey: "fileSystemId" });
        for (const fileSystem of join.parents) {
            const policies = join.childrenOf(fileSystem.urn);
            if (policies.length === 0) {
                // A policy whose file system cannot be told yet (unknown ID, no dependency) may be this one's.
                if (!join.hasUnknownReferences) ctx.report({ urn: fileSystem.urn, messageId: "missing", data: { name: fileSystem.name } });
                continue;
            }
            // One unknown status (preview) leaves this file system undecided, not the whole stack.
            const statuses = policies.map((policy) => known(() => recordOf(recordOf(policy.props).backupPolicy).status));
            if (statuses.some((status) => status.known && status.value === "ENABLED")) continue;
            if (statuses.some((status) => !status.known)) continue;
            policies.forEach((policy) => {
                ctx.report({ urn: policy.urn, messageId: "disabled", data: { name: policy.name, fileSystem: fileSystem.name }, propertyPath: "backupPolicy.status" });
            });
        }
    },
});
