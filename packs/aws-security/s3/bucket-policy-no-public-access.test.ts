import { checkCase, mockResource, secret, unknown, type RuleCase } from "../../../src/testing";
import rule from "./bucket-policy-no-public-access";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
// Policy documents as tests write them: any JSON shape (a string or an object, malformed ones too).
const bucketPolicy = (policy: unknown) => mockResource.untyped("aws:s3/bucketPolicy:BucketPolicy", { bucket: "site", policy }, { name: "site-policy" });
const read = { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::site/*" };

export const cases: RuleCase[] = [
    {
        name: 'Principal "*" with no condition',
        resources: bucketPolicy(doc({ ...read, Principal: "*" })),
        expect: { violations: [{ propertyPath: "policy.Statement[0]", messageIncludes: "Statement[0]" }] },
    },
    {
        name: "Principal AWS * in the second statement",
        resources: bucketPolicy(doc({ ...read, Principal: { Service: "cloudfront.amazonaws.com" } }, { ...read, Principal: { AWS: ["*"] } })),
        expect: { violations: ["policy.Statement[1]"] },
    },
    {
        name: "Allow with NotPrincipal lets everyone else in",
        resources: bucketPolicy(doc({ ...read, NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "policy given as an object, single statement",
        resources: bucketPolicy({ Version: "2012-10-17", Statement: { ...read, Principal: "*" } }),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "a negated condition does not confine",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "an IfExists condition does not confine",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Condition: { StringEqualsIfExists: { "aws:SourceVpc": "vpc-1" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "a wildcard value does not confine",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Condition: { StringLike: { "aws:PrincipalOrgID": "*" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "a world-open source IP does not confine",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Condition: { IpAddress: { "aws:SourceIp": ["0.0.0.0/0"] } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "an unrelated condition key does not confine",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Condition: { Bool: { "aws:SecureTransport": "true" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "the bucket's own policy input",
        resources: mockResource("aws:s3/bucket:Bucket", { policy: doc({ ...read, Principal: "*" }) }, { name: "site" }),
        expect: { violations: [{ propertyPath: "policy.Statement[0]", messageIncludes: "Bucket `site`" }] },
    },
    {
        name: "BucketV2 policy input",
        resources: mockResource("aws:s3/bucketV2:BucketV2", { policy: doc({ ...read, Principal: { AWS: "*" } }) }),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "confined to a VPC endpoint",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Condition: { StringEquals: { "aws:SourceVpce": "vpce-1a2b3c" } } })),
        expect: "pass",
    },
    {
        name: "confined to the organization (condition key case-insensitive)",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Condition: { StringEquals: { "aws:principalorgid": ["o-abc123"] } } })),
        expect: "pass",
    },
    {
        name: "confined to an office network",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } } })),
        expect: "pass",
    },
    {
        name: "a specific account principal",
        resources: bucketPolicy(doc({ ...read, Principal: { AWS: "arn:aws:iam::111122223333:role/reader" } })),
        expect: "pass",
    },
    {
        name: 'a Deny with Principal "*" is not a grant',
        resources: bucketPolicy(doc({ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } })),
        expect: "pass",
    },
    { name: "bucket without a policy", resources: mockResource("aws:s3/bucket:Bucket", {}), expect: "pass" },
    { name: "unreadable policy text: reported as not judged, never passed", resources: bucketPolicy("{not json"), expect: { violations: [{ propertyPath: "policy", messageIncludes: "could not be judged" }] } },
    { name: "an account wildcard in the principal ARN", resources: bucketPolicy(doc({ ...read, Principal: { AWS: "arn:aws:iam::*:root" } })), expect: { violations: ["policy.Statement[0]"] } },
    {
        name: "a partly wildcard endpoint ID does not confine",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Condition: { StringLike: { "aws:SourceVpce": "vpce-*" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "a world-open source IP written another way does not confine",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Condition: { IpAddress: { "aws:SourceIp": ["203.0.113.0/24", "0::/0"] } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "a lower-case operator is not the StringEquals operator",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Condition: { stringequals: { "aws:SourceVpce": "vpce-1a2b3c" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "ForAllValues: holds for an empty set, so it does not confine",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Condition: { "ForAllValues:StringEquals": { "aws:PrincipalOrgPaths": ["o-a1b2c3d4e5/r-ab12/"] } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "confined to the VPC endpoints of the organization",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Condition: { StringEquals: { "aws:VpceOrgID": "o-a1b2c3d4e5" } } })),
        expect: "pass",
    },
    {
        name: "confined to one address, and to one account's distributions by ARN pattern",
        resources: bucketPolicy(doc(
            { ...read, Principal: "*", Condition: { IpAddress: { "aws:SourceIp": "203.0.113.7" } } },
            { ...read, Principal: { Service: "cloudfront.amazonaws.com" }, Condition: { ArnLike: { "aws:SourceArn": "arn:aws:cloudfront::111122223333:distribution/*" } } },
        )),
        expect: "pass",
    },
    {
        name: "a public statement naming another bucket is still reported (S3 only accepts the policy's own bucket)",
        resources: bucketPolicy(doc({ ...read, Principal: "*", Resource: "arn:aws:s3:::someone-else/*" })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    { name: "policy unknown during preview", resources: bucketPolicy(unknown()), expect: "skipped" },
    {
        name: "condition value unknown during preview",
        resources: bucketPolicy({ Version: "2012-10-17", Statement: [{ ...read, Principal: "*", Condition: { StringEquals: { "aws:SourceVpce": unknown() } } }] }),
        expect: "skipped",
    },
    {
        name: "secret policy: reported on the policy with the details withheld, never echoed",
        resources: bucketPolicy(secret(doc({ ...read, Sid: "TopSecretSid", Principal: "*" }))),
        expect: { violations: [{ propertyPath: "policy", messageIncludes: "The details are withheld because this finding rests on secret values (`policy`)" }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret policy: reported on the policy with the details withheld, never echoed")!);
    const shown = JSON.stringify([result.diagnostics, result.remediations]);
    expect(shown).not.toContain("TopSecretSid");
});
