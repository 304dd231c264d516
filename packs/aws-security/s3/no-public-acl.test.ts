import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./no-public-acl";

const ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";

export const cases: RuleCase[] = [
    {
        name: "bucket with public-read",
        resources: mockResource("aws:s3/bucket:Bucket", { acl: "public-read" }, { name: "site" }),
        expect: { violations: [{ messageId: "cannedAcl", data: { kind: "Bucket", name: "site", acl: "public-read" }, propertyPath: "acl" }] },
    },
    {
        name: "BucketAcl public-read-write",
        resources: mockResource("aws:s3/bucketAcl:BucketAcl", { bucket: "b", acl: "public-read-write" }),
        expect: { violations: [{ messageId: "cannedAcl", propertyPath: "acl" }] },
    },
    {
        name: "BucketAcl grant to AllUsers",
        resources: mockResource("aws:s3/bucketAcl:BucketAcl", {
            bucket: "b",
            accessControlPolicy: { owner: { id: "o" }, grants: [{ grantee: { type: "Group", uri: ALL_USERS }, permission: "READ" }] },
        }),
        expect: { violations: [{ messageId: "publicGrant", propertyPath: "accessControlPolicy.grants[0].grantee.uri" }] },
    },
    {
        name: "bucket grants to AuthenticatedUsers",
        resources: mockResource("aws:s3/bucket:Bucket", {
            grants: [{ type: "Group", uri: "http://acs.amazonaws.com/groups/global/AuthenticatedUsers", permissions: ["READ"] }],
        }),
        expect: {
            violations: [{ messageId: "publicGrant", data: { kind: "Bucket", name: "bucket", group: "every AWS account (AuthenticatedUsers)" }, propertyPath: "grants[0].uri" }],
        },
    },
    { name: "private bucket", resources: mockResource("aws:s3/bucket:Bucket", { acl: "private" }), expect: "pass" },
    { name: "bucket without ACL", resources: mockResource("aws:s3/bucket:Bucket", {}), expect: "pass" },
    { name: "ACL unknown during preview", resources: mockResource("aws:s3/bucketAcl:BucketAcl", { bucket: "b", acl: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
