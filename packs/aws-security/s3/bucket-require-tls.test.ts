import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./bucket-require-tls";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const DENY_HTTP = {
    Sid: "DenyInsecureTransport",
    Effect: "Deny",
    Principal: "*",
    Action: "s3:*",
    Resource: ["arn:aws:s3:::data", "arn:aws:s3:::data/*"],
    Condition: { Bool: { "aws:SecureTransport": "false" } },
};
const READ = { Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:role/app" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::data/*" };

const bucket = (name: string, props: MockProps<"aws:s3/bucket:Bucket"> = { bucket: name }) => mockResource("aws:s3/bucket:Bucket", props, { name });
const policy = (name: string, props: object, dependsOn?: string) =>
    mockResource("aws:s3/bucketPolicy:BucketPolicy", props, { name, propertyDependencies: dependsOn ? { bucket: [dependsOn] } : undefined });

const data = bucket("data");

export const cases: RuleCase[] = [
    {
        name: "bucket without any policy",
        resources: [data],
        expect: { violations: [{ urn: data.urn, messageIncludes: "no bucket policy" }] },
    },
    {
        name: "bucket policy without the TLS statement is reported on the policy",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc(READ) })],
        expect: { violations: [{ propertyPath: "policy", messageIncludes: "Bucket policy `data-policy`" }] },
    },
    {
        name: "a deny for only some actions does not count",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Action: ["s3:GetObject"] }) })],
        expect: { violations: ["policy"] },
    },
    {
        name: "a deny limited to one principal does not count",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Principal: { AWS: "arn:aws:iam::111122223333:root" } }) })],
        expect: { violations: ["policy"] },
    },
    {
        name: "bucket policy denying plain HTTP, joined by name",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc(READ, DENY_HTTP) })],
        expect: "pass",
    },
    {
        name: "policy as an object, boolean false, Principal AWS *, Action *",
        resources: [
            data,
            policy("data-policy", {
                bucket: "data",
                policy: { Version: "2012-10-17", Statement: [{ ...DENY_HTTP, Principal: { AWS: "*" }, Action: "*", Condition: { Bool: { "aws:SecureTransport": false } } }] },
            }),
        ],
        expect: "pass",
    },
    {
        name: "joined through the property dependency while the bucket name is unknown (preview)",
        resources: [bucket("data", {}), policy("data-policy", { bucket: unknown(), policy: doc(DENY_HTTP) }, data.urn)],
        expect: "pass",
    },
    {
        name: "joined through the property dependency, wrong policy reported on it",
        resources: [bucket("data", {}), policy("data-policy", { bucket: unknown(), policy: doc(READ) }, data.urn)],
        expect: { violations: [{ propertyPath: "policy" }] },
    },
    {
        name: "a policy whose bucket cannot be told (unknown, no dependency): not judged",
        resources: [data, policy("mystery-policy", { bucket: unknown(), policy: doc(DENY_HTTP) })],
        expect: "skipped",
    },
    {
        name: "the bucket's own policy input denying plain HTTP",
        resources: [bucket("data", { bucket: "data", policy: doc(DENY_HTTP) })],
        expect: "pass",
    },
    {
        name: "the bucket's own policy input without it",
        resources: [bucket("data", { bucket: "data", policy: doc(READ) })],
        expect: { violations: [{ urn: data.urn, propertyPath: "policy" }] },
    },
    {
        name: "BucketV2 is checked too",
        resources: [mockResource("aws:s3/bucketV2:BucketV2", { bucket: "v2" }, { name: "v2" })],
        expect: { violations: [{ messageIncludes: "Bucket `v2`" }] },
    },
    {
        name: "policy document unknown during preview",
        resources: [data, policy("data-policy", { bucket: "data", policy: unknown() })],
        expect: "skipped",
    },
    { name: "no buckets, nothing to check", resources: [mockResource("aws:kms/key:Key", {})], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
