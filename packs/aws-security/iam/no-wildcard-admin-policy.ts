import { defineRule } from "../../../src";
import { isFullAdmin, statementsToJudge } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/iam";

export default defineRule({
    id: "iam-no-wildcard-admin-policy",
    title: "No full-admin IAM policies",
    description:
        'A policy that allows every action ("*") on every resource makes whoever holds it an administrator of the account. Grant only the actions and resources a workload needs.',
    severity: "critical",
    service: "iam",
    frameworks: {
        "cis-aws-3.0": ["1.16"],
        "aws-fsbp": ["IAM.1"],
        "nist-800-53-r5": ["AC-2", "AC-3", "AC-6"],
    },
    tags: ["least-privilege"],
    remediation:
        'Replace the "*" action with the specific actions the principal needs (e.g. "s3:GetObject"), scoped to specific resource ARNs; use AWS managed job-function policies as a starting point.',
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                resources: [{ type: "aws:iam/policy:Policy", name: "ops", props: { policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }) } }],
            },
        ],
        compliant: [
            {
                resources: [
                    {
                        type: "aws:iam/policy:Policy",
                        name: "ops",
                        props: { policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:GetObject"], Resource: "arn:aws:s3:::reports/*" }] }) },
                    },
                ],
            },
        ],
    },
    resourceType: [
        "aws:iam/policy:Policy",
        "aws:iam/rolePolicy:RolePolicy",
        "aws:iam/userPolicy:UserPolicy",
        "aws:iam/groupPolicy:GroupPolicy",
    ],
    validate(props, ctx) {
        for (const statement of statementsToJudge(props.policy, ctx, `IAM policy \`${ctx.name}\``, "policy")) {
            if (!isFullAdmin(statement)) continue;
            ctx.report({
                message: `IAM policy \`${ctx.name}\` allows every action on every resource in Statement[${statement.index}].`,
                propertyPath: `policy.Statement[${statement.index}]`,
            });
        }
    },
});
