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
    {
        name: "a TLS deny for another bucket does not cover this one",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Resource: ["arn:aws:s3:::other", "arn:aws:s3:::other/*"] }) })],
        expect: { violations: [{ messageId: "partial", data: { kind: "Bucket policy", name: "data-policy", covered: "other resources", missing: "this bucket or its objects" }, propertyPath: "policy" }] },
    },
    {
        name: "a TLS deny for the objects only leaves the bucket ARN open",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Resource: "arn:aws:s3:::data/*" }) })],
        expect: { violations: [{ messageId: "partial", data: { kind: "Bucket policy", name: "data-policy", covered: "its objects", missing: "the bucket itself (arn:aws:s3:::<bucket>)" }, propertyPath: "policy" }] },
    },
    {
        name: "a TLS deny for the bucket ARN only leaves the objects open",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Resource: "arn:aws:s3:::data" }) })],
        expect: { violations: [{ messageId: "partial", data: { kind: "Bucket policy", name: "data-policy", covered: "the bucket itself", missing: "its objects (arn:aws:s3:::<bucket>/*)" } }] },
    },
    {
        name: "a TLS deny for one prefix of the objects does not cover them all",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Resource: ["arn:aws:s3:::data", "arn:aws:s3:::data/uploads/*"] }) })],
        expect: { violations: [{ messageId: "partial", data: { kind: "Bucket policy", name: "data-policy", covered: "the bucket itself", missing: "its objects (arn:aws:s3:::<bucket>/*)" } }] },
    },
    {
        name: "bucket and objects covered by two statements together",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Resource: "arn:aws:s3:::data" }, { ...DENY_HTTP, Sid: "Objects", Resource: "arn:aws:s3:::data/*" }) })],
        expect: "pass",
    },
    { name: 'Resource "*" covers the bucket and its objects', resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Resource: "*" }) })], expect: "pass" },
    { name: "a wildcard bucket ARN covers both", resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Resource: "arn:aws:s3:::data*" }) })], expect: "pass" },
    {
        name: "NotResource that leaves the bucket in covers it",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Resource: undefined, NotResource: "arn:aws:s3:::other/*" }) })],
        expect: "pass",
    },
    {
        name: "NotResource that excludes the objects leaves them open",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Resource: undefined, NotResource: "arn:aws:s3:::data/*" }) })],
        expect: { violations: [{ messageId: "partial", data: { kind: "Bucket policy", name: "data-policy", covered: "the bucket itself", missing: "its objects (arn:aws:s3:::<bucket>/*)" } }] },
    },
    {
        name: "an Allow with aws:SecureTransport true denies nothing",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Condition: { Bool: { "aws:SecureTransport": "true" } } }) })],
        expect: { violations: [{ messageId: "noDeny", data: { kind: "Bucket policy", name: "data-policy" }, propertyPath: "policy" }] },
    },
    {
        name: "a deny when aws:SecureTransport is true is the wrong way round",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Condition: { Bool: { "aws:SecureTransport": "true" } } }) })],
        expect: { violations: [{ messageId: "noDeny" }] },
    },
    { name: "BoolIfExists counts: a request without the key is not TLS either", resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Condition: { BoolIfExists: { "aws:SecureTransport": "false" } } }) })], expect: "pass" },
    {
        name: "a second condition narrows the deny (only HTTP requests from one VPC)",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Condition: { Bool: { "aws:SecureTransport": "false" }, StringEquals: { "aws:SourceVpc": "vpc-1" } } }) })],
        expect: { violations: [{ messageId: "noDeny" }] },
    },
    {
        name: "a TLS-version deny alone does not refuse plain HTTP (no TLS version to compare)",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Condition: { NumericLessThan: { "s3:TlsVersion": "1.2" } } }) })],
        expect: { violations: [{ messageId: "noDeny" }] },
    },
    {
        name: "a TLS-version deny beside the SecureTransport deny is fine",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc(DENY_HTTP, { ...DENY_HTTP, Sid: "MinTls", Condition: { NumericLessThan: { "s3:TlsVersion": "1.2" } } }) })],
        expect: "pass",
    },
    {
        name: "a deny of everything but some actions (NotAction) does not cover them",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Action: undefined, NotAction: "s3:GetObject" }) })],
        expect: { violations: [{ messageId: "noDeny" }] },
    },
    { name: "action case does not matter (S3:*)", resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Action: "S3:*" }) })], expect: "pass" },
    {
        name: "a China-partition ARN covers the bucket",
        resources: [data, policy("data-policy", { bucket: "data", policy: doc({ ...DENY_HTTP, Resource: ["arn:aws-cn:s3:::data", "arn:aws-cn:s3:::data/*"] }) })],
        expect: "pass",
    },
    {
        name: "bucket name unknown (preview), policy resources unknown too: not judged",
        resources: [
            bucket("data", { bucket: unknown() }),
            policy("data-policy", { bucket: unknown(), policy: { Version: "2012-10-17", Statement: [{ ...DENY_HTTP, Resource: [unknown(), unknown()] }] } }, data.urn),
        ],
        expect: "skipped",
    },
    {
        name: "bucket name unknown (preview), policy names some bucket literally: not judged",
        resources: [bucket("data", { bucket: unknown() }), policy("data-policy", { bucket: unknown(), policy: doc(DENY_HTTP) }, data.urn)],
        expect: "skipped",
    },
    {
        name: 'bucket name unknown (preview), policy covers every bucket ("*"): judged',
        resources: [bucket("data", { bucket: unknown() }), policy("data-policy", { bucket: unknown(), policy: doc({ ...DENY_HTTP, Resource: "*" }) }, data.urn)],
        expect: "pass",
    },
    {
        name: "policy document unknown, joined by dependency: not judged",
        resources: [bucket("data", {}), policy("data-policy", { bucket: unknown(), policy: unknown() }, data.urn)],
        expect: "skipped",
    },
    {
        name: "the bucket's own policy input covering only another bucket",
        resources: [bucket("data", { bucket: "data", policy: doc({ ...DENY_HTTP, Resource: "arn:aws:s3:::other/*" }) })],
        expect: { violations: [{ urn: data.urn, messageId: "partial", data: { kind: "Bucket", name: "data", covered: "other resources", missing: "this bucket or its objects" } }] },
    },
    { name: "the bucket's own policy input unknown: not judged", resources: [bucket("data", { bucket: "data", policy: unknown() })], expect: "skipped" },
    {
        name: "unreadable policy text has no deny",
        resources: [data, policy("data-policy", { bucket: "data", policy: "{not json" })],
        expect: { violations: [{ messageId: "noDeny", propertyPath: "policy" }] },
    },
    { name: "no buckets, nothing to check", resources: [mockResource("aws:kms/key:Key", {})], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
