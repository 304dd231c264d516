import { checkCase, mockResource, secret, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./repository-policy-not-public";

const PULL = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"];
const pull = { Effect: "Allow", Action: PULL };
const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const policy = (value: MockProps<"aws:ecr/repositoryPolicy:RepositoryPolicy">["policy"]) => mockResource("aws:ecr/repositoryPolicy:RepositoryPolicy", { repository: "app", policy: value }, { name: "app-policy" });

export const cases: RuleCase[] = [
    {
        name: "pull allowed to everyone",
        resources: policy(doc({ Effect: "Allow", Principal: "*", Action: PULL })),
        expect: { violations: [{ propertyPath: "policy.Statement[0]", messageIncludes: "`app-policy`" }] },
    },
    {
        name: "AWS wildcard principal in a list, second statement",
        resources: policy(doc(
            { Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: PULL },
            { Effect: "Allow", Principal: { AWS: ["*"] }, Action: "ecr:*" },
        )),
        expect: { violations: ["policy.Statement[1]"] },
    },
    {
        name: "a condition that does not narrow the caller does not help",
        resources: policy(doc({ Effect: "Allow", Principal: "*", Action: PULL, Condition: { Bool: { "aws:SecureTransport": "true" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "everyone in the organization",
        resources: policy(doc({ Effect: "Allow", Principal: "*", Action: PULL, Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } } })),
        expect: "pass",
    },
    {
        name: "condition key case does not matter",
        resources: policy(doc({ Effect: "Allow", Principal: { AWS: "*" }, Action: PULL, Condition: { StringEquals: { "aws:sourceaccount": "123456789012" } } })),
        expect: "pass",
    },
    {
        name: "policy given as an object",
        resources: policy({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: PULL }] }),
        expect: { violations: ["policy.Statement[0]"] },
    },
    { name: "named account", resources: policy(doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: PULL })), expect: "pass" },
    { name: "deny to everyone", resources: policy(doc({ Effect: "Deny", Principal: "*", Action: "ecr:DeleteRepository" })), expect: "pass" },
    { name: "not JSON: reported as not judged, never passed", resources: policy("{oops"), expect: { violations: [{ propertyPath: "policy", messageIncludes: "could not be judged" }] } },
    {
        name: "a negated condition does not narrow the caller",
        resources: policy(doc({ Effect: "Allow", Principal: "*", Action: PULL, Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-abc123" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "an IfExists condition does not narrow the caller",
        resources: policy(doc({ Effect: "Allow", Principal: "*", Action: PULL, Condition: { StringEqualsIfExists: { "aws:PrincipalOrgID": "o-abc123" } } })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    { name: "Allow with NotPrincipal lets everyone else in", resources: policy(doc({ Effect: "Allow", NotPrincipal: { AWS: "arn:aws:iam::123456789012:root" }, Action: PULL })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "an account wildcard in the principal ARN", resources: policy(doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::*:root" }, Action: PULL })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "document unknown during preview", resources: policy(unknown()), expect: "skipped" },
    {
        name: "secret document: reported on the policy with the details withheld",
        resources: policy(secret(doc({ Sid: "InternalOnlyTopSecret", Effect: "Allow", Principal: "*", Action: PULL }))),
        expect: { violations: [{ propertyPath: "policy", messageId: "publicStatement", messageIncludes: "Statement[[secret]]" }] },
    },
    // The engine's tricky cases (packs/shared/policy-document.test.ts), through this rule.
    { name: "tricky: NotPrincipal with Allow", resources: policy(doc({ ...pull, NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" } })), expect: { violations: [{ messageId: "publicStatement", messageIncludes: "allows everyone outside its NotPrincipal in Statement[0]", propertyPath: "policy.Statement[0]" }] } },
    { name: "tricky: account wildcard in the principal ARN", resources: policy(doc({ ...pull, Principal: { AWS: "arn:aws:iam::*:root" } })), expect: { violations: [{ messageId: "publicStatement", messageIncludes: "allows principals of any account in Statement[0]", propertyPath: "policy.Statement[0]" }] } },
    { name: "tricky: negated operator (StringNotEquals aws:PrincipalOrgID)", resources: policy(doc({ ...pull, Principal: "*", Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: ...IfExists", resources: policy(doc({ ...pull, Principal: "*", Condition: { StringEqualsIfExists: { "aws:SourceAccount": "111122223333" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: ForAllValues:", resources: policy(doc({ ...pull, Principal: "*", Condition: { "ForAllValues:StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: wildcard value (o-*)", resources: policy(doc({ ...pull, Principal: "*", Condition: { StringLike: { "aws:PrincipalOrgID": "o-*" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: a key that does not name the caller (aws:username)", resources: policy(doc({ ...pull, Principal: "*", Condition: { StringEquals: { "aws:username": "deploy" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: aws:PrincipalIsAWSService does not confine", resources: policy(doc({ ...pull, Principal: "*", Condition: { Bool: { "aws:PrincipalIsAWSService": "true" } } })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "tricky: confined by StringEqualsIgnoreCase on aws:PrincipalOrgID", resources: policy(doc({ ...pull, Principal: "*", Condition: { StringEqualsIgnoreCase: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } } })), expect: "pass" },
    { name: "tricky: a Deny guard (Deny unless from the VPC endpoint) fences the Allow in", resources: policy(doc({ ...pull, Principal: "*" }, { ...pull, Effect: "Deny", Principal: "*", Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-0a1b2c3d" } } })), expect: "pass" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret document: reported on the policy with the details withheld")!);
    const shown = JSON.stringify([result.diagnostics, result.remediations]);
    expect(shown).not.toContain("InternalOnlyTopSecret");
});
