import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./account-public-access-block";

const ALL_ON = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };
const account = (props: MockProps<"aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock">, name = "account-pab") =>
    mockResource("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", props, { name });
const flagOff = (flag: string, effect: string, name = "account-pab") => ({ messageId: "flagOff", data: { name, flag, effect }, propertyPath: flag });
const bucket = mockResource("aws:s3/bucket:Bucket", { bucket: "data" }, { name: "data" });

export const cases: RuleCase[] = [
    { name: "all four settings on", resources: account(ALL_ON), expect: "pass" },
    {
        name: "a setting false",
        resources: account({ ...ALL_ON, restrictPublicBuckets: false }),
        expect: { violations: [flagOff("restrictPublicBuckets", "a public bucket policy still lets anyone in")] },
    },
    {
        name: "absent settings are off (AWS's default is false)",
        resources: account({ blockPublicAcls: true, ignorePublicAcls: true }),
        expect: {
            violations: [
                flagOff("blockPublicPolicy", "a bucket policy granting public access can still be attached"),
                flagOff("restrictPublicBuckets", "a public bucket policy still lets anyone in"),
            ],
        },
    },
    {
        name: "an empty block turns nothing on",
        resources: account({}),
        expect: { violations: ["blockPublicAcls", "ignorePublicAcls", "blockPublicPolicy", "restrictPublicBuckets"] },
    },
    {
        name: "a setting given as the string \"true\" is not the boolean true",
        resources: mockResource.untyped("aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", { ...ALL_ON, blockPublicAcls: "true" }, { name: "account-pab" }),
        expect: { violations: ["blockPublicAcls"] },
    },
    {
        name: "a setting unknown during preview: that one not judged, the others are",
        resources: account({ ...ALL_ON, blockPublicAcls: unknown("boolean") }),
        expect: "skipped",
    },
    {
        name: "an unknown setting beside a false one: the false one is reported",
        resources: account({ ...ALL_ON, blockPublicAcls: unknown("boolean"), ignorePublicAcls: false }),
        expect: { violations: [flagOff("ignorePublicAcls", "public ACLs on the bucket and its objects still take effect")] },
    },
    { name: "a stack without an account block is not this rule's business by default", resources: bucket, expect: "not-judged" },
    {
        name: "requireInStack: a stack without an account block is reported",
        resources: bucket,
        options: { config: { "s3-account-public-access-block": { requireInStack: true } } },
        expect: { violations: [{ messageId: "missing" }] },
    },
    {
        name: "requireInStack with a full account block passes",
        resources: [bucket, account(ALL_ON)],
        options: { config: { "s3-account-public-access-block": { requireInStack: true } } },
        expect: "pass",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
