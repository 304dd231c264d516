import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/iam";

export default defineRule({
    id: "iam-no-access-keys",
    title: "No long-lived IAM access keys",
    description:
        "An access key is a password for the API that never expires: it ends up in CI variables, laptops and logs, and whoever copies it acts as the user until someone notices. Roles, IAM Identity Center and OIDC federation hand out short-lived credentials instead.",
    severity: "medium",
    service: "iam",
    tags: ["credentials"],
    remediation:
        "Give workloads an IAM role (instance profile, IRSA / EKS Pod Identity, Lambda execution role), let CI assume a role through OIDC federation, and sign people in through IAM Identity Center. If a key is unavoidable, keep it scoped, rotate it, and deactivate it (`status: \"Inactive\"`) when not in use.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "an access key for a CI user",
                resources: [{ type: "aws:iam/accessKey:AccessKey", name: "ci", props: { user: "ci-deployer" } }],
            },
        ],
        compliant: [
            {
                description: "CI assumes a role through OIDC federation instead",
                resources: [
                    {
                        type: "aws:iam/role:Role",
                        name: "ci",
                        props: {
                            name: "ci-deployer",
                            assumeRolePolicy: {
                                Version: "2012-10-17",
                                Statement: [
                                    {
                                        Effect: "Allow",
                                        Principal: { Federated: "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" },
                                        Action: "sts:AssumeRoleWithWebIdentity",
                                        Condition: { StringEquals: { "token.actions.githubusercontent.com:sub": "repo:acme/orders:ref:refs/heads/main" } },
                                    },
                                ],
                            },
                        },
                    },
                ],
            },
            {
                description: "a key kept but deactivated",
                resources: [{ type: "aws:iam/accessKey:AccessKey", name: "ci", props: { user: "ci-deployer", status: "Inactive" } }],
            },
        ],
    },
    resourceType: "aws:iam/accessKey:AccessKey",
    validate(props, ctx) {
        // An inactive key cannot sign requests.
        if (props.status === "Inactive") return;
        ctx.report({
            message: `Access key \`${ctx.name}\` creates long-lived credentials for an IAM user.`,
            propertyPath: "user",
        });
    },
});
