import { requireSetting } from "../../shared/flag-rule";
import type {} from "../../../src/types/gcp/storage";

// The provider's default is "inherited": the bucket is protected only where an organization
// policy (storage.publicAccessPrevention) says so, which a stack cannot see, so only "enforced"
// on the bucket itself passes.
export default requireSetting({
    id: "gcp-storage-bucket-public-access-prevention",
    title: "Cloud Storage buckets enforce public access prevention",
    description:
        "Public access prevention makes Cloud Storage refuse any IAM grant or ACL that would let allUsers or allAuthenticatedUsers read or write the bucket, whoever adds it later and however. Without it, a single mistaken grant publishes the data. The default, \"inherited\", protects the bucket only where an organization policy enforces prevention.",
    severity: "high",
    service: "storage",
    frameworks: {
        "cis-gcp-5.0": ["5.1"],
        "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    },
    tags: ["exposure", "data"],
    remediation:
        'Set `publicAccessPrevention: "enforced"` on the gcp.storage.Bucket (or enforce the storage.publicAccessPrevention organization policy and accept this finding through an exemption).',
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "a bucket left to the default", resources: [{ type: "gcp:storage/bucket:Bucket", name: "exports", props: { location: "US" } }] }],
        compliant: [
            { description: "a bucket that refuses public grants", resources: [{ type: "gcp:storage/bucket:Bucket", name: "exports", props: { location: "US", publicAccessPrevention: "enforced" } }] },
        ],
    },
    resourceType: "gcp:storage/bucket:Bucket",
    path: ["publicAccessPrevention"],
    expected: "enforced",
    message: (ctx, value) =>
        `Bucket \`${ctx.name}\` can be made public: publicAccessPrevention is ${
            value === undefined || value === null ? 'not set, and defaults to "inherited"' : typeof value === "string" && /^[A-Za-z_]{1,20}$/.test(value) ? `"${value}"` : "not \"enforced\""
        }.`,
});
