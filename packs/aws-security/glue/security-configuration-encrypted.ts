import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/glue";

/** Each part of a security configuration, its mode field, and the modes that leave it unencrypted. */
const PARTS = [
    ["s3Encryption", "s3EncryptionMode", "S3 data"],
    ["cloudwatchEncryption", "cloudwatchEncryptionMode", "CloudWatch logs"],
    ["jobBookmarksEncryption", "jobBookmarksEncryptionMode", "job bookmarks"],
] as const;

export default defineRule({
    id: "glue-security-configuration-encrypted",
    title: "Glue security configurations encrypt S3 data, logs and job bookmarks",
    description:
        "A Glue security configuration decides whether the data jobs and crawlers write to S3, the logs they send to CloudWatch and their job bookmarks are encrypted. Each part is DISABLED unless set, so a configuration that names only one leaves the others in clear.",
    severity: "medium",
    service: "glue",
    frameworks: {
        "nist-800-53-r5": ["SC-13", "SC-28"],
    },
    tags: ["encryption", "data"],
    remediation:
        'Set `s3Encryption.s3EncryptionMode: "SSE-KMS"` (or "SSE-S3"), `cloudwatchEncryption.cloudwatchEncryptionMode: "SSE-KMS"` and `jobBookmarksEncryption.jobBookmarksEncryptionMode: "CSE-KMS"`, each with a `kmsKeyArn`.',
    defaultLevel: "advisory",
    messages: {
        partUnencrypted: "Glue security configuration `{{name}}` does not encrypt {{part}}: encryptionConfiguration.{{field}} is {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "only S3 data encrypted",
                resources: [
                    {
                        type: "aws:glue/securityConfiguration:SecurityConfiguration",
                        name: "etl",
                        props: {
                            encryptionConfiguration: {
                                s3Encryption: { s3EncryptionMode: "SSE-S3" },
                                cloudwatchEncryption: { cloudwatchEncryptionMode: "DISABLED" },
                                jobBookmarksEncryption: { jobBookmarksEncryptionMode: "DISABLED" },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "every part encrypted with KMS",
                resources: [
                    {
                        type: "aws:glue/securityConfiguration:SecurityConfiguration",
                        name: "etl",
                        props: {
                            encryptionConfiguration: {
                                s3Encryption: { s3EncryptionMode: "SSE-KMS", kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/abcd" },
                                cloudwatchEncryption: { cloudwatchEncryptionMode: "SSE-KMS", kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/abcd" },
                                jobBookmarksEncryption: { jobBookmarksEncryptionMode: "CSE-KMS", kmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/abcd" },
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:glue/securityConfiguration:SecurityConfiguration",
    validate(props, ctx) {
        const configuration = (props.encryptionConfiguration ?? {}) as Record<string, Record<string, unknown> | undefined>;
        for (const [part, field, what] of PARTS) {
            const mode = configuration[part]?.[field];
            if (typeof mode === "string" && mode.trim() !== "" && mode.trim().toUpperCase() !== "DISABLED") continue;
            ctx.report({
                messageId: "partUnencrypted",
                data: { name: ctx.name, part: what, field: `${part}.${field}`, state: typeof mode === "string" && mode.trim() !== "" ? `"${mode}"` : 'not set, and defaults to "DISABLED"' },
                propertyPath: `encryptionConfiguration.${part}.${field}`,
            });
        }
    },
});
