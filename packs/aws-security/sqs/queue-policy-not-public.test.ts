import { checkCase, mockResource, secret, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./queue-policy-not-public";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const queuePolicy = (policy: MockProps<"aws:sqs/queuePolicy:QueuePolicy">["policy"]) =>
    mockResource("aws:sqs/queuePolicy:QueuePolicy", { queueUrl: "https://sqs.eu-west-1.amazonaws.com/111122223333/jobs", policy }, { name: "jobs-policy" });
const queue = (policy: MockProps<"aws:sqs/queue:Queue">["policy"]) => mockResource("aws:sqs/queue:Queue", { policy }, { name: "jobs" });

const send = { Effect: "Allow", Action: ["sqs:SendMessage"], Resource: "arn:aws:sqs:eu-west-1:111122223333:jobs" };

export const cases: RuleCase[] = [
    {
        name: "Principal * without a condition",
        resources: queuePolicy(doc({ ...send, Principal: "*" })),
        expect: { violations: [{ propertyPath: "policy.Statement[0]", messageIncludes: "`jobs-policy`" }] },
    },
    {
        name: "queue's own policy with AWS *",
        resources: queue(doc({ ...send, Principal: { AWS: "*" } })),
        expect: { violations: [{ propertyPath: "policy.Statement[0]", messageIncludes: "SQS queue `jobs`" }] },
    },
    {
        name: "IfExists condition lets requests without the key through",
        resources: queuePolicy(doc({ ...send, Principal: "*", Condition: { ArnEqualsIfExists: { "aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:alerts" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "a policy variable in the condition does not count as fixed",
        resources: queuePolicy(doc({ ...send, Principal: "*", Condition: { StringEquals: { "aws:PrincipalArn": "${aws:username}" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "Principal * limited to one SNS topic (the usual fan-out pattern)",
        resources: queuePolicy(doc({ ...send, Principal: { Service: "sns.amazonaws.com" } }, { ...send, Principal: "*", Condition: { ArnEquals: { "aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:alerts" } } })),
        expect: "pass",
    },
    {
        name: "Principal * limited to a VPC endpoint",
        resources: queuePolicy(doc({ ...send, Principal: "*", Condition: { StringEquals: { "aws:SourceVpce": "vpce-0123456789abcdef0" } } })),
        expect: "pass",
    },
    { name: "account principal", resources: queuePolicy(doc({ ...send, Principal: { AWS: "arn:aws:iam::111122223333:root" } })), expect: "pass" },
    { name: "queue without a policy", resources: queue(undefined), expect: "pass" },
    { name: "not JSON: reported as not judged, never passed", resources: queuePolicy("{not json"), expect: { violations: [{ propertyPath: "policy", messageIncludes: "could not be judged" }] } },
    {
        name: "Principal * limited to one account's topics by ARN pattern",
        resources: queuePolicy(doc({ ...send, Principal: "*", Condition: { ArnLike: { "aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:*" } } })),
        expect: "pass",
    },
    {
        name: "an account wildcard in the source ARN does not confine",
        resources: queuePolicy(doc({ ...send, Principal: "*", Condition: { ArnLike: { "aws:SourceArn": "arn:aws:sns:eu-west-1:*:alerts" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    { name: "policy unknown during preview", resources: queuePolicy(unknown()), expect: "skipped" },
    {
        name: "secret document: reported on the policy with the details withheld",
        resources: queuePolicy(secret(doc({ ...send, Sid: "VerySecretStatementId", Principal: "*" }))),
        expect: { violations: [{ propertyPath: "policy", messageId: "publicStatement", messageIncludes: "Statement[[secret]]" }] },
    },
    // The engine's tricky cases (packs/shared/policy-document.test.ts), through this rule.
    { name: "tricky: NotPrincipal with Allow", resources: queuePolicy(doc({ ...send, NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" } })), expect: { violations: [{ messageId: "publicStatement", messageIncludes: "allows everyone outside its NotPrincipal in Statement[0]", propertyPath: "policy.Statement[0]" }] } },
    { name: "tricky: account wildcard in the principal ARN", resources: queuePolicy(doc({ ...send, Principal: { AWS: "arn:aws:iam::*:root" } })), expect: { violations: [{ messageId: "publicStatement", messageIncludes: "allows principals of any account in Statement[0]", propertyPath: "policy.Statement[0]" }] } },
    { name: "tricky: negated operator (StringNotEquals aws:PrincipalOrgID)", resources: queuePolicy(doc({ ...send, Principal: "*", Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: ...IfExists", resources: queuePolicy(doc({ ...send, Principal: "*", Condition: { StringEqualsIfExists: { "aws:SourceAccount": "111122223333" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: ForAllValues:", resources: queuePolicy(doc({ ...send, Principal: "*", Condition: { "ForAllValues:StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: wildcard value (o-*)", resources: queuePolicy(doc({ ...send, Principal: "*", Condition: { StringLike: { "aws:PrincipalOrgID": "o-*" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: a key that does not name the caller (aws:username)", resources: queuePolicy(doc({ ...send, Principal: "*", Condition: { StringEquals: { "aws:username": "deploy" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: aws:PrincipalIsAWSService does not confine", resources: queuePolicy(doc({ ...send, Principal: "*", Condition: { Bool: { "aws:PrincipalIsAWSService": "true" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: confined by StringEqualsIgnoreCase on aws:PrincipalOrgID", resources: queuePolicy(doc({ ...send, Principal: "*", Condition: { StringEqualsIgnoreCase: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } })), expect: "pass" },
    { name: "tricky: a Deny guard (Deny unless from the VPC endpoint) fences the Allow in", resources: queuePolicy(doc({ ...send, Principal: "*" }, { ...send, Effect: "Deny", Principal: "*", Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-0a1b2c3d" } } })), expect: "pass" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret document: reported on the policy with the details withheld")!);
    const shown = JSON.stringify([result.diagnostics, result.remediations]);
    expect(shown).not.toContain("VerySecretStatementId");
});
