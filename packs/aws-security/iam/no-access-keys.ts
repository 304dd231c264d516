import { defineRule } from "../../../src";

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
