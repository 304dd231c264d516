import { checkCase, mockResource, secret, unknown, type RuleCase } from "../../../src/testing";
import rule from "./no-allow-notaction-on-all-resources";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
// Policy documents as tests write them: any JSON shape (a string or an object, malformed ones too).
const policy = (value: unknown) => mockResource.untyped("aws:iam/policy:Policy", { policy: value }, { name: "power-user" });

export const cases: RuleCase[] = [
    {
        name: "Allow NotAction iam:* on *",
        resources: policy(doc({ Effect: "Allow", NotAction: ["iam:*", "organizations:*"], Resource: "*" })),
        expect: { violations: [{ propertyPath: "policy.Statement[0].NotAction", messageIncludes: "`power-user`" }] },
    },
    {
        name: "second statement of a role policy, Resource as a list",
        resources: mockResource("aws:iam/rolePolicy:RolePolicy", {
            role: "r",
            policy: doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }, { Effect: "Allow", NotAction: "iam:*", Resource: ["*"] }),
        }),
        expect: { violations: [{ propertyPath: "policy.Statement[1].NotAction", messageIncludes: "Role policy" }] },
    },
    {
        name: "match-all ARN counts as every resource",
        resources: mockResource("aws:iam/groupPolicy:GroupPolicy", {
            group: "g",
            policy: doc({ Effect: "Allow", NotAction: "iam:*", Resource: "arn:aws:*:*:*:*" }),
        }),
        expect: { violations: ["policy.Statement[0].NotAction"] },
    },
    {
        name: "NotResource: every resource but a few",
        resources: mockResource("aws:iam/userPolicy:UserPolicy", {
            user: "u",
            policy: doc({ Effect: "Allow", NotAction: "iam:*", NotResource: "arn:aws:s3:::audit/*" }),
        }),
        expect: { violations: ["policy.Statement[0].NotAction"] },
    },
    {
        name: "document given as an object with a single statement",
        resources: policy({ Version: "2012-10-17", Statement: { Effect: "Allow", NotAction: "iam:*", Resource: "*" } }),
        expect: { violations: ["policy.Statement[0].NotAction"] },
    },
    { name: "Deny NotAction (the safe idiom)", resources: policy(doc({ Effect: "Deny", NotAction: ["iam:*", "sts:*"], Resource: "*" })), expect: "pass" },
    {
        name: "Allow NotAction scoped to one bucket",
        resources: policy(doc({ Effect: "Allow", NotAction: "s3:DeleteBucket", Resource: ["arn:aws:s3:::logs", "arn:aws:s3:::logs/*"] })),
        expect: "pass",
    },
    { name: "ordinary Action on *", resources: policy(doc({ Effect: "Allow", Action: "ec2:Describe*", Resource: "*" })), expect: "pass" },
    { name: "not JSON: reported as not judged, never passed", resources: policy("{not json"), expect: { violations: [{ propertyPath: "policy", messageIncludes: "could not be judged" }] } },
    { name: 'every resource written as "arn:*"', resources: policy(doc({ Effect: "Allow", NotAction: "iam:*", Resource: "arn:*" })), expect: { violations: ["policy.Statement[0].NotAction"] } },
    {
        name: "a role's inline policy: NotAction on every resource is near-admin",
        resources: mockResource("aws:iam/role:Role", { assumeRolePolicy: "{}", inlinePolicies: [{ name: "power", policy: doc({ Effect: "Allow", NotAction: ["iam:*", "organizations:*"], Resource: "*" }) }] }, { name: "power" }),
        expect: { violations: [{ messageId: "notAction", data: { kind: "Role", name: "power", path: "`inlinePolicies[0].policy`", index: 0 }, propertyPath: "inlinePolicies[0].policy.Statement[0].NotAction" }] },
    },
    {
        name: "a permission set's inline policy, NotAction as a string",
        resources: mockResource("aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy", { instanceArn: "i", permissionSetArn: "p", inlinePolicy: doc({ Effect: "Allow", NotAction: "iam:*", Resource: "arn:aws:*:*:*:*" }) }),
        expect: { violations: ["inlinePolicy.Statement[0].NotAction"] },
    },
    { name: "document unknown during preview", resources: policy(unknown()), expect: "skipped" },
    {
        name: "secret document: reported on the policy with the details withheld",
        resources: policy(secret(doc({ Sid: "HiddenSid", Effect: "Allow", NotAction: "iam:*", Resource: "*" }))),
        expect: { violations: [{ propertyPath: "policy", messageId: "notAction", messageIncludes: "Statement[[secret]]" }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret document: reported on the policy with the details withheld")!);
    const shown = JSON.stringify([result.diagnostics, result.remediations]);
    expect(shown).not.toContain("HiddenSid");
    expect(shown).not.toContain("iam:*");
});
