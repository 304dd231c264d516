import { defineRule, recordOf } from "../../../src";
import { checkEveryBucket, enumText, S3_SATELLITES } from "../lib/s3-buckets";
import type {} from "../../../src/types/aws/s3";

/** Every bucket has ownership controls set to "BucketOwnerEnforced", which disables ACLs. */
export default defineRule({
    id: "s3-bucket-object-ownership-enforced",
    title: "S3 buckets disable ACLs (BucketOwnerEnforced)",
    description:
        'While ACLs are enabled, objects can carry grants that bypass the bucket policy, and objects written by other accounts stay theirs. Object ownership "BucketOwnerEnforced" turns ACLs off, so access is decided by policies alone; declaring it also pins the setting for buckets created before AWS made it the default.',
    severity: "medium",
    service: "s3",
    frameworks: {
        "aws-fsbp": ["S3.12"],
        "nist-800-53-r5": ["AC-3", "AC-6"],
    },
    tags: ["least-privilege", "data"],
    remediation:
        'Add an aws.s3.BucketOwnershipControls for the bucket: `{ bucket: bucket.id, rule: { objectOwnership: "BucketOwnerEnforced" } }`, after moving any access still granted by ACLs into the bucket policy.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "object writers keep ownership, so ACLs stay on",
                resources: [
                    { type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "acme-data" } },
                    {
                        type: "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
                        name: "data-ownership",
                        props: { bucket: "acme-data", rule: { objectOwnership: "ObjectWriter" } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "ACLs disabled",
                resources: [
                    { type: "aws:s3/bucket:Bucket", name: "data", props: { bucket: "acme-data" } },
                    {
                        type: "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
                        name: "data-ownership",
                        props: { bucket: "acme-data", rule: { objectOwnership: "BucketOwnerEnforced" } },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        checkEveryBucket(stack, ctx, {
            childTypes: S3_SATELLITES.ownership,
            judgeSatellite: (controls) => {
                const ownership = recordOf(controls.props.rule).objectOwnership;
                if (ownership === "BucketOwnerEnforced") return undefined;
                return {
                    message: `Ownership controls \`${controls.name}\` set object ownership to ${enumText(ownership) ?? "a value other than \"BucketOwnerEnforced\""}, so ACLs stay enabled.`,
                    propertyPath: "rule.objectOwnership",
                    fix: 'Set rule.objectOwnership to "BucketOwnerEnforced".',
                };
            },
            missing: (bucket) => ({ message: `Bucket \`${bucket.name}\` has no ownership controls declaring ACLs disabled (BucketOwnerEnforced).` }),
        });
    },
});
