import { defineRule, known, type StackResource } from "../../../src";
import { readPolicy } from "../../shared/policy-document";
import { checkEveryBucket, isLegacyBucket, S3_SATELLITES, type InlineVerdict, type SettingProblem } from "../lib/s3-buckets";
import { tlsVerdict, type Coverage } from "../lib/s3-policy";
import type {} from "../../../src/types/aws/s3";

/** What is covered and what is not, as fixed text for the message. */
function coverageText(coverage: Coverage): { covered: string; missing: string } {
    if (coverage.objects) return { covered: "its objects", missing: "the bucket itself (arn:aws:s3:::<bucket>)" };
    if (coverage.bucket) return { covered: "the bucket itself", missing: "its objects (arn:aws:s3:::<bucket>/*)" };
    return { covered: "other resources", missing: "this bucket or its objects" };
}

/**
 * The problem with `document` as `bucket`'s policy, or undefined when it refuses plain HTTP for
 * the bucket and all its objects, or when a value the verdict needs is unknown (noted).
 */
function judgePolicy(document: () => unknown, bucket: StackResource, kind: string, name: string): SettingProblem | undefined {
    const verdict = known(() => {
        const reading = readPolicy(document());
        return reading.kind === "document" ? tlsVerdict(reading.statements, bucket) : ({ kind: "none" } as const);
    });
    if (!verdict.known) return undefined;
    const result = verdict.value;
    if (result.kind === "ok" || result.kind === "unknown") return undefined;
    if (result.kind === "none") return { messageId: "noDeny", data: { kind, name }, propertyPath: "policy" };
    return { messageId: "partial", data: { kind, name, ...coverageText(result.coverage) }, propertyPath: "policy" };
}

/**
 * Every bucket needs a bucket policy (an aws.s3.BucketPolicy for it, or the bucket's own
 * `policy`) with a statement that denies all S3 actions when aws:SecureTransport is false, for
 * the bucket and every object in it.
 */
export default defineRule({
    id: "s3-bucket-require-tls",
    title: "S3 buckets refuse requests without TLS",
    description:
        "S3 answers plain HTTP as well as HTTPS, so a misconfigured client can upload or download the bucket's data in clear text. Only a bucket policy that denies every S3 action to everyone where aws:SecureTransport is false, on the bucket and all its objects, makes TLS mandatory; a deny of some actions only, or for other resources, leaves the rest open.",
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
    messages: {
        noDeny: '{{kind}} `{{name}}` has no statement that denies every S3 action to everyone when aws:SecureTransport is "false".',
        partial: "{{kind}} `{{name}}` denies requests made without TLS for {{covered}}, but not for {{missing}}.",
        missing: "Bucket `{{name}}` has no bucket policy, so it accepts plain-HTTP requests.",
    },
    stack: true,
    validate(stack, ctx) {
        checkEveryBucket(stack, ctx, {
            childTypes: S3_SATELLITES.policy,
            judgeSatellite: (policy, bucket) => judgePolicy(() => policy.props.policy, bucket, "Bucket policy", policy.name),
            judgeInline: (bucket: StackResource): InlineVerdict => {
                const read = known(() => bucket.props.policy);
                if (!read.known) return "ok"; // noted: not judged, never passed
                const policy = read.value;
                if (policy === undefined || policy === null || policy === "") return undefined;
                return judgePolicy(() => policy, bucket, isLegacyBucket(bucket) ? "Bucket" : "BucketV2", bucket.name) ?? "ok";
            },
            missing: (bucket) => ({
                messageId: "missing",
                data: { name: bucket.name },
                fix: "Add an aws.s3.BucketPolicy for the bucket with a statement that denies s3:* on the bucket and its objects when aws:SecureTransport is false.",
            }),
        });
    },
});
