import { checkCase, mockResource, secret, unknown, unreadableSecret, type RuleCase } from "../../../src/testing";
import rule from "./no-wildcard-admin-policy";
import serviceWildcardRule from "./no-service-wildcard-actions";
import passRoleRule from "../../access/iam/passrole-scoped";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
// Policy documents as tests write them: any JSON shape (a string or an object, malformed ones too).
const policy = (value: unknown) => mockResource.untyped("aws:iam/policy:Policy", { policy: value }, { name: "ops" });

export const cases: RuleCase[] = [
    {
        name: "Allow * on *",
        resources: policy(doc({ Effect: "Allow", Action: "*", Resource: "*" })),
        expect: { violations: ["policy.Statement[0]"] },
    },
    {
        name: "Allow *:* in a list, second statement of a role policy",
        resources: mockResource("aws:iam/rolePolicy:RolePolicy", {
            role: "r",
            policy: doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }, { Effect: "Allow", Action: ["ec2:*", "*:*"], Resource: ["*"] }),
        }),
        expect: { violations: ["policy.Statement[1]"] },
    },
    {
        name: "policy given as an object",
        resources: policy({ Version: "2012-10-17", Statement: { Effect: "Allow", Action: ["*"], Resource: "*" } }),
        expect: { violations: ["policy.Statement[0]"] },
    },
    { name: "scoped actions", resources: policy(doc({ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::logs/*" })), expect: "pass" },
    { name: "Deny * on *", resources: policy(doc({ Effect: "Deny", Action: "*", Resource: "*" })), expect: "pass" },
    { name: "not JSON: reported as not judged, never passed", resources: policy("{not json"), expect: { violations: [{ propertyPath: "policy", messageIncludes: "could not be judged" }] } },
    { name: "every resource written as an all-wildcard ARN", resources: policy(doc({ Effect: "Allow", Action: "*", Resource: "arn:aws:*:*:*:*" })), expect: { violations: ["policy.Statement[0]"] } },
    { name: 'every resource written as "arn:*"', resources: policy(doc({ Effect: "Allow", Action: "*", Resource: ["arn:aws:s3:::logs", "arn:*"] })), expect: { violations: ["policy.Statement[0]"] } },
    { name: "every resource but one (NotResource)", resources: policy(doc({ Effect: "Allow", Action: "*", NotResource: "arn:aws:iam::111122223333:role/break-glass" })), expect: { violations: ["policy.Statement[0]"] } },
    {
        name: "a role's inline policy: every resource as an all-wildcard ARN",
        resources: mockResource(
            "aws:iam/role:Role",
            {
                assumeRolePolicy: doc({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }),
                inlinePolicies: [
                    { name: "read", policy: doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::logs/*" }) },
                    { name: "admin", policy: doc({ Effect: "Allow", Action: "*", Resource: "arn:aws:*:*:*:*" }) },
                ],
            },
            { name: "ops-role" },
        ),
        expect: {
            violations: [
                {
                    messageId: "fullAdmin",
                    data: { kind: "Role", name: "ops-role", path: "`inlinePolicies[1].policy`", index: 0 },
                    propertyPath: "inlinePolicies[1].policy.Statement[0]",
                },
            ],
        },
    },
    {
        name: "a role without inline policies",
        resources: mockResource("aws:iam/role:Role", { assumeRolePolicy: doc({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }) }),
        expect: "pass",
    },
    {
        name: "a role's inline policy unknown during preview",
        resources: mockResource("aws:iam/role:Role", { assumeRolePolicy: "{}", inlinePolicies: [{ name: "x", policy: unknown() }] }),
        expect: "skipped",
    },
    {
        name: "an Identity Center permission set's inline policy, *:* as a single statement object",
        resources: mockResource(
            "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy",
            {
                instanceArn: "arn:aws:sso:::instance/ssoins-1",
                permissionSetArn: "arn:aws:sso:::permissionSet/ssoins-1/ps-1",
                inlinePolicy: JSON.stringify({ Version: "2012-10-17", Statement: { Effect: "Allow", Action: "*:*", Resource: "*" } }),
            },
            { name: "admins" },
        ),
        expect: { violations: [{ messageId: "fullAdmin", data: { kind: "Permission set inline policy", name: "admins", path: "`inlinePolicy`", index: 0 }, propertyPath: "inlinePolicy.Statement[0]" }] },
    },
    { name: "user policy, Action in odd case and list", resources: mockResource("aws:iam/userPolicy:UserPolicy", { user: "u", policy: doc({ Effect: "Allow", Action: ["s3:GetObject", "**"], Resource: "arn:*" }) }), expect: { violations: ["policy.Statement[0]"] } },
    { name: "group policy, every resource as arn:aws:*", resources: mockResource("aws:iam/groupPolicy:GroupPolicy", { group: "g", policy: doc({ Effect: "Allow", Action: "*", Resource: "arn:aws:*" }) }), expect: { violations: ["policy.Statement[0]"] } },
    { name: "Effect is case-sensitive (IAM rejects \"allow\"): not an Allow", resources: policy(doc({ Effect: "allow", Action: "*", Resource: "*" })), expect: "pass" },
    { name: "document unknown during preview", resources: policy(unknown()), expect: "skipped" },
    {
        name: "secret document: violation reported on the policy with the details withheld",
        resources: policy(secret(doc({ Effect: "Allow", Action: "*", Resource: "*", Sid: "TopSecretSid" }))),
        expect: { violations: [{ propertyPath: "policy", messageId: "fullAdmin", messageIncludes: "Statement[[secret]]" }] },
    },
    { name: "policy an unreadable secret (encrypted in the stack export): not judged", resources: policy(unreadableSecret()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("what iam-no-service-wildcard-actions leaves to this rule (full admin beside s3:*), this rule reports", async () => {
    const resources = policy(doc({ Effect: "Allow", Action: ["*", "s3:*"], Resource: "*" }));
    await checkCase(serviceWildcardRule, { name: "left to iam-no-wildcard-admin-policy", resources, expect: "pass" });
    await checkCase(rule, { name: "reported here", resources, expect: { violations: [{ messageId: "fullAdmin", propertyPath: "policy.Statement[0]" }] } });
});

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret document: violation reported on the policy with the details withheld")!);
    const shown = JSON.stringify([result.diagnostics, result.remediations]);
    expect(shown).not.toContain("TopSecretSid");
});

test("what access-iam-passrole-scoped leaves to this rule (full admin), this rule reports", async () => {
    const resources = mockResource.untyped("aws:iam/policy:Policy", { policy: doc({ Effect: "Allow", Action: "*", Resource: "*" }) }, { name: "deployer" });
    await checkCase(passRoleRule, { name: "left to iam-no-wildcard-admin-policy", resources, expect: "pass" });
    await checkCase(rule, { name: "reported here", resources, expect: { violations: [{ messageId: "fullAdmin", propertyPath: "policy.Statement[0]" }] } });
});
