import { defineRule, peek, recordOf, type StackResource } from "../../../src";
import { joinToBuckets, S3_SATELLITES } from "../lib/s3-buckets";
import { ACCOUNT_BLOCK_TYPE, FLAG_EFFECT, flagsOff, flagsOn, flagState, PUBLIC_ACCESS_FLAGS } from "../lib/s3-public-access";
import type {} from "../../../src/types/aws/s3";

/**
 * Every S3 bucket has all four Block Public Access settings in force. AWS applies the most
 * restrictive combination of the account's settings (an AccountPublicAccessBlock in the stack)
 * and the bucket's own (a BucketPublicAccessBlock that refers to it), so each flag counts as on
 * when either sets it. In AWS provider v7 the blocks are separate resources: this is a stack
 * rule joining blocks to buckets (shared/join.ts).
 */
export default defineRule({
    id: "s3-bucket-public-access-block",
    title: "S3 buckets block public access",
    description:
        "Without Block Public Access, one careless ACL or bucket policy is enough to publish a bucket's contents. The four settings override both, and are the guard rail AWS recommends for every bucket. A setting counts when the bucket's own public access block or the account's (in the same stack) turns it on, as AWS combines them.",
    severity: "high",
    service: "s3",
    frameworks: {
        "cis-aws-3.0": ["2.1.4"],
        "aws-fsbp": ["S3.8"],
        "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    },
    tags: ["exposure", "data"],
    remediation:
        "Add an aws.s3.BucketPublicAccessBlock for the bucket (bucket: bucket.id) with blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets all true, or set them on the account with aws.s3.AccountPublicAccessBlock.",
    defaultLevel: "mandatory",
    messages: {
        noBlock: "Bucket `{{name}}` has no public access block, and no account-level block in the stack turns on {{flags}}.",
        flagOff: "Public access block `{{name}}` leaves {{flag}} off, and no account-level block in the stack turns it on: {{effect}}.",
    },
    examples: {
        violating: [
            { description: "a bucket on its own", resources: [{ type: "aws:s3/bucket:Bucket", name: "assets", props: { bucket: "acme-assets" } }] },
            {
                description: "a block that leaves public policies allowed",
                resources: [
                    { type: "aws:s3/bucket:Bucket", name: "assets", props: { bucket: "acme-assets" } },
                    {
                        type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
                        name: "assets-pab",
                        props: { bucket: "acme-assets", blockPublicAcls: true, ignorePublicAcls: true },
                    },
                ],
            },
        ],
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
            {
                description: "the account blocks ACLs, the bucket's own block blocks policies",
                resources: [
                    { type: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", name: "account-pab", props: { blockPublicAcls: true, ignorePublicAcls: true } },
                    { type: "aws:s3/bucket:Bucket", name: "assets", props: { bucket: "acme-assets" } },
                    {
                        type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
                        name: "assets-pab",
                        props: { bucket: "acme-assets", blockPublicPolicy: true, restrictPublicBuckets: true },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const join = joinToBuckets(stack, S3_SATELLITES.publicAccessBlock);
        // Blocks for buckets outside the stack (a known name no bucket here has) are judged too.
        const strays = join.unjoined.filter((block) => peek(() => recordOf(block.props).bucket).known);
        if (join.parents.length === 0 && strays.length === 0) return;
        const accounts = stack.ofType(ACCOUNT_BLOCK_TYPE);
        // Flags the account has in force cover every bucket; the rest each bucket must set itself.
        const onForAll = new Set(flagsOn(accounts));
        const open = PUBLIC_ACCESS_FLAGS.filter((flag) => !onForAll.has(flag));
        if (open.length === 0) return;

        const judgeBlocks = (blocks: readonly StackResource[]) => {
            for (const flag of open) {
                // On when the account or any of the bucket's blocks sets it.
                if (flagState([...accounts, ...blocks], flag) !== "off") continue;
                for (const block of blocks) {
                    ctx.report({ urn: block.urn, messageId: "flagOff", data: { name: block.name, flag, effect: FLAG_EFFECT[flag] }, propertyPath: flag, fix: `Set ${flag} to true.` });
                }
            }
        };
        for (const bucket of join.parents) {
            const blocks = join.childrenOf(bucket.urn);
            if (blocks.length > 0) {
                judgeBlocks(blocks);
                continue;
            }
            // A block whose bucket cannot be told (unknown reference) might be this bucket's:
            // say nothing rather than guess (the join noted the unknown).
            if (join.hasUnknownReferences) continue;
            const off = flagsOff(accounts, open);
            if (off.length > 0) ctx.report({ urn: bucket.urn, messageId: "noBlock", data: { name: bucket.name, flags: off.join(", ") } });
        }
        for (const block of strays) judgeBlocks([block]);
    },
});
