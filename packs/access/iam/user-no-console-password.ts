import { defineRule, listOf } from "../../../src";
import type {} from "../../../src/types/aws/iam";
import type {} from "../../../src/types/aws/ssoadmin";

export default defineRule({
    id: "access-iam-user-no-console-password",
    title: "People sign in through SSO, not IAM user passwords",
    description:
        "A console password on an IAM user is a long-lived credential that lives outside your identity provider: it survives the person leaving, is not covered by the company's MFA and sign-in policies, and must be rotated by hand. IAM Identity Center or SAML federation gives people short sessions tied to their corporate identity.",
    severity: "medium",
    service: "iam",
    tags: ["credentials", "human-access"],
    remediation:
        "Give people access through IAM Identity Center permission sets (`aws.ssoadmin.PermissionSet` and `aws.ssoadmin.AccountAssignment`) or a SAML provider, and delete the `aws.iam.UserLoginProfile`. Keep IAM user passwords only for a documented break-glass user, listed in `exemptUsers`.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            exemptUsers: {
                type: "array",
                items: { type: "string" },
                description: "IAM user names (the login profile's `user`) allowed a console password, such as a break-glass user.",
            },
        },
    },
    configDefaults: { exemptUsers: [] as string[] },
    examples: {
        violating: [{ resources: [{ type: "aws:iam/userLoginProfile:UserLoginProfile", name: "alice-console", props: { user: "alice", passwordResetRequired: true } }] }],
        compliant: [
            {
                description: "people get a permission set instead of an IAM user",
                resources: [
                    {
                        type: "aws:ssoadmin/permissionSet:PermissionSet",
                        name: "developers",
                        props: { instanceArn: "arn:aws:sso:::instance/ssoins-7223a1b5c3e0d9f1", name: "Developers", sessionDuration: "PT4H" },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:iam/userLoginProfile:UserLoginProfile",
    validate(props, ctx) {
        const exempt = listOf(ctx.config.exemptUsers).filter((u): u is string => typeof u === "string");
        // Read the user name only when it matters: preview often does not know it yet.
        if (exempt.length > 0 && typeof props.user === "string" && exempt.includes(props.user)) return;
        ctx.report({
            message: `Login profile \`${ctx.name}\` gives an IAM user a long-lived console password.`,
            propertyPath: "user",
        });
    },
});
