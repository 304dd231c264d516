import { defineRule, known, listOf, peek, propertyPath, recordOf, type StackResource, type StackView } from "../../../src";
import { checkEveryBucket, enumText, isLegacyBucket, S3_SATELLITES, type InlineVerdict, type SettingProblem } from "../lib/s3-buckets";
import type {} from "../../../src/types/aws/s3";

/**
 * True when some replication rule in `rules` has status "Enabled" (S3 ignores the others), or
 * when none does for certain but some status is unknown (preview): that one is noted, so the
 * bucket is not judged rather than passed.
 */
function hasEnabledRule(rules: unknown): boolean {
    let unknownStatus: (() => unknown) | undefined;
    for (const rule of listOf(rules)) {
        const read = () => recordOf(rule).status;
        const status = peek(read);
        if (!status.known) unknownStatus ??= read;
        else if (status.value === "Enabled") return true;
    }
    if (unknownStatus === undefined) return false;
    known(unknownStatus);
    return true;
}

/** What the bucket's own (deprecated) replication block says. */
function inlineReplication(bucket: StackResource): InlineVerdict {
    if (isLegacyBucket(bucket)) {
        const config = bucket.props.replicationConfiguration;
        if (config === undefined || config === null) return undefined;
        if (hasEnabledRule(recordOf(config).rules)) return "ok";
        return { messageId: "inlineNoEnabledRule", data: { name: bucket.name }, propertyPath: "replicationConfiguration.rules" };
    }
    const configs = listOf(bucket.props.replicationConfigurations);
    if (configs.length === 0) return undefined;
    if (configs.some((config) => hasEnabledRule(recordOf(config).rules))) return "ok";
    return { messageId: "inlineNoEnabledRule", data: { name: bucket.name }, propertyPath: "replicationConfigurations[0].rules" };
}

const S3_ARN_PREFIX = "arn:aws:s3:::";

/** A value read without noting it when unknown: undefined then. */
function peekValue(read: () => unknown): unknown {
    const value = peek(read);
    return value.known ? value.value : undefined;
}

/** A string read without noting it when unknown (a replica has another way to be told). */
function peekString(read: () => unknown): string | undefined {
    const value = peek(read);
    return value.known && typeof value.value === "string" ? value.value : undefined;
}

/**
 * The buckets of this stack that replication rules copy into: named by ARN in
 * `rules[].destination.bucket`, or (in preview, before the ARN is known) by the bucket the
 * `rules` property came from. A replica is the second copy; it need not replicate again.
 */
function replicaBuckets(stack: StackView): (bucket: StackResource) => boolean {
    const arns = new Set<string>();
    const urns = new Set<string>();
    for (const type of S3_SATELLITES.replication) {
        for (const config of stack.ofType(type)) {
            for (const rule of listOf(peekValue(() => config.props.rules))) {
                const arn = peekString(() => recordOf(recordOf(rule).destination).bucket);
                if (arn) arns.add(arn);
            }
            const source = new Set((config.propertyDependencies.bucket ?? []).map((r) => r.urn));
            for (const from of config.propertyDependencies.rules ?? []) if (!source.has(from.urn)) urns.add(from.urn);
        }
    }
    return (bucket) => {
        if (urns.has(bucket.urn)) return true;
        const arn = peekString(() => bucket.props.arn);
        const name = peekString(() => bucket.props.bucket);
        return (arn !== undefined && arns.has(arn)) || (name !== undefined && arns.has(S3_ARN_PREFIX + name));
    };
}

/**
 * Every bucket replicates its objects: an aws.s3.BucketReplicationConfig for it (or the
 * bucket's own, deprecated, replication block) with at least one rule whose status is "Enabled".
 */
export default defineRule({
    id: "s3-bucket-replication-enabled",
    title: "S3 buckets replicate their objects",
    description:
        "A bucket that exists in one Region only loses its data, or access to it, with that Region or with the one account that owns it. Replication keeps a copy elsewhere, for disaster recovery, for ransomware resilience when the copy sits in another account, and for data residency rules that demand a second copy. A bucket that a replication rule of the same stack copies into is the copy, and is not judged.",
    severity: "low",
    service: "s3",
    frameworks: {
        "nist-800-53-r5": ["CP-6", "CP-9"],
    },
    tags: ["resilience", "data"],
    remediation:
        'Enable versioning on the bucket and its destination, then add an aws.s3.BucketReplicationConfig: `{ bucket: bucket.id, role: replicationRole.arn, rules: [{ id: "all", status: "Enabled", filter: {}, deleteMarkerReplication: { status: "Enabled" }, destination: { bucket: replica.arn, storageClass: "STANDARD_IA" } }] }`.',
    defaultLevel: "advisory",
    messages: {
        noEnabledRule: 'Replication configuration `{{name}}` has no rule with status "Enabled" (rules[{{index}}].status is {{status}}), so nothing is replicated.',
        noRules: "Replication configuration `{{name}}` has no rules, so nothing is replicated.",
        inlineNoEnabledRule: 'Bucket `{{name}}` has a replication block with no rule whose status is "Enabled", so nothing is replicated.',
        missing: "Bucket `{{name}}` has no replication configuration, so its objects exist in one place only.",
    },
    examples: {
        violating: [{ description: "a bucket on its own", resources: [{ type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "acme-data" } }] }],
        compliant: [
            {
                description: "a bucket replicated to another Region",
                resources: [
                    { type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "acme-data" } },
                    {
                        type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
                        name: "data-replication",
                        props: {
                            bucket: "acme-data",
                            role: "arn:aws:iam::111122223333:role/s3-replication",
                            rules: [{ id: "all", status: "Enabled", filter: {}, deleteMarkerReplication: { status: "Enabled" }, destination: { bucket: "arn:aws:s3:::acme-data-replica" } }],
                        },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        checkEveryBucket(stack, ctx, {
            childTypes: S3_SATELLITES.replication,
            exempt: replicaBuckets(stack),
            judgeSatellite: (config): SettingProblem | undefined => {
                const rules = listOf(config.props.rules);
                if (rules.length === 0) return { messageId: "noRules", data: { name: config.name }, propertyPath: "rules" };
                if (hasEnabledRule(rules)) return undefined;
                const status = recordOf(rules[0]).status;
                return {
                    messageId: "noEnabledRule",
                    data: { name: config.name, index: 0, status: enumText(status) ?? "not set" },
                    propertyPath: propertyPath("rules", 0, "status"),
                    fix: 'Set rules[].status to "Enabled".',
                };
            },
            judgeInline: inlineReplication,
            missing: (bucket) => ({ messageId: "missing", data: { name: bucket.name } }),
        });
    },
});
