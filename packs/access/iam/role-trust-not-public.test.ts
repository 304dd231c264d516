import { checkCase, mockResource, secret, unknown, unreadableSecret, type RuleCase } from "../../../src/testing";
import rule from "./role-trust-not-public";
import crossAccountRule from "./role-cross-account-external-id";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
// Policy documents as tests write them: any JSON shape (a string or an object, malformed ones too).
const role = (assumeRolePolicy: unknown) => mockResource.untyped("aws:iam/role:Role", { assumeRolePolicy }, { name: "shared" });
const allow = (Principal: unknown, extra: object = {}) => ({ Effect: "Allow", Principal, Action: "sts:AssumeRole", ...extra });

export const cases: RuleCase[] = [
    {
        name: 'Principal "*"',
        resources: role(doc(allow("*"))),
        expect: { violations: [{ propertyPath: "assumeRolePolicy.Statement[0].Principal", messageIncludes: "Role `shared`" }] },
    },
    { name: "AWS: * in a list, second statement", resources: role(doc(allow({ Service: "ec2.amazonaws.com" }), allow({ AWS: ["arn:aws:iam::111122223333:root", "*"] }))), expect: { violations: ["assumeRolePolicy.Statement[1].Principal"] } },
    { name: "document given as an object", resources: role({ Version: "2012-10-17", Statement: [allow({ AWS: "*" })] }), expect: { violations: ["assumeRolePolicy.Statement[0].Principal"] } },
    { name: "single statement object, wildcard assume action", resources: role({ Statement: { Effect: "Allow", Principal: "*", Action: "sts:Assume*" } }), expect: { violations: ["assumeRolePolicy.Statement[0].Principal"] } },
    { name: "an external ID does not keep strangers out", resources: role(doc(allow({ AWS: "*" }, { Condition: { StringEquals: { "sts:ExternalId": "partner-1234" } } }))), expect: { violations: ["assumeRolePolicy.Statement[0].Principal"] } },
    {
        name: "IfExists does not restrict (absent key matches)",
        resources: role(doc(allow("*", { Condition: { StringEqualsIfExists: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }))),
        expect: { violations: ["assumeRolePolicy.Statement[0].Principal"] },
    },
    {
        name: "negated condition does not restrict",
        resources: role(doc(allow("*", { Condition: { StringNotEquals: { "aws:PrincipalAccount": "999988887777" } } }))),
        expect: { violations: ["assumeRolePolicy.Statement[0].Principal"] },
    },
    {
        name: "wildcard-only condition value does not restrict",
        resources: role(doc(allow("*", { Condition: { StringLike: { "aws:PrincipalArn": "*" } } }))),
        expect: { violations: ["assumeRolePolicy.Statement[0].Principal"] },
    },
    { name: "restricted to the organization", resources: role(doc(allow({ AWS: "*" }, { Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }))), expect: "pass" },
    {
        name: "restricted by principal ARN pattern (keys are case-insensitive)",
        resources: role(doc(allow("*", { Condition: { ArnLike: { "AWS:PrincipalArn": "arn:aws:iam::111122223333:role/ci-*" } } }))),
        expect: "pass",
    },
    { name: "named account", resources: role(doc(allow({ AWS: "arn:aws:iam::111122223333:root" }))), expect: "pass" },
    { name: "service principal", resources: role(doc(allow({ Service: "lambda.amazonaws.com" }))), expect: "pass" },
    { name: 'Deny with "*"', resources: role(doc({ Effect: "Deny", Principal: "*", Action: "sts:AssumeRole" })), expect: "pass" },
    { name: "tag-session-only statement", resources: role(doc({ Effect: "Allow", Principal: "*", Action: "sts:TagSession" })), expect: "pass" },
    { name: "not JSON: reported as not judged, never passed", resources: role("{not json"), expect: { violations: [{ propertyPath: "assumeRolePolicy", messageIncludes: "could not be judged" }] } },
    { name: "an account wildcard in the principal ARN", resources: role(doc(allow({ AWS: ["arn:aws:iam::*:root"] }))), expect: { violations: ["assumeRolePolicy.Statement[0].Principal"] } },
    {
        name: "Allow with NotPrincipal lets everyone else in",
        resources: role(doc({ Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole" })),
        expect: { violations: [{ propertyPath: "assumeRolePolicy.Statement[0].NotPrincipal", messageIncludes: "outside its NotPrincipal" }] },
    },
    { name: "a lower-case operator is not the StringEquals operator", resources: role(doc(allow("*", { Condition: { stringequals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }))), expect: { violations: ["assumeRolePolicy.Statement[0].Principal"] } },
    { name: "trust policy unknown in preview", resources: role(unknown()), expect: "skipped" },
    { name: "principal unknown inside an object document", resources: role({ Statement: [{ Effect: "Allow", Principal: unknown("object"), Action: "sts:AssumeRole" }] }), expect: "skipped" },
    { name: "secret document: reported on the document with the details withheld", resources: role(secret(doc(allow("*", { Sid: "HiddenSid" })))), expect: { violations: [{ propertyPath: "assumeRolePolicy", messageIncludes: "The details are withheld because this finding rests on secret values (`assumeRolePolicy`)" }] } },
    { name: "trust policy an unreadable secret (encrypted in the stack export): not judged", resources: role(unreadableSecret()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test('what access-iam-role-cross-account-external-id leaves to this rule (Principal "*"), this rule reports', async () => {
    const resources = role(doc(allow({ AWS: "*" })));
    await checkCase(crossAccountRule, { name: 'Principal "*" left to access-iam-role-trust-not-public', resources, expect: "pass" });
    await checkCase(rule, { name: "reported here", resources, expect: { violations: ["assumeRolePolicy.Statement[0].Principal"] } });
});

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret document: reported on the document with the details withheld")!);
    const shown = JSON.stringify([result.diagnostics, result.remediations]);
    expect(shown).not.toContain("HiddenSid");
});
