import { checkCase, mockResource, secret, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./role-cross-account-external-id";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const role = (assumeRolePolicy: MockProps<"aws:iam/role:Role">["assumeRolePolicy"]) => mockResource("aws:iam/role:Role", { assumeRolePolicy }, { name: "vendor-audit" });
const allow = (AWS: unknown, extra: object = {}) => ({ Effect: "Allow", Principal: { AWS }, Action: "sts:AssumeRole", ...extra });
const trusting = (...trustedAccountIds: string[]) => ({ config: { "access-iam-role-cross-account-external-id": { trustedAccountIds } } });
const VENDOR = "arn:aws:iam::444455556666:root";
const OWN = "arn:aws:iam::111122223333:role/platform-admin";

export const cases: RuleCase[] = [
    {
        name: "vendor account root without an external ID",
        resources: role(doc(allow(VENDOR))),
        expect: { violations: [{ propertyPath: "assumeRolePolicy.Statement[0].Principal", messageIncludes: "lets an AWS account not listed" }] },
    },
    {
        name: "bare account ID and an STS session ARN count as two accounts",
        resources: role(doc(allow(["444455556666", "arn:aws:sts::777788889999:assumed-role/auditor/session"]))),
        expect: { violations: [{ messageIncludes: "2 AWS accounts" }] },
    },
    { name: "no trusted accounts configured: even our own role is reported", resources: role(doc(allow(OWN))), expect: { violations: ["assumeRolePolicy.Statement[0].Principal"] } },
    { name: "own account listed as trusted", resources: role(doc(allow(OWN))), options: trusting("111122223333"), expect: "pass" },
    { name: "trusted and untrusted accounts in one statement", resources: role(doc(allow([OWN, VENDOR]))), options: trusting("111122223333"), expect: { violations: [{ messageIncludes: "an AWS account" }] } },
    { name: "external ID required", resources: role(doc(allow(VENDOR, { Condition: { StringEquals: { "sts:ExternalId": "c0ffee-4e21-audit" } } }))), expect: "pass" },
    {
        name: "external ID only if present does not count",
        resources: role(doc(allow(VENDOR, { Condition: { StringEqualsIfExists: { "sts:ExternalId": "c0ffee-4e21-audit" } } }))),
        expect: { violations: ["assumeRolePolicy.Statement[0].Principal"] },
    },
    { name: "wildcard external ID does not count", resources: role(doc(allow(VENDOR, { Condition: { StringLike: { "sts:ExternalId": "*" } } }))), expect: { violations: ["assumeRolePolicy.Statement[0].Principal"] } },
    // Reported by access-iam-role-trust-not-public instead: proved in its test.
    { name: 'Principal "*" is not reported twice', resources: role(doc(allow("*"))), expect: "pass" },
    { name: "service principal", resources: role(doc({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" })), expect: "pass" },
    {
        name: "federated principal",
        resources: role(doc({ Effect: "Allow", Principal: { Federated: "arn:aws:iam::111122223333:saml-provider/okta" }, Action: "sts:AssumeRoleWithSAML" })),
        expect: "pass",
    },
    { name: "Deny statement", resources: role(doc({ Effect: "Deny", Principal: { AWS: VENDOR }, Action: "sts:AssumeRole" })), expect: "pass" },
    { name: "trust policy unknown in preview", resources: role(unknown()), expect: "skipped" },
    { name: "not JSON: reported as not judged, never passed", resources: role("{not json"), expect: { violations: [{ propertyPath: "assumeRolePolicy", messageIncludes: "could not be judged" }] } },
    { name: "an external ID pattern does not count", resources: role(doc(allow(VENDOR, { Condition: { StringLike: { "sts:ExternalId": "c0ffee-*" } } }))), expect: { violations: ["assumeRolePolicy.Statement[0].Principal"] } },
    { name: "secret document: reported on the document with the details withheld", resources: role(secret(doc(allow(VENDOR)))), expect: { violations: [{ propertyPath: "assumeRolePolicy", messageIncludes: "The details are withheld because this finding rests on secret values (`assumeRolePolicy`)" }] } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret document: reported on the document with the details withheld")!);
    const shown = JSON.stringify([result.diagnostics, result.remediations]);
    expect(shown).not.toContain("444455556666");
});
