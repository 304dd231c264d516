import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/cloudtrail";

export default defineRule({
    id: "cloudtrail-kms-encryption",
    title: "CloudTrail logs are encrypted with a KMS key",
    description:
        "CloudTrail logs describe every API call in the account and are a prime target after a compromise. Encrypting them with a customer managed KMS key means reading them needs a decrypt permission on that key as well as access to the bucket, and every such read is itself logged.",
    severity: "medium",
    service: "cloudtrail",
    frameworks: {
        "cis-aws-3.0": ["3.5"],
        "aws-fsbp": ["CloudTrail.2"],
        "nist-800-53-r5": ["AU-9", "SC-13", "SC-28"],
        "pci-dss-4.0": ["10.3.2"],
    },
    tags: ["logging", "encryption-at-rest"],
    remediation:
        "Set `kmsKeyId` to the ARN of a customer managed KMS key whose key policy lets cloudtrail.amazonaws.com encrypt (kms:GenerateDataKey*) and your log readers decrypt.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "log files encrypted with S3-managed keys only",
                resources: [{ type: "aws:cloudtrail/trail:Trail", name: "audit", props: { s3BucketName: "acme-cloudtrail-logs", isMultiRegionTrail: true } }],
            },
        ],
        compliant: [
            {
                description: "log files encrypted with a customer managed KMS key",
                resources: [
                    {
                        type: "aws:cloudtrail/trail:Trail",
                        name: "audit",
                        props: {
                            s3BucketName: "acme-cloudtrail-logs",
                            isMultiRegionTrail: true,
                            kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:cloudtrail/trail:Trail",
    validate(props, ctx) {
        const keyId = props.kmsKeyId;
        if (typeof keyId !== "string" || keyId.trim() === "") {
            ctx.report({
                message: `Trail \`${ctx.name}\` does not encrypt its log files with a KMS key (kmsKeyId is not set).`,
                propertyPath: "kmsKeyId",
            });
        }
    },
});
