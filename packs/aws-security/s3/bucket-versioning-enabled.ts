import { defineRule, listOf, recordOf, type StackResource } from "../../../src";
import { checkEveryBucket, enumText, isLegacyBucket, S3_SATELLITES, type InlineVerdict } from "../lib/s3-buckets";
import type {} from "../../../src/types/aws/s3";

/** What the bucket's own (deprecated) versioning block says. */
function inlineVersioning(bucket: StackResource): InlineVerdict {
    if (isLegacyBucket(bucket)) {
        const versioning = bucket.props.versioning;
        if (versioning === undefined || versioning === null) return undefined;
        if (recordOf(versioning).enabled === true) return "ok";
        return { message: `Bucket \`${bucket.name}\` has versioning switched off.`, propertyPath: "versioning.enabled" };
    }
    const versionings = listOf(bucket.props.versionings);
    if (versionings.length === 0) return undefined;
    if (versionings.some((v) => recordOf(v).enabled === true)) return "ok";
    return { message: `Bucket \`${bucket.name}\` has versioning switched off.`, propertyPath: "versionings[0].enabled" };
}

/** Every bucket has versioning enabled: a BucketVersioning (or V2 alias) with status "Enabled". */
export default defineRule({
    id: "s3-bucket-versioning-enabled",
    title: "S3 buckets have versioning enabled",
    description:
        "Without versioning, an overwrite or delete, whether by mistake, by a faulty deploy or by ransomware, destroys the only copy of an object. Versioning keeps prior versions so they can be restored.",
    severity: "low",
    service: "s3",
    frameworks: {
        "nist-800-53-r5": ["CP-6", "CP-9", "CP-10", "SI-12"],
    },
    tags: ["resilience", "data"],
    remediation:
        'Add an aws.s3.BucketVersioning for the bucket: `{ bucket: bucket.id, versioningConfiguration: { status: "Enabled" } }`, with a lifecycle rule that expires noncurrent versions to bound storage costs.',
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
                description: "a bucket with versioning enabled",
                resources: [
                    { type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "acme-data" } },
                    {
                        type: "aws:s3/bucketVersioning:BucketVersioning",
                        name: "data-versioning",
                        props: { bucket: "acme-data", versioningConfiguration: { status: "Enabled" } },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        checkEveryBucket(stack, ctx, {
            childTypes: S3_SATELLITES.versioning,
            judgeSatellite: (versioning) => {
                const status = recordOf(versioning.props.versioningConfiguration).status;
                if (status === "Enabled") return undefined;
                return {
                    message: `Bucket versioning \`${versioning.name}\` sets status ${enumText(status) ?? "to a value other than \"Enabled\""}, so versioning is not on.`,
                    propertyPath: "versioningConfiguration.status",
                    fix: 'Set versioningConfiguration.status to "Enabled".',
                };
            },
            judgeInline: inlineVersioning,
            missing: (bucket) => ({ message: `Bucket \`${bucket.name}\` has no versioning configuration, so versioning is off.` }),
        });
    },
});
