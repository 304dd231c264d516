import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./bucket-public-access-block";

const ALL_ON = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };
const ACLS_ON = { blockPublicAcls: true, ignorePublicAcls: true };
const POLICIES_ON = { blockPublicPolicy: true, restrictPublicBuckets: true };
const bucket = (name: string, props: MockProps<"aws:s3/bucket:Bucket"> = { bucket: name }) => mockResource("aws:s3/bucket:Bucket", props, { name });
const block = (name: string, props: MockProps<"aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock">, dependsOn?: string) =>
    mockResource("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", props, {
        name,
        propertyDependencies: dependsOn ? { bucket: [dependsOn] } : undefined,
    });
const account = (props: MockProps<"aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock">, name = "account-pab") =>
    mockResource("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", props, { name });

const assets = bucket("assets");
const logs = bucket("logs");
const flagOff = (name: string, flag: string, urn?: string) => ({ messageId: "flagOff", data: { name, flag, effect: EFFECT[flag] }, propertyPath: flag, ...(urn ? { urn } : {}) });
const EFFECT: Record<string, string> = {
    blockPublicAcls: "new public ACLs can still be set on the bucket and its objects",
    ignorePublicAcls: "public ACLs on the bucket and its objects still take effect",
    blockPublicPolicy: "a bucket policy granting public access can still be attached",
    restrictPublicBuckets: "a public bucket policy still lets anyone in",
};

export const cases: RuleCase[] = [
    {
        name: "bucket without a block",
        resources: [assets],
        expect: { violations: [{ urn: assets.urn, messageId: "noBlock", data: { name: "assets", flags: "blockPublicAcls, ignorePublicAcls, blockPublicPolicy, restrictPublicBuckets" } }] },
    },
    { name: "bucket with a full block, joined by name", resources: [assets, block("assets-pab", { bucket: "assets", ...ALL_ON })], expect: "pass" },
    {
        name: "block joined through the property dependency while the bucket id is unknown (preview)",
        resources: [bucket("assets", {}), block("assets-pab", { bucket: unknown(), ...ALL_ON }, assets.urn)],
        expect: "pass",
    },
    {
        name: "block with a setting off is reported on the block, for that flag only",
        resources: [assets, block("assets-pab", { bucket: "assets", ...ALL_ON, restrictPublicBuckets: false })],
        expect: { violations: [flagOff("assets-pab", "restrictPublicBuckets")] },
    },
    {
        name: "an absent flag is off (AWS's default is false): each one reported",
        resources: [assets, block("assets-pab", { bucket: "assets", ...ACLS_ON })],
        expect: { violations: [flagOff("assets-pab", "blockPublicPolicy"), flagOff("assets-pab", "restrictPublicBuckets")] },
    },
    {
        name: "one bucket covered, one not",
        resources: [assets, logs, block("assets-pab", { bucket: "assets", ...ALL_ON })],
        expect: { violations: [{ urn: logs.urn, messageId: "noBlock" }] },
    },
    { name: "the account-level block covers every bucket", resources: [assets, logs, account(ALL_ON)], expect: "pass" },
    {
        name: "a partial account-level block, no bucket block: the bucket is reported for exactly the flags still off",
        resources: [assets, account({ ...ALL_ON, blockPublicPolicy: false })],
        expect: { violations: [{ urn: assets.urn, messageId: "noBlock", data: { name: "assets", flags: "blockPublicPolicy" } }] },
    },
    {
        name: "account ACL flags + bucket policy flags: all four in force together",
        resources: [account(ACLS_ON), assets, block("assets-pab", { bucket: "assets", ...POLICIES_ON })],
        expect: "pass",
    },
    {
        name: "account policy flags + bucket ACL flags: all four in force together",
        resources: [account(POLICIES_ON), assets, block("assets-pab", { bucket: "assets", ...ACLS_ON, blockPublicPolicy: false })],
        expect: "pass",
    },
    {
        name: "account and bucket together still leave one flag off: only it is reported",
        resources: [account({ blockPublicAcls: true, blockPublicPolicy: true }), assets, block("assets-pab", { bucket: "assets", ignorePublicAcls: true })],
        expect: { violations: [flagOff("assets-pab", "restrictPublicBuckets")] },
    },
    {
        name: "a false account flag does not switch off the bucket's true one",
        resources: [account({ ...ALL_ON, ignorePublicAcls: false }), assets, block("assets-pab", { bucket: "assets", ignorePublicAcls: true })],
        expect: "pass",
    },
    {
        name: "an account block with every flag false covers nothing",
        resources: [account({ blockPublicAcls: false, blockPublicPolicy: false, ignorePublicAcls: false, restrictPublicBuckets: false }), assets, block("assets-pab", { bucket: "assets", ...ALL_ON, blockPublicAcls: false })],
        expect: { violations: [flagOff("assets-pab", "blockPublicAcls")] },
    },
    {
        name: "a block whose bucket cannot be told (unknown, no dependency): not judged",
        resources: [assets, block("mystery-pab", { bucket: unknown(), ...ALL_ON })],
        expect: "skipped",
    },
    {
        name: "a block for a bucket outside the stack does not cover ours",
        resources: [assets, block("other-pab", { bucket: "someone-elses-bucket", ...ALL_ON })],
        expect: { violations: [{ urn: assets.urn, messageId: "noBlock" }] },
    },
    {
        name: "a block for a bucket outside the stack is judged on its own flags",
        resources: [block("other-pab", { bucket: "someone-elses-bucket", ...ALL_ON, ignorePublicAcls: false })],
        expect: { violations: [flagOff("other-pab", "ignorePublicAcls")] },
    },
    {
        name: "a block for a bucket outside the stack, with the account covering the rest",
        resources: [account(ACLS_ON), block("other-pab", { bucket: "someone-elses-bucket", ...POLICIES_ON })],
        expect: "pass",
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
    {
        name: "a flag unknown on the bucket's block but on at the account: judged, passes",
        resources: [account({ blockPublicAcls: true }), assets, block("assets-pab", { bucket: "assets", ...ALL_ON, blockPublicAcls: unknown("boolean") })],
        expect: "pass",
    },
    {
        name: "an unknown account flag, no bucket block: not judged for that flag, the others reported",
        resources: [account({ ...ALL_ON, restrictPublicBuckets: unknown("boolean"), blockPublicPolicy: false }), assets],
        expect: { violations: [{ urn: assets.urn, messageId: "noBlock", data: { name: "assets", flags: "blockPublicPolicy" } }] },
    },
    { name: "no buckets, nothing to check", resources: [mockResource("aws:iam/role:Role", { assumeRolePolicy: "{}" })], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
