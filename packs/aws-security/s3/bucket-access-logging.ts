import { defineRule, known, listOf, peek, recordOf, type StackResource, type StackView } from "../../../src";
import { BUCKET_TYPES, checkEveryBucket, isLegacyBucket, joinToBuckets, S3_SATELLITES, type InlineVerdict } from "../lib/s3-buckets";
import type {} from "../../../src/types/aws/s3";

/** True when a logging block names a target bucket (a value not known yet counts as named). */
/**
 * True when an inline logging block names a target bucket. With a property dependency on a
 * bucket (`dependsOn`) the target is set even while preview does not know its name, so the
 * value is only peeked at; otherwise an unknown target is noted.
 */
function hasTarget(block: unknown, dependsOn: boolean): boolean {
    const read = () => recordOf(block).targetBucket;
    const target = dependsOn ? peek(read) : known(read);
    return !target.known || (typeof target.value === "string" && target.value !== "");
}

/** The buckets an inline logging block of `bucket` depends on: its targets, known even in preview. */
function inlineTargetDependencies(bucket: StackResource): StackResource[] {
    const bucketTypes = new Set<string>(BUCKET_TYPES);
    return [...(bucket.propertyDependencies.logging ?? []), ...(bucket.propertyDependencies.loggings ?? [])].filter((r) => bucketTypes.has(r.type));
}

/** The bucket's own (deprecated) logging block: "ok" when it names a target bucket. */
function inlineLogging(bucket: StackResource): InlineVerdict {
    const dependsOn = inlineTargetDependencies(bucket).length > 0;
    if (isLegacyBucket(bucket)) return hasTarget(bucket.props.logging, dependsOn) ? "ok" : undefined;
    return listOf(bucket.props.loggings).some((block) => hasTarget(block, dependsOn)) ? "ok" : undefined;
}

/** The inline logging blocks of a bucket, whichever its shape. */
function inlineBlocks(bucket: StackResource): unknown[] {
    return isLegacyBucket(bucket) ? [bucket.props.logging].filter((b) => b !== undefined && b !== null) : listOf(bucket.props.loggings);
}

/**
 * The buckets that receive access logs, as a predicate, or `undefined` when some target cannot
 * be told (an unknown reference with no property dependency): then any bucket might be one.
 */
function logTargets(stack: StackView): ((bucket: StackResource) => boolean) | undefined {
    const satellites = joinToBuckets(stack, S3_SATELLITES.logging, "targetBucket");
    if (satellites.hasUnknownReferences) return undefined;
    const targetUrns = new Set<string>();
    const targetNames = new Set<string>();
    for (const bucket of satellites.parents) {
        if (satellites.childrenOf(bucket.urn).length > 0) targetUrns.add(bucket.urn);
        // Inline blocks (deprecated) name their target too, by value or property dependency.
        const dependsOn = inlineTargetDependencies(bucket);
        for (const r of dependsOn) targetUrns.add(r.urn);
        for (const block of inlineBlocks(bucket)) {
            // Peeked: an unknown target matters (and is noted) only when no dependency tells it.
            const read = () => recordOf(block).targetBucket;
            const target = peek(read);
            if (!target.known && dependsOn.length === 0) {
                known(read);
                return undefined;
            }
            if (target.known && typeof target.value === "string" && target.value !== "") targetNames.add(target.value);
        }
    }
    const named = (bucket: StackResource, key: string) => {
        const value = known(() => bucket.props[key]);
        return value.known && typeof value.value === "string" && targetNames.has(value.value);
    };
    return (bucket) => targetUrns.has(bucket.urn) || named(bucket, "bucket") || named(bucket, "id");
}

/**
 * Every bucket has server access logging: an aws.s3.BucketLogging (or V2 alias) for it, or an
 * inline logging block. Buckets that receive access logs are exempt (logging them would log
 * the log deliveries themselves).
 */
export default defineRule({
    id: "s3-bucket-access-logging",
    title: "S3 buckets have server access logging",
    description:
        "Server access logs record every request made to a bucket, who made it and from where. Without them, investigating a leak or misuse of the bucket's data has little to go on.",
    severity: "medium",
    service: "s3",
    frameworks: {
        "aws-fsbp": ["S3.9"],
        "nist-800-53-r5": ["AU-2", "AU-3", "AU-10", "AU-12", "CA-7"],
        "pci-dss-4.0": ["10.2.1"],
    },
    tags: ["logging", "data"],
    remediation:
        'Add an aws.s3.BucketLogging for the bucket that delivers to a dedicated log bucket: `{ bucket: bucket.id, targetBucket: logs.id, targetPrefix: "data/" }`.',
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
                description: "a bucket that logs to a dedicated log bucket",
                resources: [
                    { type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "acme-data" } },
                    { type: "aws:s3/bucket:Bucket", name: "access-logs", props: { bucket: "acme-access-logs" } },
                    {
                        type: "aws:s3/bucketLogging:BucketLogging",
                        name: "data-logging",
                        props: { bucket: "acme-data", targetBucket: "acme-access-logs", targetPrefix: "data/" },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const isLogTarget = logTargets(stack);
        // A target that cannot be told might be any bucket: say nothing rather than guess.
        if (!isLogTarget) return;
        checkEveryBucket(stack, ctx, {
            childTypes: S3_SATELLITES.logging,
            judgeSatellite: () => undefined,
            judgeInline: inlineLogging,
            exempt: isLogTarget,
            missing: (bucket) => ({ message: `Bucket \`${bucket.name}\` has no server access logging.` }),
        });
    },
});
