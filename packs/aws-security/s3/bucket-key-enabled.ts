import { defineRule } from "../../../src";
import { encryptionRules } from "../lib/s3-encryption";
import type {} from "../../../src/types/aws/s3";

/**
 * Default encryption with SSE-KMS uses an S3 Bucket Key: `bucketKeyEnabled: true` on each rule
 * whose algorithm is "aws:kms". Dual-layer DSSE-KMS ("aws:kms:dsse") does not support Bucket
 * Keys, and SSE-S3 (AES256) makes no KMS calls, so neither is judged.
 */
export default defineRule({
    id: "s3-bucket-key-enabled",
    title: "S3 SSE-KMS default encryption uses a Bucket Key",
    description:
        "Without an S3 Bucket Key, S3 calls AWS KMS for every object it encrypts or decrypts under SSE-KMS. On busy buckets that adds KMS request charges and can hit KMS request quotas, throttling reads and writes. A Bucket Key cuts those calls by up to 99% with no change for clients.",
    severity: "low",
    service: "s3",
    tags: ["cost", "encryption-at-rest"],
    remediation:
        'Set `bucketKeyEnabled: true` next to `applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", ... }` in the aws.s3.BucketServerSideEncryptionConfiguration rule. Objects already stored keep their per-object keys until copied.',
    defaultLevel: "advisory",
    messages: {
        bucketKeyOff: '{{kind}} `{{name}}` encrypts with SSE-KMS ("aws:kms") without an S3 Bucket Key ({{path}} is {{value}}), so every object operation calls AWS KMS.',
    },
    examples: {
        violating: [
            {
                description: "SSE-KMS without a Bucket Key",
                resources: [
                    {
                        type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
                        name: "data-encryption",
                        props: {
                            bucket: "acme-data",
                            rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" } }],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "SSE-KMS with a Bucket Key",
                resources: [
                    {
                        type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
                        name: "data-encryption",
                        props: {
                            bucket: "acme-data",
                            rules: [
                                {
                                    applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
                                    bucketKeyEnabled: true,
                                },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [
        "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
        "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
        "aws:s3/bucket:Bucket",
        "aws:s3/bucketV2:BucketV2",
    ],
    validate(props, ctx) {
        const shape = ctx.type === "aws:s3/bucket:Bucket" ? "legacy" : ctx.type === "aws:s3/bucketV2:BucketV2" ? "v2" : "satellite";
        const kind = shape === "satellite" ? "Encryption configuration" : "Bucket";
        for (const rule of encryptionRules(props, shape)) {
            if (rule.algorithm !== "aws:kms") continue;
            const enabled = rule.bucketKeyEnabled;
            if (enabled === true) continue;
            const value = enabled === undefined || enabled === null ? "not set" : enabled === false ? "false" : "not the boolean true";
            ctx.report({ messageId: "bucketKeyOff", data: { kind, name: ctx.name, path: rule.bucketKeyPath, value }, propertyPath: rule.bucketKeyPath });
        }
    },
});
