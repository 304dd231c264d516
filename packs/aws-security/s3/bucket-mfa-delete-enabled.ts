import { defineRule, listOf, recordOf, type StackResource } from "../../../src";
import { checkEveryBucket, enumText, isLegacyBucket, S3_SATELLITES, type InlineVerdict } from "../lib/s3-buckets";
import type {} from "../../../src/types/aws/s3";

/** What the bucket's own (deprecated) versioning block says about MFA delete. */
function inlineMfaDelete(bucket: StackResource): InlineVerdict {
    if (isLegacyBucket(bucket)) {
        const versioning = bucket.props.versioning;
        if (versioning === undefined || versioning === null) return undefined;
        if (recordOf(versioning).mfaDelete === true) return "ok";
        return { messageId: "inlineOff", data: { name: bucket.name }, propertyPath: "versioning.mfaDelete" };
    }
    const versionings = listOf(bucket.props.versionings);
    if (versionings.length === 0) return undefined;
    if (versionings.some((v) => recordOf(v).mfaDelete === true)) return "ok";
    return { messageId: "inlineOff", data: { name: bucket.name }, propertyPath: "versionings[0].mfaDelete" };
}

/** Every bucket has MFA delete on: a BucketVersioning (or V2 alias) with `mfaDelete: "Enabled"`. */
export default defineRule({
    id: "s3-bucket-mfa-delete-enabled",
    title: "S3 buckets require MFA to delete object versions",
    description:
        "With MFA delete, permanently deleting an object version or switching versioning off needs the root user's MFA code as well as credentials, so stolen keys alone cannot wipe a bucket's history. It is off unless set, and only the root user can turn it on.",
    severity: "low",
    service: "s3",
    frameworks: {
        "cis-aws-3.0": ["2.1.2"],
    },
    tags: ["resilience", "data"],
    remediation:
        'Turn MFA delete on as the root user (the API call needs its MFA device: `aws s3api put-bucket-versioning --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<serial> <code>"`), then declare it in the aws.s3.BucketVersioning: `versioningConfiguration: { status: "Enabled", mfaDelete: "Enabled" }` with `mfa` set.',
    defaultLevel: "advisory",
    messages: {
        satelliteOff: "Bucket versioning `{{name}}` {{state}}, so object versions can be deleted without MFA.",
        inlineOff: "Bucket `{{name}}` has a versioning block without MFA delete.",
        missing: "Bucket `{{name}}` has no versioning configuration, so MFA delete is off.",
    },
    examples: {
        violating: [
            {
                description: "versioning without MFA delete",
                resources: [
                    { type: "aws:s3/bucket:Bucket", name: "audit", props: { bucket: "acme-audit" } },
                    { type: "aws:s3/bucketVersioning:BucketVersioning", name: "audit-versioning", props: { bucket: "acme-audit", versioningConfiguration: { status: "Enabled" } } },
                ],
            },
        ],
        compliant: [
            {
                description: "versioning with MFA delete",
                resources: [
                    { type: "aws:s3/bucket:Bucket", name: "audit", props: { bucket: "acme-audit" } },
                    {
                        type: "aws:s3/bucketVersioning:BucketVersioning",
                        name: "audit-versioning",
                        props: { bucket: "acme-audit", versioningConfiguration: { status: "Enabled", mfaDelete: "Enabled" } },
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
                const mfaDelete = recordOf(versioning.props.versioningConfiguration).mfaDelete;
                if (mfaDelete === "Enabled") return undefined;
                return {
                    messageId: "satelliteOff",
                    data: {
                        name: versioning.name,
                        state: mfaDelete === undefined || mfaDelete === null ? "does not set mfaDelete (off by default)" : `sets mfaDelete to ${enumText(mfaDelete) ?? 'a value other than "Enabled"'}`,
                    },
                    propertyPath: "versioningConfiguration.mfaDelete",
                    fix: 'Set versioningConfiguration.mfaDelete to "Enabled" (after enabling it as the root user with MFA).',
                };
            },
            judgeInline: inlineMfaDelete,
            missing: (bucket) => ({ messageId: "missing", data: { name: bucket.name } }),
        });
    },
});
