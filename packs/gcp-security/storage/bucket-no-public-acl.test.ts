import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./bucket-no-public-acl";
import type {} from "../../../src/types/gcp/storage";

export const cases: RuleCase[] = [
    {
        name: "a default object access control for allUsers",
        resources: mockResource("gcp:storage/defaultObjectAccessControl:DefaultObjectAccessControl", { bucket: "b", entity: "allUsers", role: "READER" }, { name: "pub" }),
        expect: {
            violations: [
                { messageId: "publicEntity", data: { subject: "Default object access control", name: "pub", entity: "allUsers", audience: "anyone on the internet" }, propertyPath: "entity" },
            ],
        },
    },
    {
        name: "a bucket access control for allAuthenticatedUsers, oddly spelled",
        resources: mockResource("gcp:storage/bucketAccessControl:BucketAccessControl", { bucket: "b", entity: "AllAuthenticatedUsers", role: "WRITER" }),
        expect: { violations: [{ messageId: "publicEntity", data: { subject: "Bucket access control", name: "bucketAccessControl", entity: "allAuthenticatedUsers", audience: "anyone with a Google account" } }] },
    },
    {
        name: "an object access control for allUsers",
        resources: mockResource("gcp:storage/objectAccessControl:ObjectAccessControl", { bucket: "b", object: "o", entity: "allUsers", role: "READER" }),
        expect: { violations: ["entity"] },
    },
    {
        name: "a bucket ACL listing allUsers among its role entities",
        resources: mockResource("gcp:storage/bucketACL:BucketACL", { bucket: "b", roleEntities: ["OWNER:project-owners-1", "READER:allUsers"] }),
        expect: { violations: [{ messageId: "publicEntity", propertyPath: "roleEntities[1]" }] },
    },
    {
        name: "a default object ACL for allAuthenticatedUsers",
        resources: mockResource("gcp:storage/defaultObjectACL:DefaultObjectACL", { bucket: "b", roleEntities: ["READER:allAuthenticatedUsers"] }),
        expect: { violations: ["roleEntities[0]"] },
    },
    {
        name: "a canned public-read bucket ACL",
        resources: mockResource("gcp:storage/bucketACL:BucketACL", { bucket: "b", predefinedAcl: "publicRead" }, { name: "site" }),
        expect: { violations: [{ messageId: "publicCanned", data: { subject: "Bucket ACL", name: "site", acl: "publicRead", audience: "anyone on the internet" }, propertyPath: "predefinedAcl" }] },
    },
    {
        name: "a canned default object ACL on a bucket ACL, in the XML spelling",
        resources: mockResource("gcp:storage/bucketACL:BucketACL", { bucket: "b", predefinedAcl: "private", defaultAcl: "authenticated-read" }),
        expect: { violations: [{ messageId: "publicCanned", data: { subject: "Bucket ACL", name: "bucketACL", acl: "authenticatedRead", audience: "anyone with a Google account" }, propertyPath: "defaultAcl" }] },
    },
    {
        name: "a canned public object ACL",
        resources: mockResource("gcp:storage/objectACL:ObjectACL", { bucket: "b", object: "o", predefinedAcl: "publicRead" }),
        expect: { violations: ["predefinedAcl"] },
    },
    { name: "a private bucket ACL", resources: mockResource("gcp:storage/bucketACL:BucketACL", { bucket: "b", roleEntities: ["OWNER:project-owners-1", "READER:group-web@example.com"] }), expect: "pass" },
    { name: "a project-private canned ACL", resources: mockResource("gcp:storage/objectACL:ObjectACL", { bucket: "b", object: "o", predefinedAcl: "projectPrivate" }), expect: "pass" },
    { name: "an access control for a user", resources: mockResource("gcp:storage/bucketAccessControl:BucketAccessControl", { bucket: "b", entity: "user-ana@example.com", role: "READER" }), expect: "pass" },
    {
        name: "an entity unknown during preview",
        resources: mockResource("gcp:storage/objectAccessControl:ObjectAccessControl", { bucket: "b", object: "o", entity: unknown(), role: "READER" }),
        expect: "skipped",
    },
    { name: "role entities unknown during preview", resources: mockResource("gcp:storage/bucketACL:BucketACL", { bucket: "b", roleEntities: unknown("array") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
