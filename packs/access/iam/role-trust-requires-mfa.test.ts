import { checkCase, mockResource, secret, unknown, type RuleCase } from "../../../src/testing";
import rule from "./role-trust-requires-mfa";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
// Policy documents as tests write them: any JSON shape (a string or an object, malformed ones too).
const role = (assumeRolePolicy: unknown) => mockResource.untyped("aws:iam/role:Role", { assumeRolePolicy }, { name: "developer" });
const allow = (Principal: unknown, extra: object = {}) => ({ Effect: "Allow", Principal, Action: "sts:AssumeRole", ...extra });
const MFA = { Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } };

export const cases: RuleCase[] = [
    {
        name: "account root without MFA",
        resources: role(doc(allow({ AWS: "arn:aws:iam::111122223333:root" }))),
        expect: { violations: [{ propertyPath: "assumeRolePolicy.Statement[0]", messageIncludes: "Role `developer`" }] },
    },
    { name: "IAM user and bare account ID", resources: role(doc(allow({ AWS: ["arn:aws:iam::111122223333:user/alice", "444455556666"] }))), expect: { violations: ["assumeRolePolicy.Statement[0]"] } },
    {
        name: "organization-wide trust without MFA",
        resources: role(doc(allow("*", { Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } }))),
        expect: { violations: ["assumeRolePolicy.Statement[0]"] },
    },
    { name: "MFA only if present does not count", resources: role(doc(allow({ AWS: "111122223333" }, { Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "true" } } }))), expect: { violations: ["assumeRolePolicy.Statement[0]"] } },
    {
        name: "second statement without MFA",
        resources: role({ Version: "2012-10-17", Statement: [allow({ AWS: "arn:aws:iam::111122223333:root" }, MFA), allow({ AWS: "arn:aws:iam::111122223333:user/bob" })] }),
        expect: { violations: ["assumeRolePolicy.Statement[1]"] },
    },
    { name: "MFA required", resources: role(doc(allow({ AWS: "arn:aws:iam::111122223333:root" }, MFA))), expect: "pass" },
    { name: "MFA required, boolean value and mixed-case key", resources: role({ Statement: [allow({ AWS: "111122223333" }, { Condition: { Bool: { "AWS:MultiFactorAuthPresent": true } } })] }), expect: "pass" },
    { name: "recent MFA required", resources: role(doc(allow({ AWS: "111122223333" }, { Condition: { NumericLessThan: { "aws:MultiFactorAuthAge": "3600" } } }))), expect: "pass" },
    {
        name: "a Deny-without-MFA statement covers the document",
        resources: role(doc(allow({ AWS: "111122223333" }), { Effect: "Deny", Principal: { AWS: "*" }, Action: "sts:AssumeRole", Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } } })),
        expect: "pass",
    },
    {
        name: "third-party access with an external ID is automation, not a person",
        resources: role(doc(allow({ AWS: "arn:aws:iam::444455556666:root" }, { Condition: { StringEquals: { "sts:ExternalId": "c0ffee-4e21-audit" } } }))),
        expect: "pass",
    },
    { name: "role principal (workload or SSO session) is not checked", resources: role(doc(allow({ AWS: "arn:aws:iam::111122223333:role/ci-runner" }))), expect: "pass" },
    { name: "service principal", resources: role(doc(allow({ Service: "ecs-tasks.amazonaws.com" }))), expect: "pass" },
    {
        name: "SAML federation: MFA belongs to the identity provider",
        resources: role(doc({ Effect: "Allow", Principal: { Federated: "arn:aws:iam::111122223333:saml-provider/okta" }, Action: "sts:AssumeRoleWithSAML" })),
        expect: "pass",
    },
    { name: "trust policy unknown in preview", resources: role(unknown()), expect: "skipped" },
    { name: "not JSON: reported as not judged, never passed", resources: role("{not json"), expect: { violations: [{ propertyPath: "assumeRolePolicy", messageIncludes: "could not be judged" }] } },
    { name: "MFA only in a lower-case operator does not count", resources: role(doc(allow({ AWS: "111122223333" }, { Condition: { bool: { "aws:MultiFactorAuthPresent": "true" } } }))), expect: { violations: ["assumeRolePolicy.Statement[0]"] } },
    { name: "secret document: reported on the document with the details withheld", resources: role(secret(doc(allow({ AWS: "111122223333" })))), expect: { violations: [{ propertyPath: "assumeRolePolicy", messageIncludes: "The details are withheld because this finding rests on secret values (`assumeRolePolicy`)" }] } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret document: reported on the document with the details withheld")!);
    const shown = JSON.stringify([result.diagnostics, result.remediations]);
    expect(shown).not.toContain("111122223333");
});
