import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/efs";

export default defineRule({
    id: "efs-file-system-encrypted",
    title: "EFS file systems are encrypted at rest",
    description:
        "An EFS file system holds shared application data, home directories and uploads. Without at-rest encryption that data, and every backup taken from it, sits unencrypted on AWS storage. Encryption can only be chosen when the file system is created, so a missed setting means a migration later.",
    severity: "high",
    service: "efs",
    frameworks: {
        "aws-fsbp": ["EFS.1", "EFS.8"],
        "cis-aws-3.0": ["2.4.1"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `encrypted: true` on the aws.efs.FileSystem (optionally with `kmsKeyId` for a customer managed key). An existing unencrypted file system cannot be changed: create an encrypted one and copy the data across (for example with AWS DataSync), then switch the mount targets.",
    defaultLevel: "mandatory",
    messages: {
        disabled: "EFS file system `{{name}}` turns encryption at rest off (encrypted: false).",
        unset: "EFS file system `{{name}}` does not set encrypted, and EFS leaves file systems unencrypted by default.",
    },
    examples: {
        violating: [
            {
                description: "a file system created without encryption",
                resources: [{ type: "aws:efs/fileSystem:FileSystem", name: "shared", props: { creationToken: "shared", performanceMode: "generalPurpose" } }],
            },
        ],
        compliant: [
            {
                description: "an encrypted file system",
                resources: [
                    {
                        type: "aws:efs/fileSystem:FileSystem",
                        name: "shared",
                        props: { creationToken: "shared", performanceMode: "generalPurpose", encrypted: true, kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:efs/fileSystem:FileSystem",
    validate(props, ctx) {
        const encrypted = props.encrypted;
        if (encrypted === true) return;
        ctx.report({ messageId: encrypted === false ? "disabled" : "unset", data: { name: ctx.name }, propertyPath: "encrypted" });
    },
});
