import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./no-administrator-access";

const ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
const TRUST = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole" }] });
const roleAttachment = (policyArn: MockProps<"aws:iam/rolePolicyAttachment:RolePolicyAttachment">["policyArn"], name = "developer-admin") =>
    mockResource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", { role: "developer", policyArn }, { name });
const exempt = (...exemptResources: string[]) => ({ config: { "access-iam-no-administrator-access": { exemptResources } } });

export const cases: RuleCase[] = [
    {
        name: "role attachment",
        resources: roleAttachment(ADMIN),
        expect: { violations: [{ propertyPath: "policyArn", messageIncludes: "Policy attachment `developer-admin` attaches AdministratorAccess to a role." }] },
    },
    { name: "user attachment", resources: mockResource("aws:iam/userPolicyAttachment:UserPolicyAttachment", { user: "alice", policyArn: ADMIN }), expect: { violations: [{ messageIncludes: "an IAM user" }] } },
    { name: "group attachment", resources: mockResource("aws:iam/groupPolicyAttachment:GroupPolicyAttachment", { group: "admins", policyArn: ADMIN }), expect: { violations: ["policyArn"] } },
    { name: "policy attachment to several", resources: mockResource("aws:iam/policyAttachment:PolicyAttachment", { policyArn: ADMIN, roles: ["a"], users: ["b"] }), expect: { violations: ["policyArn"] } },
    { name: "GovCloud partition", resources: roleAttachment("arn:aws-us-gov:iam::aws:policy/AdministratorAccess"), expect: { violations: ["policyArn"] } },
    {
        name: "role managedPolicyArns",
        resources: mockResource("aws:iam/role:Role", { assumeRolePolicy: TRUST, managedPolicyArns: ["arn:aws:iam::aws:policy/ReadOnlyAccess", ADMIN] }, { name: "ops" }),
        expect: { violations: [{ propertyPath: "managedPolicyArns[1]", messageIncludes: "Role `ops` has AdministratorAccess" }] },
    },
    {
        name: "exclusive role attachments",
        resources: mockResource("aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive", { roleName: "ops", policyArns: [ADMIN] }),
        expect: { violations: ["policyArns[0]"] },
    },
    {
        name: "permission set attachment",
        resources: mockResource("aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment", {
            instanceArn: "arn:aws:sso:::instance/ssoins-1",
            permissionSetArn: "arn:aws:sso:::permissionSet/ssoins-1/ps-1",
            managedPolicyArn: ADMIN,
        }),
        expect: { violations: [{ propertyPath: "managedPolicyArn", messageIncludes: "permission set" }] },
    },
    { name: "PowerUserAccess", resources: roleAttachment("arn:aws:iam::aws:policy/PowerUserAccess"), expect: "pass" },
    { name: "a look-alike AWS managed policy", resources: roleAttachment("arn:aws:iam::aws:policy/AdministratorAccess-Amplify"), expect: "pass" },
    { name: "a customer policy with the same name", resources: roleAttachment("arn:aws:iam::111122223333:policy/AdministratorAccess"), expect: "pass" },
    { name: "role without managed policies", resources: mockResource("aws:iam/role:Role", { assumeRolePolicy: TRUST }), expect: "pass" },
    { name: "break-glass attachment exempted", resources: roleAttachment(ADMIN, "break-glass-admin"), options: exempt("break-glass-admin"), expect: "not-judged" },
    { name: "exemption names another resource", resources: roleAttachment(ADMIN), options: exempt("break-glass-admin"), expect: { violations: ["policyArn"] } },
    { name: "policy ARN unknown in preview", resources: roleAttachment(unknown()), expect: "skipped" },
    { name: "role's managed policy list unknown in preview", resources: mockResource("aws:iam/role:Role", { assumeRolePolicy: TRUST, managedPolicyArns: unknown("array") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
