import { checkCase, mockResource, secret, unknown, type RuleCase } from "../../../src/testing";
import rule from "./key-policy-not-public";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const ADMIN = { Sid: "Admin", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" };
const use = { Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: "*" };
const key = (policy: unknown) => mockResource.untyped("aws:kms/key:Key", { description: "data", policy }, { name: "orders" });
const keyPolicy = (policy: unknown) => mockResource.untyped("aws:kms/keyPolicy:KeyPolicy", { keyId: "1234abcd-12ab-34cd-56ef-1234567890ab", policy }, { name: "orders-policy" });

export const cases: RuleCase[] = [
    {
        name: 'Principal "*" may decrypt',
        resources: key(doc(ADMIN, { ...use, Principal: "*" })),
        expect: { violations: [{ messageId: "publicStatement", data: { kind: "KMS key", name: "orders", who: 'everyone ("*")', index: 1 }, propertyPath: "policy.Statement[1]" }] },
    },
    {
        name: "a KeyPolicy with AWS * in a list",
        resources: keyPolicy(doc(ADMIN, { ...use, Principal: { AWS: ["arn:aws:iam::111122223333:role/app", "*"] } })),
        expect: { violations: [{ messageId: "publicStatement", messageIncludes: "KMS key policy `orders-policy`", propertyPath: "policy.Statement[1]" }] },
    },
    { name: "kms:CallerAccount with a fixed account confines (KMS's own key)", resources: key(doc(ADMIN, { ...use, Principal: { AWS: "*" }, Condition: { StringEquals: { "kms:CallerAccount": "111122223333", "kms:ViaService": "ec2.eu-west-1.amazonaws.com" } } })), expect: "pass" },
    { name: "kms:ViaService alone does not confine", resources: key(doc(ADMIN, { ...use, Principal: "*", Condition: { StringEquals: { "kms:ViaService": "s3.eu-west-1.amazonaws.com" } } })), expect: { violations: ["policy.Statement[1]"] } },
    { name: "aws:PrincipalOrgID confines", resources: key(doc(ADMIN, { ...use, Principal: "*", Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } })), expect: "pass" },
    { name: "a negated kms:CallerAccount does not confine", resources: key(doc(ADMIN, { ...use, Principal: "*", Condition: { StringNotEquals: { "kms:CallerAccount": "111122223333" } } })), expect: { violations: ["policy.Statement[1]"] } },
    { name: "a wildcard kms:CallerAccount does not confine", resources: key(doc({ ...use, Principal: "*", Condition: { StringLike: { "kms:CallerAccount": "*" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "NotPrincipal with Allow", resources: key(doc({ ...use, NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" } })), expect: { violations: [{ messageIncludes: "everyone outside its NotPrincipal", propertyPath: "policy.Statement[0]" }] } },
    { name: "an account wildcard in the principal ARN", resources: key(doc({ ...use, Principal: { AWS: "arn:aws:iam::*:root" } })), expect: { violations: [{ messageIncludes: "principals of any account" }] } },
    { name: "an IfExists condition does not confine", resources: key(doc({ ...use, Principal: "*", Condition: { StringEqualsIfExists: { "aws:PrincipalAccount": "111122223333" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "a service principal is not everyone", resources: key(doc(ADMIN, { ...use, Principal: { Service: "logs.eu-west-1.amazonaws.com" } })), expect: "pass" },
    { name: "no policy: the default key policy trusts the key's own account", resources: key(undefined), expect: "pass" },
    { name: "an external key, policy as an object with one statement", resources: mockResource.untyped("aws:kms/externalKey:ExternalKey", { policy: { Statement: { ...use, Principal: "*" } } }), expect: { violations: ["policy.Statement[0]"] } },
    { name: "a replica key", resources: mockResource("aws:kms/replicaKey:ReplicaKey", { primaryKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/mrk-1", policy: doc({ ...use, Principal: "*" }) }), expect: { violations: ["policy.Statement[0]"] } },
    { name: "not JSON: reported as not judged, never passed", resources: keyPolicy("{oops"), expect: { violations: [{ propertyPath: "policy", messageIncludes: "could not be judged" }] } },
    { name: "policy unknown during preview", resources: keyPolicy(unknown()), expect: "skipped" },
    {
        name: "a condition value unknown during preview, nothing else confining: not judged",
        resources: key({ Statement: [{ ...use, Principal: "*", Condition: { StringEquals: { "kms:CallerAccount": unknown() } } }] }),
        expect: "skipped",
    },
    {
        name: "secret document: reported with the details withheld",
        resources: key(secret(doc({ ...use, Sid: "HiddenSid", Principal: "*" }))),
        expect: { violations: [{ propertyPath: "policy", messageId: "publicStatement", messageIncludes: "Statement[[secret]]" }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret document: reported with the details withheld")!);
    expect(JSON.stringify([result.diagnostics, result.remediations])).not.toContain("HiddenSid");
});
