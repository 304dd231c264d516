import { checkCase, mockResource, secret, unknown, type RuleCase } from "../../../src/testing";
import rule from "./passrole-scoped";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
// Policy documents as tests write them: any JSON shape (a string or an object, malformed ones too).
const policy = (value: unknown) => mockResource.untyped("aws:iam/policy:Policy", { policy: value }, { name: "deployer" });
const TRUST = doc({ Effect: "Allow", Principal: { Service: "codebuild.amazonaws.com" }, Action: "sts:AssumeRole" });
const ROLE_ARN = "arn:aws:iam::111122223333:role/orders-api-task";

export const cases: RuleCase[] = [
    {
        name: "PassRole on *",
        resources: policy(doc({ Effect: "Allow", Action: ["ecs:UpdateService", "iam:PassRole"], Resource: "*" })),
        expect: { violations: [{ propertyPath: "policy.Statement[0].Resource", messageIncludes: "IAM policy `deployer` allows iam:PassRole on every role in Statement[0]." }] },
    },
    { name: "action wildcard and mixed case", resources: policy(doc({ Effect: "Allow", Action: "IAM:Pass*", Resource: ["*"] })), expect: { violations: ["policy.Statement[0].Resource"] } },
    { name: "iam:* on *", resources: policy({ Statement: { Effect: "Allow", Action: "iam:*", Resource: "*" } }), expect: { violations: ["policy.Statement[0].Resource"] } },
    { name: "every role of an account", resources: policy(doc({ Effect: "Allow", Action: "iam:PassRole", Resource: "arn:aws:iam::111122223333:role/*" })), expect: { violations: ["policy.Statement[0].Resource"] } },
    { name: "NotResource", resources: policy(doc({ Effect: "Allow", Action: "iam:PassRole", NotResource: ROLE_ARN })), expect: { violations: ["policy.Statement[0].NotResource"] } },
    {
        name: "a PassedToService condition still allows passing any role",
        resources: mockResource("aws:iam/rolePolicy:RolePolicy", {
            role: "ci",
            policy: doc({ Effect: "Allow", Action: "iam:PassRole", Resource: "*", Condition: { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } } }),
        }),
        expect: { violations: [{ propertyPath: "policy.Statement[0].Resource", messageIncludes: "Role policy" }] },
    },
    {
        name: "role inline policy (second entry)",
        resources: mockResource("aws:iam/role:Role", {
            assumeRolePolicy: TRUST,
            inlinePolicies: [
                { name: "logs", policy: doc({ Effect: "Allow", Action: "logs:PutLogEvents", Resource: "*" }) },
                { name: "deploy", policy: doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }, { Effect: "Allow", Action: "iam:PassRole", Resource: "*" }) },
            ],
        }, { name: "ci" }),
        expect: { violations: [{ propertyPath: "inlinePolicies[1].policy.Statement[1].Resource", messageIncludes: "Role `ci` allows iam:PassRole on every role in Statement[1] of inlinePolicies[1].policy" }] },
    },
    {
        name: "permission set inline policy",
        resources: mockResource("aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy", {
            instanceArn: "arn:aws:sso:::instance/ssoins-1",
            permissionSetArn: "arn:aws:sso:::permissionSet/ssoins-1/ps-1",
            inlinePolicy: doc({ Effect: "Allow", Action: "iam:PassRole", Resource: "*" }),
        }),
        expect: { violations: ["inlinePolicy.Statement[0].Resource"] },
    },
    { name: "named role", resources: policy(doc({ Effect: "Allow", Action: "iam:PassRole", Resource: ROLE_ARN })), expect: "pass" },
    { name: "role path prefix", resources: policy(doc({ Effect: "Allow", Action: "iam:PassRole", Resource: "arn:aws:iam::111122223333:role/app/*" })), expect: "pass" },
    { name: "other iam actions on *", resources: policy(doc({ Effect: "Allow", Action: ["iam:GetRole", "iam:ListRoles"], Resource: "*" })), expect: "pass" },
    // Reported by iam-no-wildcard-admin-policy instead: proved in its test.
    { name: "full admin is not reported twice", resources: policy(doc({ Effect: "Allow", Action: "*", Resource: "*" })), expect: "pass" },
    { name: "Deny PassRole on *", resources: policy(doc({ Effect: "Deny", Action: "iam:PassRole", Resource: "*" })), expect: "pass" },
    { name: "role without inline policies", resources: mockResource("aws:iam/role:Role", { assumeRolePolicy: TRUST }), expect: "pass" },
    { name: "not JSON: reported as not judged, never passed", resources: policy("{not json"), expect: { violations: [{ propertyPath: "policy", messageIncludes: "could not be judged" }] } },
    { name: "NotAction that leaves iam:PassRole in, on *", resources: policy(doc({ Effect: "Allow", NotAction: ["s3:*"], Resource: "*" })), expect: { violations: ["policy.Statement[0].Resource"] } },
    { name: "NotAction that takes iam:PassRole out", resources: policy(doc({ Effect: "Allow", NotAction: ["iam:*"], Resource: "*" })), expect: "pass" },
    { name: "document unknown in preview", resources: policy(unknown()), expect: "skipped" },
    { name: "role inline policies unknown in preview", resources: mockResource("aws:iam/role:Role", { assumeRolePolicy: TRUST, inlinePolicies: unknown("array") }), expect: "skipped" },
    { name: "secret document: reported on the policy with the details withheld", resources: policy(secret(doc({ Sid: "HiddenSid", Effect: "Allow", Action: "iam:PassRole", Resource: "*" }))), expect: { violations: [{ propertyPath: "policy", messageIncludes: "The details are withheld because this finding rests on secret values (`policy`)" }] } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("the secret document's content appears nowhere in what is reported", async () => {
    const result = await checkCase(rule, cases.find((c) => c.name === "secret document: reported on the policy with the details withheld")!);
    const shown = JSON.stringify([result.diagnostics, result.remediations]);
    expect(shown).not.toContain("HiddenSid");
});
