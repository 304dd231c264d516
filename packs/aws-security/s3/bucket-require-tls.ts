import { defineRule, type StackResource } from "../../../src";
import { readPolicy } from "../../shared/policy-document";
import { checkEveryBucket, isLegacyBucket, S3_SATELLITES, type InlineVerdict } from "../lib/s3-buckets";
import { deniesInsecureTransport } from "../lib/s3-policy";
import type {} from "../../../src/types/aws/s3";

/** True when the policy document has a statement that refuses plain-HTTP requests (an unreadable one has none). */
function refusesHttp(document: unknown): boolean {
    const reading = readPolicy(document);
    return reading.kind === "document" && reading.statements.some(deniesInsecureTransport);
}

/**
 * Every bucket needs a bucket policy (an aws.s3.BucketPolicy for it, or the bucket's own
 * `policy`) with a statement that denies all S3 actions when aws:SecureTransport is false.
 */
export default defineRule({
    id: "s3-bucket-require-tls",
    title: "S3 buckets refuse requests without TLS",
    description:
        "S3 answers plain HTTP as well as HTTPS, so a misconfigured client can upload or download the bucket's data in clear text. Only a bucket policy that denies requests where aws:SecureTransport is false makes TLS mandatory.",
    severity: "medium",
    service: "s3",
    frameworks: {
        "cis-aws-3.0": ["2.1.1"],
        "aws-fsbp": ["S3.5"],
        "nist-800-53-r5": ["AC-4", "SC-8", "SC-13", "SC-23"],
        "pci-dss-4.0": ["4.2.1"],
    },
    tags: ["encryption-in-transit", "data"],
    remediation:
        'Add a statement to the bucket policy that denies every S3 action over plain HTTP: `{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [bucket.arn, pulumi.interpolate`${bucket.arn}/*`], Condition: { Bool: { "aws:SecureTransport": "false" } } }`.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a bucket without a bucket policy",
                resources: [{ type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "acme-data" } }],
            },
        ],
        compliant: [
            {
                description: "a bucket policy that denies plain HTTP",
                resources: [
                    { type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "acme-data" } },
                    {
                        type: "aws:s3/bucketPolicy:BucketPolicy",
                        name: "data-policy",
                        props: {
                            bucket: "acme-data",
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    {
                                        Effect: "Deny",
                                        Principal: "*",
                                        Action: "s3:*",
                                        Resource: ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"],
                                        Condition: { Bool: { "aws:SecureTransport": "false" } },
                                    },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        checkEveryBucket(stack, ctx, {
            childTypes: S3_SATELLITES.policy,
            judgeSatellite: (policy) =>
                refusesHttp(policy.props.policy)
                    ? undefined
                    : {
                          message: `Bucket policy \`${policy.name}\` has no statement that denies requests made without TLS (aws:SecureTransport "false").`,
                          propertyPath: "policy",
                      },
            judgeInline: (bucket: StackResource): InlineVerdict => {
                const policy = bucket.props.policy;
                if (policy === undefined || policy === null || policy === "") return undefined;
                if (refusesHttp(policy)) return "ok";
                return {
                    message: `${isLegacyBucket(bucket) ? "Bucket" : "BucketV2"} \`${bucket.name}\` has a policy with no statement that denies requests made without TLS (aws:SecureTransport "false").`,
                    propertyPath: "policy",
                };
            },
            missing: (bucket) => ({
                message: `Bucket \`${bucket.name}\` has no bucket policy, so it accepts plain-HTTP requests.`,
                fix: "Add an aws.s3.BucketPolicy for the bucket with a statement that denies s3:* when aws:SecureTransport is false.",
            }),
        });
    },
});
