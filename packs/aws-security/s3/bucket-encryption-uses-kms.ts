import { defineRule } from "../../../src";
import { enumText } from "../lib/s3-buckets";
import { inlineAlgorithms, isSet, KMS_ALGORITHMS, satelliteAlgorithms, type AlgorithmSetting } from "../lib/s3-encryption";
import type {} from "../../../src/types/aws/s3";

const CONFIG_TYPES = [
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
] as const;

export default defineRule({
    id: "s3-bucket-encryption-uses-kms",
    title: "S3 default encryption uses KMS keys",
    description:
        "With S3-managed keys (AES256) anyone allowed to read an object can decrypt it, and key use leaves no trail. SSE-KMS adds a second, separately controlled permission on the key and logs every use of it in CloudTrail.",
    severity: "low",
    service: "s3",
    frameworks: {
        "nist-800-53-r5": ["SC-13", "SC-28"],
        "pci-dss-4.0": ["3.5.1"],
    },
    tags: ["encryption-at-rest", "data"],
    remediation:
        'Set the default algorithm to "aws:kms" (or "aws:kms:dsse") with a customer managed key, e.g. `applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn }`, and `bucketKeyEnabled: true` to keep KMS request costs down.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "S3-managed keys (AES256)",
                resources: [
                    {
                        type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
                        name: "data-encryption",
                        props: {
                            bucket: "acme-data",
                            rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a customer managed KMS key",
                resources: [
                    {
                        type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
                        name: "data-encryption",
                        props: {
                            bucket: "acme-data",
                            rules: [
                                {
                                    applyServerSideEncryptionByDefault: {
                                        sseAlgorithm: "aws:kms",
                                        kmsMasterKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                                    },
                                    bucketKeyEnabled: true,
                                },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...CONFIG_TYPES, "aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"],
    validate(props, ctx) {
        const record = props;
        let settings: AlgorithmSetting[];
        let kind: string;
        if (ctx.type === "aws:s3/bucket:Bucket" || ctx.type === "aws:s3/bucketV2:BucketV2") {
            settings = inlineAlgorithms(record, ctx.type === "aws:s3/bucket:Bucket") ?? [];
            kind = "Bucket";
        } else {
            settings = satelliteAlgorithms(record);
            kind = "Encryption configuration";
        }
        for (const { algorithm, path } of settings) {
            if (!isSet(algorithm) || KMS_ALGORITHMS.has(algorithm)) continue;
            const shown = enumText(algorithm) ?? "a non-KMS algorithm";
            ctx.report({
                message: `${kind} \`${ctx.name}\` encrypts objects by default with ${shown} (S3-managed keys), not a KMS key.`,
                propertyPath: path,
            });
        }
    },
});
