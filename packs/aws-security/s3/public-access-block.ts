import { defineRule, knownOr, type StackResource } from "../../../src";

const FLAGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;
const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"] as const;
const BLOCK_TYPE = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
const ACCOUNT_BLOCK_TYPE = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";

/** Flags of a public access block that are not `true` (unknown flags count as set). */
function flagsOff(props: Record<string, unknown>): string[] {
    return FLAGS.filter((flag) => knownOr(() => props[flag], true) !== true);
}

/**
 * Every S3 bucket needs a public access block with all four settings on, either its own
 * (a BucketPublicAccessBlock that refers to it) or the account's. In AWS provider v7 the block
 * is a separate resource, so this is a stack rule joining blocks to buckets through an index:
 * by the URN the block's `bucket` input depends on (works in preview, when names and IDs are
 * still unknown), else by the bucket's name.
 */
export default defineRule({
    id: "s3-bucket-public-access-block",
    title: "S3 buckets block public access",
    description:
        "Without a public access block, one careless ACL or bucket policy is enough to publish a bucket's contents. The block overrides both, and is the guard rail AWS recommends for every bucket.",
    severity: "high",
    service: "s3",
    frameworks: {
        "cis-aws-3.0": ["2.1.4"],
        "aws-fsbp": ["S3.1", "S3.8"],
        "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    },
    tags: ["exposure", "data"],
    remediation:
        "Add an aws.s3.BucketPublicAccessBlock for the bucket (bucket: bucket.id) with blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets all true, or set them on the account with aws.s3.AccountPublicAccessBlock.",
    defaultLevel: "mandatory",
    stack: true,
    validate(stack, ctx) {
        const buckets = stack.ofType(...BUCKET_TYPES);
        if (buckets.length === 0) return;

        const accountBlocks = stack.ofType(ACCOUNT_BLOCK_TYPE);
        if (accountBlocks.some((block) => flagsOff(block.props).length === 0)) return;

        const covered = new Set<string>();
        const bucketUrnByName = new Map<string, string>();
        for (const bucket of buckets) {
            const name = knownOr(() => bucket.props.bucket, undefined);
            if (typeof name === "string") bucketUrnByName.set(name, bucket.urn);
        }
        let unjoinedBlock = false;
        for (const block of stack.ofType(BLOCK_TYPE)) {
            const target = bucketOf(block, bucketUrnByName);
            if (!target) {
                unjoinedBlock = true;
                continue;
            }
            covered.add(target);
            const off = flagsOff(block.props);
            if (off.length > 0) {
                ctx.report({
                    urn: block.urn,
                    message: `Public access block \`${block.name}\` leaves ${off.join(", ")} off, so public ACLs or policies can still take effect.`,
                    propertyPath: off[0],
                    fix: `Set ${off.join(", ")} to true.`,
                });
            }
        }
        // A block whose bucket we cannot tell (unknown name, no dependency) might cover any
        // bucket: say nothing rather than guess.
        if (unjoinedBlock) return;
        for (const bucket of buckets) {
            if (covered.has(bucket.urn)) continue;
            ctx.report({
                urn: bucket.urn,
                message: `Bucket \`${bucket.name}\` has no public access block, and the account has none with all four settings on.`,
            });
        }
    },
});

function bucketOf(block: StackResource, bucketUrnByName: ReadonlyMap<string, string>): string | undefined {
    const dependency = block.propertyDependencies.bucket?.find((r) => (BUCKET_TYPES as readonly string[]).includes(r.type));
    if (dependency) return dependency.urn;
    const name = knownOr(() => block.props.bucket, undefined);
    return typeof name === "string" ? bucketUrnByName.get(name) : undefined;
}
