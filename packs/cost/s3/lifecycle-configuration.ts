import { defineRule, knownOr, listOf, recordOf, type StackResource } from "../../../src";
import { joinSatellites } from "../../shared/join";
import type {} from "../../../src/types/aws/s3";

const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"] as const;
const LIFECYCLE_TYPES = [
    "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
    "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
] as const;

/** True when a rule list has a rule that is not disabled (an unknown status counts as enabled). */
function hasActiveRule(rules: unknown): boolean {
    return listOf(rules).some((rule) => knownOr(() => recordOf(rule).status, "Enabled") !== "Disabled" && knownOr(() => recordOf(rule).enabled, true) !== false);
}

/**
 * Every bucket needs a lifecycle configuration with an active rule: its own inline
 * `lifecycleRules`, or (the v7 way) a BucketLifecycleConfiguration that refers to it.
 */
export default defineRule({
    id: "cost-s3-lifecycle-configuration",
    title: "S3 buckets have a lifecycle configuration",
    description:
        "Without lifecycle rules, every object and every noncurrent version stays in S3 Standard forever, and incomplete multipart uploads are billed without showing up in listings. Storage then only ever grows.",
    severity: "low",
    service: "s3",
    tags: ["cost", "storage"],
    remediation:
        "Add an aws.s3.BucketLifecycleConfiguration for the bucket (`bucket: bucket.id`) with at least one enabled rule: expire or transition old objects and noncurrent versions, and abort incomplete multipart uploads after a few days.",
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "a bucket on its own", resources: [{ type: "aws:s3/bucket:Bucket", name: "logs", props: { bucket: "acme-logs" } }] }],
        compliant: [
            {
                description: "a bucket with a lifecycle configuration",
                resources: [
                    { type: "aws:s3/bucket:Bucket", name: "logs", props: { bucket: "acme-logs" } },
                    {
                        type: "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
                        name: "logs-lifecycle",
                        props: { bucket: "acme-logs", rules: [{ id: "expire", status: "Enabled", expiration: { days: 90 }, abortIncompleteMultipartUpload: { daysAfterInitiation: 7 } }] },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const join = joinSatellites(stack, { parentTypes: BUCKET_TYPES, parentKeys: ["bucket", "id"], childTypes: LIFECYCLE_TYPES, childKey: "bucket" });
        for (const bucket of join.parents) {
            // Inline rules (deprecated in v7, still honoured). Reading an unknown value aborts the rule.
            if (hasActiveRule((bucket as StackResource).props.lifecycleRules)) continue;
            const configurations = join.childrenOf(bucket.urn);
            if (configurations.some((c) => hasActiveRule(c.props.rules))) continue;
            if (configurations.length > 0) {
                ctx.report({
                    urn: configurations[0].urn,
                    message: `Lifecycle configuration \`${configurations[0].name}\` of bucket \`${bucket.name}\` has no enabled rule.`,
                    propertyPath: "rules",
                });
                continue;
            }
            // A configuration whose bucket cannot be told (unknown reference) might be this one's.
            if (join.hasUnknownReferences) continue;
            ctx.report({ urn: bucket.urn, message: `Bucket \`${bucket.name}\` has no lifecycle configuration, so its objects are kept in S3 Standard forever.` });
        }
    },
});
