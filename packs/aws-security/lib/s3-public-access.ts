/**
 * S3 Block Public Access as AWS applies it. Four flags can be set on the account
 * (aws.s3.AccountPublicAccessBlock) and on each bucket (aws.s3.BucketPublicAccessBlock); every
 * flag is false when left out. Where the two levels differ, S3 applies the most restrictive
 * combination, so a flag is in force for a bucket when either level sets it to true
 * ("Blocking public access to your Amazon S3 storage", Amazon S3 User Guide).
 */
import { known, peek, recordOf, type StackResource } from "../../../src";

/** The four flags, in the order AWS lists them. */
export const PUBLIC_ACCESS_FLAGS = ["blockPublicAcls", "ignorePublicAcls", "blockPublicPolicy", "restrictPublicBuckets"] as const;
export type PublicAccessFlag = (typeof PUBLIC_ACCESS_FLAGS)[number];

export const ACCOUNT_BLOCK_TYPE = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";
export const BUCKET_BLOCK_TYPE = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";

/** What each flag stops, in plain words (fixed text: safe in messages). */
export const FLAG_EFFECT: Readonly<Record<PublicAccessFlag, string>> = {
    blockPublicAcls: "new public ACLs can still be set on the bucket and its objects",
    ignorePublicAcls: "public ACLs on the bucket and its objects still take effect",
    blockPublicPolicy: "a bucket policy granting public access can still be attached",
    restrictPublicBuckets: "a public bucket policy still lets anyone in",
};

/** A flag's state across the blocks that apply: set by one of them, by none, or not known yet (preview). */
export type FlagState = "on" | "off" | "unknown";

/**
 * The state of `flag` across `blocks` (the account's and the bucket's): on when any sets it to
 * `true`, off when all are known and none does (absent, false or anything else). Unknown values
 * are looked at without noting them first; only when the verdict rests on one is it read again
 * through `known`, so a rule that reports nothing for it has not passed.
 */
export function flagState(blocks: readonly StackResource[], flag: PublicAccessFlag): FlagState {
    let unknownIn: StackResource | undefined;
    for (const block of blocks) {
        const value = peek(() => recordOf(block.props)[flag]);
        if (!value.known) unknownIn ??= block;
        else if (value.value === true) return "on";
    }
    if (unknownIn === undefined) return "off";
    const block = unknownIn;
    known(() => recordOf(block.props)[flag]);
    return "unknown";
}

/** The flags not in force across `blocks` (unknown ones are left out, and noted). */
export function flagsOff(blocks: readonly StackResource[], among: readonly PublicAccessFlag[] = PUBLIC_ACCESS_FLAGS): PublicAccessFlag[] {
    return among.filter((flag) => flagState(blocks, flag) === "off");
}

/** The flags `blocks` have in force for certain. */
export function flagsOn(blocks: readonly StackResource[]): PublicAccessFlag[] {
    return PUBLIC_ACCESS_FLAGS.filter((flag) => blocks.some((block) => {
        const value = peek(() => recordOf(block.props)[flag]);
        return value.known && value.value === true;
    }));
}
