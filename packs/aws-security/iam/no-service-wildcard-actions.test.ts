import { checkCase, mockResource, secret, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./no-service-wildcard-actions";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const policy = (value: MockProps<"aws:iam/policy:Policy">["policy"]) => mockResource("aws:iam/policy:Policy", { policy: value }, { name: "app" });

export const cases: RuleCase[] = [
    {
        name: "s3:* on *",
        resources: policy(doc({ Effect: "Allow", Action: "s3:*", Resource: "*" })),
        expect: { violations: [{ propertyPath: "policy.Statement[0].Action", messageIncludes: "s3:*" }] },
    },
    {
        name: "several services in one statement: one violation naming each",
        resources: mockResource("aws:iam/rolePolicy:RolePolicy", {
            role: "r",
            policy: doc({ Effect: "Allow", Action: ["ec2:Describe*", "EC2:*", "dynamodb:*"], Resource: ["*"] }),
        }),
        expect: { violations: [{ propertyPath: "policy.Statement[0].Action", messageIncludes: "dynamodb:*, ec2:*" }] },
    },
    {
        name: "NotResource counts as every resource",
        resources: mockResource("aws:iam/groupPolicy:GroupPolicy", {
            group: "g",
            policy: doc({ Effect: "Allow", Action: "kms:*", NotResource: "arn:aws:kms:eu-west-1:111122223333:key/abc" }),
        }),
        expect: { violations: ["policy.Statement[0].Action"] },
    },
    {
        name: "statement-by-statement, as an object document",
        resources: policy({ Statement: [{ Effect: "Allow", Action: "sqs:SendMessage", Resource: "*" }, { Effect: "Allow", Action: "sns:*", Resource: "*" }] }),
        expect: { violations: ["policy.Statement[1].Action"] },
    },
    { name: "scoped prefix wildcard", resources: policy(doc({ Effect: "Allow", Action: "ec2:Describe*", Resource: "*" })), expect: "pass" },
    { name: "service wildcard on specific resources", resources: policy(doc({ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::logs/*" })), expect: "pass" },
    { name: "Deny s3:*", resources: policy(doc({ Effect: "Deny", Action: "s3:*", Resource: "*" })), expect: "pass" },
    // Reported by iam-no-wildcard-admin-policy instead: proved in its test ("what iam-no-service-wildcard-actions leaves to this rule").
    { name: "full admin (beside s3:*) is not reported twice", resources: policy(doc({ Effect: "Allow", Action: ["*", "s3:*"], Resource: "*" })), expect: "pass" },
    {
        name: "a role's inline policy with iam:* on an all-wildcard ARN",
        resources: mockResource("aws:iam/role:Role", { assumeRolePolicy: "{}", inlinePolicies: [{ name: "iam", policy: doc({ Effect: "Allow", Action: "iam:*", Resource: "arn:aws:*:*:*:*" }) }] }, { name: "deployer" }),
        expect: { violations: [{ messageId: "serviceWildcard", data: { kind: "Role", name: "deployer", services: "iam:*", path: "`inlinePolicies[0].policy`", index: 0 }, propertyPath: "inlinePolicies[0].policy.Statement[0].Action" }] },
    },
    {
        name: "a permission set's inline policy with s3:*",
        resources: mockResource("aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy", { instanceArn: "i", permissionSetArn: "p", inlinePolicy: doc({ Effect: "Allow", Action: "s3:*", Resource: "*" }) }),
        expect: { violations: ["inlinePolicy.Statement[0].Action"] },
    },
    {
        name: "exempted service",
        resources: policy(doc({ Effect: "Allow", Action: ["logs:*"], Resource: "*" })),
        options: { config: { "iam-no-service-wildcard-actions": { exemptServices: ["logs"] } } },
        expect: "pass",
    },
    { name: "document unknown during preview", resources: policy(unknown()), expect: "skipped" },
    {
        name: "secret document: reported on the policy with the details withheld",
        resources: policy(secret(doc({ Effect: "Allow", Action: "secretsmanager:*", Resource: "*" }))),
        expect: { violations: [{ propertyPath: "policy", messageId: "serviceWildcard", messageIncludes: "Statement[[secret]]" }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret document: reported on the policy with the details withheld")!);
    const shown = JSON.stringify([result.diagnostics, result.remediations]);
    expect(shown).not.toContain("secretsmanager");
});
