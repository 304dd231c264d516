import { checkCase, mockResource, secret, unknown, type RuleCase } from "../../../src/testing";
import rule from "./topic-policy-not-public";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
// Policy documents as tests write them: any JSON shape (a string or an object, malformed ones too).
const topicPolicy = (policy: unknown) =>
    mockResource.untyped("aws:sns/topicPolicy:TopicPolicy", { arn: "arn:aws:sns:eu-west-1:111122223333:alerts", policy }, { name: "alerts-policy" });
const topic = (policy: unknown) => mockResource.untyped("aws:sns/topic:Topic", { policy }, { name: "alerts" });

const publish = { Effect: "Allow", Action: "sns:Publish", Resource: "arn:aws:sns:eu-west-1:111122223333:alerts" };

export const cases: RuleCase[] = [
    {
        name: "Principal * without a condition",
        resources: topicPolicy(doc({ ...publish, Principal: "*" })),
        expect: { violations: [{ propertyPath: "policy.Statement[0]", messageIncludes: "`alerts-policy`" }] },
    },
    {
        name: "AWS * in a list, second statement, on the topic itself",
        resources: topic(doc({ ...publish, Principal: { Service: "events.amazonaws.com" } }, { ...publish, Principal: { AWS: ["111122223333", "*"] } })),
        expect: { violations: [{ propertyPath: "policy.Statement[1]", messageIncludes: "SNS topic `alerts`" }] },
    },
    {
        name: "policy given as an object",
        resources: topicPolicy({ Version: "2012-10-17", Statement: [{ ...publish, Principal: { AWS: "*" } }] }),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "Allow with NotPrincipal reaches everyone else",
        resources: topicPolicy(doc({ ...publish, NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" } })),
        expect: { violations: [{ messageId: "publicStatement", messageIncludes: "allows everyone outside its NotPrincipal in Statement[0]", propertyPath: "policy.Statement[0]" }] },
    },
    {
        name: "a condition that does not name the caller (SecureTransport) does not help",
        resources: topicPolicy(doc({ ...publish, Principal: "*", Condition: { Bool: { "aws:SecureTransport": "true" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "a negated or wildcard condition does not help",
        resources: topicPolicy(
            doc(
                { ...publish, Principal: "*", Condition: { StringNotEquals: { "aws:SourceAccount": "111122223333" } } },
                { ...publish, Principal: "*", Condition: { StringLike: { "aws:SourceArn": "arn:aws:s3:::*" } } },
                { ...publish, Principal: "*", Condition: { IpAddress: { "aws:SourceIp": "0.0.0.0/0" } } },
            ),
        ),
        expect: { violations: ["policy.Statement[0]", "policy.Statement[1]", "policy.Statement[2]"] },
    },
    {
        name: "Principal * limited to one source account",
        resources: topicPolicy(doc({ ...publish, Principal: "*", Condition: { StringEquals: { "AWS:SourceAccount": "111122223333" } } })),
        expect: "pass",
    },
    {
        name: "Principal * limited to the organisation",
        resources: topicPolicy(doc({ ...publish, Principal: { AWS: "*" }, Condition: { StringEquals: { "aws:PrincipalOrgID": ["o-abc123"] } } })),
        expect: "pass",
    },
    { name: "service principal", resources: topicPolicy(doc({ ...publish, Principal: { Service: "events.amazonaws.com" } })), expect: "pass" },
    { name: "Deny to everyone", resources: topicPolicy(doc({ ...publish, Effect: "Deny", Principal: "*" })), expect: "pass" },
    { name: "topic without a policy", resources: topic(undefined), expect: "pass" },
    { name: "not JSON: reported as not judged, never passed", resources: topicPolicy("{not json"), expect: { violations: [{ propertyPath: "policy", messageIncludes: "could not be judged" }] } },
    {
        name: "a condition on the calling service alone does not name the caller's account",
        resources: topicPolicy(doc({ ...publish, Principal: "*", Condition: { StringEquals: { "aws:PrincipalServiceName": "events.amazonaws.com" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    { name: "policy unknown during preview", resources: topicPolicy(unknown()), expect: "skipped" },
    {
        name: "secret document: reported on the policy with the details withheld",
        resources: topicPolicy(secret(doc({ ...publish, Sid: "VerySecretStatementId", Principal: "*" }))),
        expect: { violations: [{ propertyPath: "policy", messageId: "publicStatement", messageIncludes: "Statement[[secret]]" }] },
    },
    // The engine's tricky cases (packs/shared/policy-document.test.ts), through this rule.
    { name: "tricky: account wildcard in the principal ARN", resources: topicPolicy(doc({ ...publish, Principal: { AWS: "arn:aws:iam::*:root" } })), expect: { violations: [{ messageId: "publicStatement", messageIncludes: "allows principals of any account in Statement[0]", propertyPath: "policy.Statement[0]" }] } },
    { name: "tricky: negated operator (StringNotEquals aws:PrincipalOrgID)", resources: topicPolicy(doc({ ...publish, Principal: "*", Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: ...IfExists", resources: topicPolicy(doc({ ...publish, Principal: "*", Condition: { StringEqualsIfExists: { "aws:SourceAccount": "111122223333" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: ForAllValues:", resources: topicPolicy(doc({ ...publish, Principal: "*", Condition: { "ForAllValues:StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: wildcard value (o-*)", resources: topicPolicy(doc({ ...publish, Principal: "*", Condition: { StringLike: { "aws:PrincipalOrgID": "o-*" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: a key that does not name the caller (aws:username)", resources: topicPolicy(doc({ ...publish, Principal: "*", Condition: { StringEquals: { "aws:username": "deploy" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: aws:PrincipalIsAWSService does not confine", resources: topicPolicy(doc({ ...publish, Principal: "*", Condition: { Bool: { "aws:PrincipalIsAWSService": "true" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: confined by StringEqualsIgnoreCase on aws:PrincipalOrgID", resources: topicPolicy(doc({ ...publish, Principal: "*", Condition: { StringEqualsIgnoreCase: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } })), expect: "pass" },
    { name: "tricky: a Deny guard (Deny unless from the VPC endpoint) fences the Allow in", resources: topicPolicy(doc({ ...publish, Principal: "*" }, { ...publish, Effect: "Deny", Principal: "*", Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-0a1b2c3d" } } })), expect: "pass" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret document: reported on the policy with the details withheld")!);
    const shown = JSON.stringify([result.diagnostics, result.remediations]);
    expect(shown).not.toContain("VerySecretStatementId");
});
