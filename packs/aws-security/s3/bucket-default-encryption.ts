import { defineRule } from "../../../src";
import { checkEveryBucket, isLegacyBucket, S3_SATELLITES } from "../lib/s3-buckets";
import { inlineAlgorithms, isSet, satelliteAlgorithms } from "../lib/s3-encryption";
import type {} from "../../../src/types/aws/s3";

/**
 * Every bucket declares its default encryption: an aws.s3.BucketServerSideEncryptionConfiguration
 * (or its V2 alias) for the bucket, or the bucket's own inline configuration.
 */
export default defineRule({
    id: "s3-bucket-default-encryption",
    title: "S3 buckets declare default encryption",
    description:
        "S3 encrypts new objects with S3-managed keys unless told otherwise, but a bucket whose encryption is not declared in code leaves the choice of keys, and who can use them, undocumented and unreviewed. Declaring it keeps encryption at rest an explicit, enforced decision.",
    severity: "medium",
    service: "s3",
    frameworks: {
        "nist-800-53-r5": ["SC-13", "SC-28"],
    },
    tags: ["encryption-at-rest", "data"],
    remediation:
        'Add an aws.s3.BucketServerSideEncryptionConfiguration for the bucket (bucket: bucket.id), preferably with a KMS key: `rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn }, bucketKeyEnabled: true }]`.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a bucket on its own",
                resources: [{ type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "acme-data" } }],
            },
        ],
        compliant: [
            {
                description: "a bucket with default encryption under a KMS key",
                resources: [
                    { type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "acme-data" } },
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
    stack: true,
    validate(stack, ctx) {
        checkEveryBucket(stack, ctx, {
            childTypes: S3_SATELLITES.encryption,
            judgeSatellite: (config) =>
                satelliteAlgorithms(config.props).some((s) => isSet(s.algorithm))
                    ? undefined
                    : {
                          message: `Encryption configuration \`${config.name}\` sets no default encryption algorithm (applyServerSideEncryptionByDefault.sseAlgorithm).`,
                          propertyPath: "rules",
                      },
            judgeInline: (bucket) => {
                const settings = inlineAlgorithms(bucket.props, isLegacyBucket(bucket));
                if (settings === undefined) return undefined;
                if (settings.some((s) => isSet(s.algorithm))) return "ok";
                return {
                    message: `Bucket \`${bucket.name}\` has an inline encryption configuration without a default algorithm.`,
                    propertyPath: settings[0]?.path ?? (isLegacyBucket(bucket) ? "serverSideEncryptionConfiguration" : "serverSideEncryptionConfigurations"),
                };
            },
            missing: (bucket) => ({
                message: `Bucket \`${bucket.name}\` has no default encryption configuration.`,
            }),
        });
    },
});
