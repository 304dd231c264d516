import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./bucket-public-access-block";

const ALL_ON = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };
const bucket = (name: string, props: MockProps<"aws:s3/bucket:Bucket"> = { bucket: name }) => mockResource("aws:s3/bucket:Bucket", props, { name });
const block = (name: string, props: object, dependsOn?: string) =>
    mockResource("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", props, {
        name,
        propertyDependencies: dependsOn ? { bucket: [dependsOn] } : undefined,
    });

const assets = bucket("assets");
const logs = bucket("logs");

export const cases: RuleCase[] = [
    { name: "bucket without a block", resources: [assets], expect: { violations: [{ urn: assets.urn, messageIncludes: "no public access block" }] } },
    { name: "bucket with a full block, joined by name", resources: [assets, block("assets-pab", { bucket: "assets", ...ALL_ON })], expect: "pass" },
    {
        name: "block joined through the property dependency while the bucket id is unknown (preview)",
        resources: [bucket("assets", {}), block("assets-pab", { bucket: unknown(), ...ALL_ON }, assets.urn)],
        expect: "pass",
    },
    {
        name: "block with a setting off is reported on the block",
        resources: [assets, block("assets-pab", { bucket: "assets", ...ALL_ON, restrictPublicBuckets: false })],
        expect: { violations: [{ propertyPath: "restrictPublicBuckets", messageIncludes: "restrictPublicBuckets" }] },
    },
    {
        name: "one bucket covered, one not",
        resources: [assets, logs, block("assets-pab", { bucket: "assets", ...ALL_ON })],
        expect: { violations: [{ urn: logs.urn }] },
    },
    {
        name: "the account-level block covers every bucket",
        resources: [assets, logs, mockResource("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", ALL_ON)],
        expect: "pass",
    },
    {
        name: "a partial account-level block does not",
        resources: [assets, mockResource("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", { ...ALL_ON, blockPublicPolicy: false })],
        expect: { violations: [{ urn: assets.urn }] },
    },
    {
        name: "a block whose bucket cannot be told (unknown, no dependency): not judged",
        resources: [assets, block("mystery-pab", { bucket: unknown(), ...ALL_ON })],
        expect: "skipped",
    },
    {
        name: "a block for a bucket outside the stack does not cover ours",
        resources: [assets, block("other-pab", { bucket: "someone-elses-bucket", ...ALL_ON })],
        expect: { violations: [{ urn: assets.urn }] },
    },
    {
        name: "joined by the bucket's ID when the block refers to it that way (stack export outputs)",
        resources: [bucket("assets", { bucket: "assets", id: "assets-id" }), block("assets-pab", { bucket: "assets-id", ...ALL_ON })],
        expect: "pass",
    },
    {
        name: "a flag unknown during preview: not judged",
        resources: [assets, block("assets-pab", { bucket: "assets", ...ALL_ON, blockPublicAcls: unknown("boolean") })],
        expect: "skipped",
    },
    { name: "no buckets, nothing to check", resources: [mockResource("aws:iam/role:Role", { assumeRolePolicy: "{}" })], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
