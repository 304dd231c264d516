import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/gcp/storage";

// Cloud Storage creates a bucket with fine-grained (ACL) access unless uniform bucket-level access
// is asked for (or an organization policy enforces it), so an absent setting is a violation.
export default requireSetting({
    id: "gcp-storage-bucket-uniform-access",
    title: "Cloud Storage buckets use uniform bucket-level access",
    description:
        "With fine-grained access, every object can carry its own ACL, beside the bucket's IAM policy: one object made public by an ACL is easy to miss, and reviewing who can read a bucket means reading every object. Uniform bucket-level access switches ACLs off, so the bucket's IAM policy alone decides.",
    severity: "medium",
    service: "storage",
    frameworks: {
        "cis-gcp-5.0": ["5.2"],
        "nist-800-53-r5": ["AC-3", "AC-6"],
    },
    tags: ["access-control", "data"],
    remediation:
        "Set `uniformBucketLevelAccess: true` on the gcp.storage.Bucket, after granting through IAM (gcp.storage.BucketIAMMember) whatever the ACLs granted.",
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "a bucket with object ACLs", resources: [{ type: "gcp:storage/bucket:Bucket", name: "reports", props: { location: "EU" } }] }],
        compliant: [{ description: "a bucket governed by IAM alone", resources: [{ type: "gcp:storage/bucket:Bucket", name: "reports", props: { location: "EU", uniformBucketLevelAccess: true } }] }],
    },
    resourceType: "gcp:storage/bucket:Bucket",
    path: ["uniformBucketLevelAccess"],
    expected: true,
    message: (ctx, value) =>
        `Bucket \`${ctx.name}\` accepts object ACLs: uniformBucketLevelAccess is ${value === undefined || value === null ? "not set, and defaults to false" : `set to ${JSON.stringify(value)}`}.`,
});
