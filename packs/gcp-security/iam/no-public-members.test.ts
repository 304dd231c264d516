import { checkCase, mockResource, secret, unknown, type RuleCase } from "../../../src/testing";
import rule from "./no-public-members";
import type {} from "../../../src/types/gcp/storage";
import type {} from "../../../src/types/gcp/kms";
import type {} from "../../../src/types/gcp/projects";
import type {} from "../../../src/types/gcp/bigquery";
import type {} from "../../../src/types/gcp/cloudrunv2";
import type {} from "../../../src/types/gcp/compute";

const policy = (bindings: unknown) => JSON.stringify({ bindings });

export const cases: RuleCase[] = [
    {
        name: "a bucket member granting allUsers",
        resources: mockResource("gcp:storage/bucketIAMMember:BucketIAMMember", { bucket: "b", role: "roles/storage.objectViewer", member: "allUsers" }, { name: "pub" }),
        expect: {
            violations: [
                {
                    messageId: "publicGrant",
                    data: { kind: "BucketIAMMember", name: "pub", role: "roles/storage.objectViewer", principal: "allUsers", audience: "anyone on the internet" },
                    propertyPath: "member",
                },
            ],
        },
    },
    {
        name: "a KMS key binding naming allAuthenticatedUsers among others",
        resources: mockResource("gcp:kms/cryptoKeyIAMBinding:CryptoKeyIAMBinding", {
            cryptoKeyId: "k",
            role: "roles/cloudkms.cryptoKeyDecrypter",
            members: ["group:ops@example.com", "allAuthenticatedUsers"],
        }),
        expect: {
            violations: [
                {
                    messageId: "publicGrant",
                    data: { kind: "CryptoKeyIAMBinding", name: "cryptoKeyIAMBinding", role: "roles/cloudkms.cryptoKeyDecrypter", principal: "allAuthenticatedUsers", audience: "anyone with a Google account" },
                    propertyPath: "members[1]",
                },
            ],
        },
    },
    {
        name: "a project policy with a public binding (the IAM spelling of the token differs)",
        resources: mockResource("gcp:projects/iAMPolicy:IAMPolicy", {
            project: "p",
            policyData: policy([
                { role: "roles/viewer", members: ["user:ana@example.com"] },
                { role: "roles/browser", members: ["allUsers"] },
            ]),
        }),
        expect: { violations: [{ messageId: "publicGrant", data: { kind: "IAMPolicy", name: "iAMPolicy", role: "roles/browser", principal: "allUsers", audience: "anyone on the internet" }, propertyPath: "policyData" }] },
    },
    {
        name: "a dataset IAM member (Iam spelling) with a near-miss spelling of allUsers",
        resources: mockResource("gcp:bigquery/datasetIamMember:DatasetIamMember", { datasetId: "d", role: "roles/bigquery.dataViewer", member: " allusers " }),
        expect: { violations: ["member"] },
    },
    {
        name: "the IAM v2 identifier of all users",
        resources: mockResource("gcp:compute/instanceIAMMember:InstanceIAMMember", { instanceName: "vm", role: "roles/compute.viewer", member: "principalSet://goog/public:all" }),
        expect: { violations: ["member"] },
    },
    {
        name: "a binding granting one group",
        resources: mockResource("gcp:storage/bucketIAMBinding:BucketIAMBinding", { bucket: "b", role: "roles/storage.objectViewer", members: ["group:analysts@example.com"] }),
        expect: "pass",
    },
    {
        name: "a policy without public principals",
        resources: mockResource("gcp:projects/iAMPolicy:IAMPolicy", { project: "p", policyData: policy([{ role: "roles/owner", members: ["group:admins@example.com"] }]) }),
        expect: "pass",
    },
    { name: "an empty policy grants nothing", resources: mockResource("gcp:storage/bucketIAMPolicy:BucketIAMPolicy", { bucket: "b", policyData: "{}" }), expect: "pass" },
    {
        name: "a member unknown during preview",
        resources: mockResource("gcp:storage/bucketIAMMember:BucketIAMMember", { bucket: "b", role: "roles/storage.objectViewer", member: unknown() }),
        expect: "skipped",
    },
    {
        name: "members unknown during preview",
        resources: mockResource("gcp:storage/bucketIAMBinding:BucketIAMBinding", { bucket: "b", role: "roles/storage.objectViewer", members: unknown("array") }),
        expect: "skipped",
    },
    {
        name: "one member unknown during preview",
        resources: mockResource("gcp:storage/bucketIAMBinding:BucketIAMBinding", { bucket: "b", role: "roles/storage.objectViewer", members: ["group:a@example.com", unknown()] }),
        expect: "skipped",
    },
    {
        name: "policy data unknown during preview",
        resources: mockResource("gcp:projects/iAMPolicy:IAMPolicy", { project: "p", policyData: unknown() }),
        expect: "skipped",
    },
    {
        name: "an unknown role does not matter for a private member",
        resources: mockResource("gcp:storage/bucketIAMMember:BucketIAMMember", { bucket: "b", role: unknown(), member: "user:ana@example.com" }),
        expect: "pass",
    },
    {
        name: "policy data that is not JSON is not a pass",
        resources: mockResource("gcp:projects/iAMPolicy:IAMPolicy", { project: "p", policyData: "bindings: [allUsers]" }, { name: "org" }),
        expect: { violations: [{ messageId: "unreadable", data: { kind: "IAMPolicy", name: "org", path: "policyData", problem: "is not valid JSON" }, propertyPath: "policyData" }] },
    },
    {
        name: "policy data that is a JSON list is not a pass",
        resources: mockResource("gcp:projects/iAMPolicy:IAMPolicy", { project: "p", policyData: "[]" }),
        expect: { violations: [{ messageId: "unreadable", propertyPath: "policyData" }] },
    },
    {
        name: "policy bindings with members that are not a list are not a pass",
        resources: mockResource("gcp:projects/iAMPolicy:IAMPolicy", { project: "p", policyData: JSON.stringify({ bindings: [{ role: "roles/viewer", members: "allUsers" }] }) }),
        expect: { violations: [{ messageId: "unreadable", propertyPath: "policyData" }] },
    },
    {
        name: "a member that is not a string is not a pass",
        resources: mockResource.untyped("gcp:storage/bucketIAMMember:BucketIAMMember", { bucket: "b", role: "roles/storage.objectViewer", member: 42 }),
        expect: { violations: [{ messageId: "unreadable", propertyPath: "member" }] },
    },
    {
        name: "a secret policy is judged in plain text",
        resources: mockResource("gcp:projects/iAMPolicy:IAMPolicy", { project: "p", policyData: secret(policy([{ role: "roles/viewer", members: ["allUsers"] }])) }),
        expect: { violations: ["policyData"] },
    },
    {
        name: "an unknown member does not hide a public grant elsewhere in the stack",
        resources: [
            mockResource("gcp:storage/bucketIAMMember:BucketIAMMember", { bucket: "b", role: "roles/storage.objectViewer", member: unknown() }, { name: "later" }),
            mockResource("gcp:storage/bucketIAMMember:BucketIAMMember", { bucket: "b", role: "roles/storage.objectAdmin", member: "allUsers" }, { name: "pub" }),
        ],
        expect: { violations: [{ messageId: "publicGrant", urn: "urn:pulumi:test::guardrails-test::gcp:storage/bucketIAMMember:BucketIAMMember::pub", propertyPath: "member" }] },
    },
    { name: "a stack without IAM resources", resources: mockResource("gcp:storage/bucket:Bucket", { location: "EU" }), expect: "not-judged" },
    {
        name: "a removal of a member is no grant",
        resources: mockResource("gcp:projects/iamMemberRemove:IamMemberRemove", { project: "p", role: "roles/viewer", member: "allUsers" }),
        expect: "not-judged",
    },
    {
        name: "with allowed roles, an unknown role of a public grant cannot be judged",
        resources: mockResource("gcp:cloudrunv2/serviceIamMember:ServiceIamMember", { name: "site", role: unknown(), member: "allUsers" }),
        options: { config: { "gcp-iam-no-public-members": { allowedPublicRoles: ["roles/run.invoker"] } } },
        expect: "skipped",
    },
    {
        name: "without allowed roles, an unknown role does not matter: the grant is public",
        resources: mockResource("gcp:cloudrunv2/serviceIamMember:ServiceIamMember", { name: "site", role: unknown(), member: "allUsers" }, { name: "svc" }),
        expect: { violations: [{ messageId: "publicGrant", data: { kind: "ServiceIamMember", name: "svc", role: "a role", principal: "allUsers", audience: "anyone on the internet" } }] },
    },
    {
        name: "a public Cloud Run invoker allowed by configuration",
        resources: mockResource("gcp:cloudrunv2/serviceIamMember:ServiceIamMember", { name: "site", role: "roles/run.invoker", member: "allUsers" }),
        options: { config: { "gcp-iam-no-public-members": { allowedPublicRoles: ["roles/run.invoker"] } } },
        expect: "pass",
    },
    {
        name: "an allowed public role does not cover other roles",
        resources: mockResource("gcp:cloudrunv2/serviceIamMember:ServiceIamMember", { name: "site", role: "roles/run.admin", member: "allUsers" }),
        options: { config: { "gcp-iam-no-public-members": { allowedPublicRoles: ["roles/run.invoker"] } } },
        expect: { violations: ["member"] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
