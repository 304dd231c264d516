import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./no-public-acl";

const ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";

const cases: RuleCase[] = [
    { name: "bucket with public-read", resources: mockResource("aws:s3/bucket:Bucket", { acl: "public-read" }), expect: { violations: ["acl"] } },
    {
        name: "BucketAcl public-read-write",
        resources: mockResource("aws:s3/bucketAcl:BucketAcl", { bucket: "b", acl: "public-read-write" }),
        expect: { violations: ["acl"] },
    },
    {
        name: "BucketAcl grant to AllUsers",
        resources: mockResource("aws:s3/bucketAcl:BucketAcl", {
            bucket: "b",
            accessControlPolicy: { owner: { id: "o" }, grants: [{ grantee: { type: "Group", uri: ALL_USERS }, permission: "READ" }] },
        }),
        expect: { violations: ["accessControlPolicy.grants[0].grantee.uri"] },
    },
    {
        name: "bucket grants to AuthenticatedUsers",
        resources: mockResource("aws:s3/bucket:Bucket", {
            grants: [{ type: "Group", uri: "http://acs.amazonaws.com/groups/global/AuthenticatedUsers", permissions: ["READ"] }],
        }),
        expect: { violations: [{ propertyPath: "grants[0].uri", messageIncludes: "every AWS account" }] },
    },
    { name: "private bucket", resources: mockResource("aws:s3/bucket:Bucket", { acl: "private" }), expect: "pass" },
    { name: "bucket without ACL", resources: mockResource("aws:s3/bucket:Bucket", {}), expect: "pass" },
    { name: "ACL unknown during preview", resources: mockResource("aws:s3/bucketAcl:BucketAcl", { bucket: "b", acl: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
