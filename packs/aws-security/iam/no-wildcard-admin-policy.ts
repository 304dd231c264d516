import { defineRule } from "../../../src";
import { IDENTITY_POLICY_CARRIERS, identityStatements, policyKind } from "../../shared/identity-policies";
import { isFullAdmin } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/iam";
import type {} from "../../../src/types/aws/ssoadmin";

export default defineRule({
    id: "iam-no-wildcard-admin-policy",
    title: "No full-admin IAM policies",
    description:
        'A policy that allows every action ("*" or "*:*") on every resource ("*", an all-wildcard ARN such as "arn:aws:*:*:*:*", or NotResource) makes whoever holds it an administrator of the account. Judged on every identity-policy carrier: IAM policies, role, user and group policies, a role\'s inline policies and IAM Identity Center permission-set inline policies (stricter than Security Hub IAM.1, which looks at customer managed policies only).',
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
    messages: {
        fullAdmin: "{{kind}} `{{name}}` allows every action on every resource in {{path}} Statement[{{index}}].",
    },
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
    resourceType: [...IDENTITY_POLICY_CARRIERS],
    validate(props, ctx) {
        for (const { statement, path } of identityStatements(ctx.type, props, ctx)) {
            if (!isFullAdmin(statement)) continue;
            ctx.report({
                messageId: "fullAdmin",
                data: { kind: policyKind(ctx.type), name: ctx.name, path: `\`${path}\``, index: statement.index },
                propertyPath: `${path}.Statement[${statement.index}]`,
            });
        }
    },
});
