import { defineRule, listOf } from "../../../src";
import type {} from "../../../src/types/aws/iam";

export default defineRule({
    id: "iam-no-user-policy-attachments",
    title: "No managed policies attached directly to IAM users",
    description:
        "A managed policy attached to an individual user is one more place to look when you review who can do what, and it is easily forgotten when the person's role changes. Attach policies to groups or roles instead.",
    severity: "low",
    service: "iam",
    frameworks: {
        "cis-aws-3.0": ["1.15"],
        "aws-fsbp": ["IAM.2"],
        "nist-800-53-r5": ["AC-2", "AC-3", "AC-6"],
    },
    tags: ["least-privilege"],
    remediation:
        "Attach the policy to a group (`aws.iam.GroupPolicyAttachment`) and make the user a member (`aws.iam.UserGroupMembership`), or grant it through a role; for `aws.iam.PolicyAttachment`, move the users to `groups`. Prefer IAM Identity Center for people.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a managed policy attached to a user",
                resources: [
                    {
                        type: "aws:iam/userPolicyAttachment:UserPolicyAttachment",
                        name: "alice-readonly",
                        props: { user: "alice", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the policy attached to a group the user belongs to",
                resources: [
                    {
                        type: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
                        name: "auditors-readonly",
                        props: { group: "auditors", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" },
                    },
                    { type: "aws:iam/userGroupMembership:UserGroupMembership", name: "alice-auditors", props: { user: "alice", groups: ["auditors"] } },
                ],
            },
        ],
    },
    resourceType: ["aws:iam/userPolicyAttachment:UserPolicyAttachment", "aws:iam/policyAttachment:PolicyAttachment"],
    validate(_props, ctx) {
        const { resource } = ctx;
        if (resource.type === "aws:iam/userPolicyAttachment:UserPolicyAttachment") {
            ctx.report({ message: `Policy attachment \`${ctx.name}\` attaches a managed policy directly to an IAM user.`, propertyPath: "user" });
            return;
        }
        const users = listOf(resource.props.users);
        if (users.length === 0) return;
        const count = users.length === 1 ? "1 IAM user" : `${users.length} IAM users`;
        ctx.report({ message: `Policy attachment \`${ctx.name}\` attaches a managed policy directly to ${count}.`, propertyPath: "users" });
    },
});
