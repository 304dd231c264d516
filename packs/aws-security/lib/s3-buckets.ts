/**
 * S3 bucket settings in AWS provider v7, where each setting (versioning, encryption, logging,
 * policy, ownership controls, ...) is a separate "satellite" resource that names its bucket in
 * `bucket`. Stack rules use `checkEveryBucket` to ask "does every bucket have this setting, and
 * is it right?" with one linear join (lib/join.ts).
 */
import type { MessageData, ResourceType, RuleContext, StackResource, StackView } from "../../../src";
import { joinSatellites, type Join } from "../../shared/join";

/** Type tokens of general purpose buckets. */
export const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"] as const;

/** Props of a bucket that satellites use to refer to it (its name, which is also its ID). */
const BUCKET_KEYS = ["bucket", "id"] as const;

/** Satellite type tokens per setting, including the provider's V2 aliases. */
export const S3_SATELLITES = {
    policy: ["aws:s3/bucketPolicy:BucketPolicy"],
    encryption: [
        "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
        "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
    ],
    versioning: ["aws:s3/bucketVersioning:BucketVersioning", "aws:s3/bucketVersioningV2:BucketVersioningV2"],
    logging: ["aws:s3/bucketLogging:BucketLogging", "aws:s3/bucketLoggingV2:BucketLoggingV2"],
    ownership: ["aws:s3/bucketOwnershipControls:BucketOwnershipControls"],
    publicAccessBlock: ["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"],
    replication: ["aws:s3/bucketReplicationConfig:BucketReplicationConfig"],
} as const;

/** Joins satellites of the given types to the buckets they name in `childKey` (default `bucket`). */
export function joinToBuckets(stack: StackView, childTypes: readonly ResourceType[], childKey = "bucket"): Join {
    return joinSatellites(stack, { parentTypes: BUCKET_TYPES, parentKeys: BUCKET_KEYS, childTypes, childKey });
}

/** True for the legacy `aws.s3.Bucket` type (single inline blocks); false for `BucketV2` (lists). */
export function isLegacyBucket(bucket: StackResource): boolean {
    return bucket.type === "aws:s3/bucket:Bucket";
}

/** A problem with one resource, before the URN is attached: free text or a message id of the rule. */
export type SettingProblem =
    | { readonly message: string; readonly propertyPath?: string; readonly fix?: string }
    | { readonly messageId: string; readonly data?: MessageData; readonly propertyPath?: string; readonly fix?: string };

/** "ok", a problem, or `undefined` when the bucket's own props do not configure the setting. */
export type InlineVerdict = "ok" | SettingProblem | undefined;

export interface BucketSettingCheck {
    /** Satellite types that carry the setting. */
    readonly childTypes: readonly ResourceType[];
    /**
     * `undefined` when the satellite configures the setting correctly (or cannot be judged: a
     * rule that read an unknown value through `known` has then noted it); otherwise what is wrong.
     * `bucket` is the bucket it was joined to.
     */
    judgeSatellite(satellite: StackResource, bucket: StackResource): SettingProblem | undefined;
    /**
     * What the bucket's own (deprecated, inline) props say. Consulted only when no satellite
     * configures the bucket, since a satellite overrides the inline block.
     */
    judgeInline?(bucket: StackResource): InlineVerdict;
    /** The problem to report on a bucket that has the setting nowhere. */
    missing(bucket: StackResource): SettingProblem;
    /** Buckets the rule does not apply to. */
    exempt?(bucket: StackResource): boolean;
}

/**
 * Reports, for every bucket in the stack: satellites that configure the setting wrongly (when
 * none of the bucket's satellites gets it right), a wrong inline block, or the absence of the
 * setting. When some satellite's bucket reference is unknown and cannot be joined (preview),
 * buckets are not reported for lacking the setting: that satellite may be theirs.
 */
export function checkEveryBucket(stack: StackView, ctx: RuleContext, check: BucketSettingCheck): void {
    const join = joinToBuckets(stack, check.childTypes);
    for (const bucket of join.parents) {
        if (check.exempt?.(bucket)) continue;
        const satellites = join.childrenOf(bucket.urn);
        if (satellites.length > 0) {
            const verdicts = satellites.map((satellite) => ({ satellite, problem: check.judgeSatellite(satellite, bucket) }));
            if (verdicts.some((v) => v.problem === undefined)) continue;
            for (const { satellite, problem } of verdicts) {
                if (problem) ctx.report({ urn: satellite.urn, ...problem });
            }
            continue;
        }
        const inline = check.judgeInline?.(bucket);
        if (inline === "ok" || join.hasUnknownReferences) continue;
        ctx.report({ urn: bucket.urn, ...(inline ?? check.missing(bucket)) });
    }
}

/** `value` in quotes when it looks like an enumeration value (safe to print), else `undefined`. */
export function enumText(value: unknown): string | undefined {
    return typeof value === "string" && /^[A-Za-z0-9:_-]{1,32}$/.test(value) ? `"${value}"` : undefined;
}
