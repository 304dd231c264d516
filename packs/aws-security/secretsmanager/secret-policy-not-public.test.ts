import { checkCase, mockResource, secret, unknown, type RuleCase } from "../../../src/testing";
import rule from "./secret-policy-not-public";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const read = { Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: "*" };
const secretPolicy = (policy: unknown, extra: object = {}) =>
    mockResource.untyped("aws:secretsmanager/secretPolicy:SecretPolicy", { secretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf", policy, ...extra }, { name: "db-policy" });

export const cases: RuleCase[] = [
    {
        name: "AWS * may read the secret",
        resources: secretPolicy(doc({ ...read, Principal: { AWS: "*" } })),
        expect: { violations: [{ messageId: "publicStatement", data: { kind: "Secret policy", name: "db-policy", who: 'everyone ("*")', index: 0 }, propertyPath: "policy.Statement[0]" }] },
    },
    {
        name: "a Secret's own policy, second statement",
        resources: mockResource("aws:secretsmanager/secret:Secret", { name: "orders/db", policy: doc({ ...read, Principal: { AWS: "arn:aws:iam::111122223333:root" } }, { ...read, Principal: "*" }) }, { name: "db" }),
        expect: { violations: [{ messageIncludes: "Secret `db`", propertyPath: "policy.Statement[1]" }] },
    },
    { name: "blockPublicPolicy does not hide a public policy", resources: secretPolicy(doc({ ...read, Principal: "*" }), { blockPublicPolicy: true }), expect: { violations: ["policy.Statement[0]"] } },
    { name: "NotPrincipal with Allow", resources: secretPolicy(doc({ ...read, NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" } })), expect: { violations: [{ messageIncludes: "everyone outside its NotPrincipal" }] } },
    { name: "account wildcard in the principal ARN", resources: secretPolicy(doc({ ...read, Principal: { AWS: "arn:aws:iam::*:role/reader" } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "negated condition", resources: secretPolicy(doc({ ...read, Principal: "*", Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "organization condition confines", resources: secretPolicy(doc({ ...read, Principal: "*", Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } })), expect: "pass" },
    { name: "a named role", resources: secretPolicy(doc({ ...read, Principal: { AWS: "arn:aws:iam::111122223333:role/orders-api" } })), expect: "pass" },
    { name: "a Secret without a policy", resources: mockResource("aws:secretsmanager/secret:Secret", { name: "orders/db" }), expect: "pass" },
    { name: "Deny to everyone", resources: secretPolicy(doc({ ...read, Effect: "Deny", Principal: "*" })), expect: "pass" },
    { name: "not JSON: reported as not judged, never passed", resources: secretPolicy("{oops"), expect: { violations: [{ propertyPath: "policy", messageIncludes: "could not be judged" }] } },
    { name: "policy unknown during preview", resources: secretPolicy(unknown()), expect: "skipped" },
    {
        name: "secret document: reported with the details withheld",
        resources: secretPolicy(secret(doc({ ...read, Sid: "HiddenSid", Principal: "*" }))),
        expect: { violations: [{ propertyPath: "policy", messageId: "publicStatement", messageIncludes: "Statement[[secret]]" }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret document: reported with the details withheld")!);
    expect(JSON.stringify([result.diagnostics, result.remediations])).not.toContain("HiddenSid");
});
