import { defineRule, knownOr } from "../../../src";
import { joinSatellites } from "../../shared/join";
import type {} from "../../../src/types/aws/s3";

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
 * is a separate resource, so this is a stack rule joining blocks to buckets (lib/join.ts).
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
    examples: {
        violating: [{ description: "a bucket on its own", resources: [{ type: "aws:s3/bucket:Bucket", name: "assets", props: { bucket: "acme-assets" } }] }],
        compliant: [
            {
                description: "a bucket with its public access block",
                resources: [
                    { type: "aws:s3/bucket:Bucket", name: "assets", props: { bucket: "acme-assets" } },
                    {
                        type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
                        name: "assets-pab",
                        props: { bucket: "acme-assets", blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const join = joinSatellites(stack, { parentTypes: BUCKET_TYPES, parentKeys: ["bucket", "id"], childTypes: [BLOCK_TYPE], childKey: "bucket" });
        if (join.parents.length === 0) return;
        if (stack.ofType(ACCOUNT_BLOCK_TYPE).some((block) => flagsOff(block.props).length === 0)) return;

        for (const bucket of join.parents) {
            const blocks = join.childrenOf(bucket.urn);
            for (const block of blocks) {
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
            // A block whose bucket cannot be told (unknown reference) might be this bucket's:
            // say nothing rather than guess.
            if (blocks.length === 0 && !join.hasUnknownReferences) {
                ctx.report({
                    urn: bucket.urn,
                    message: `Bucket \`${bucket.name}\` has no public access block, and the account has none with all four settings on.`,
                });
            }
        }
    },
});
