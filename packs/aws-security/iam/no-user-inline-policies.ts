import { defineRule } from "../../../src";
import { readPolicy } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/iam";

export default defineRule({
    id: "iam-no-user-inline-policies",
    title: "No inline policies on IAM users",
    description:
        "Permissions written into one user's inline policy are invisible when you review groups and roles, and they stay behind when the person changes job. Granting through groups or roles keeps access reviewable in one place.",
    severity: "low",
    service: "iam",
    frameworks: {
        "cis-aws-3.0": ["1.15"],
        "aws-fsbp": ["IAM.2"],
        "nist-800-53-r5": ["AC-2", "AC-3", "AC-6"],
    },
    tags: ["least-privilege"],
    remediation:
        "Move the statements into a group policy (`aws.iam.GroupPolicy`) or a managed policy attached to a group, add the user to that group (`aws.iam.UserGroupMembership`), then delete the `aws.iam.UserPolicy`. Better still, give people roles through IAM Identity Center.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "permissions written into a user",
                resources: [
                    {
                        type: "aws:iam/userPolicy:UserPolicy",
                        name: "alice-reports",
                        props: {
                            user: "alice",
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    {
                                        Effect: "Allow",
                                        Action: ["s3:GetObject", "s3:ListBucket"],
                                        Resource: ["arn:aws:s3:::acme-reports", "arn:aws:s3:::acme-reports/*"],
                                    },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the same permissions granted through a group",
                resources: [
                    {
                        type: "aws:iam/groupPolicy:GroupPolicy",
                        name: "analysts-reports",
                        props: {
                            group: "analysts",
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    {
                                        Effect: "Allow",
                                        Action: ["s3:GetObject", "s3:ListBucket"],
                                        Resource: ["arn:aws:s3:::acme-reports", "arn:aws:s3:::acme-reports/*"],
                                    },
                                ],
                            },
                        },
                    },
                    { type: "aws:iam/userGroupMembership:UserGroupMembership", name: "alice-analysts", props: { user: "alice", groups: ["analysts"] } },
                ],
            },
        ],
    },
    resourceType: "aws:iam/userPolicy:UserPolicy",
    validate(props, ctx) {
        const reading = readPolicy(props.policy);
        // A readable document with no Allow statement grants nothing: a Deny-only guardrail is fine.
        if (reading.kind === "document" && !reading.statements.some((statement) => statement.isAllow)) return;
        ctx.report({
            message: `User policy \`${ctx.name}\` grants permissions directly to an IAM user instead of through a group or role.`,
            propertyPath: "user",
        });
    },
});
