import { defineRule } from "../../../src";
import { publicAudience, publicStatements } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/secretsmanager";

/**
 * A secret's resource policy must not let everyone read it. Judged on the SecretPolicy resource
 * and on a Secret's own `policy` input. `blockPublicPolicy: true` on a SecretPolicy makes
 * Secrets Manager refuse such a policy at deploy time; the policy is still reported here, so
 * the problem shows in preview rather than as a failed update.
 */
export default defineRule({
    id: "secretsmanager-secret-policy-not-public",
    title: "Secrets Manager secret policies do not allow everyone",
    description:
        'A secret policy statement that allows Principal "*" (or everyone outside a NotPrincipal, or any account) with no condition on the caller\'s account, organization or network lets principals of every AWS account read the secret value, or change and delete it, depending on the actions.',
    severity: "critical",
    service: "secretsmanager",
    frameworks: {
        "nist-800-53-r5": ["AC-3", "AC-21"],
    },
    tags: ["exposure", "credentials"],
    remediation:
        'Name the account or role ARNs that need the secret in the policy, or keep Principal "*" only with a condition on a fixed organization or account (`"StringEquals": { "aws:PrincipalOrgID": "o-..." }`). Set `blockPublicPolicy: true` on the aws.secretsmanager.SecretPolicy so Secrets Manager rejects a public policy.',
    defaultLevel: "mandatory",
    messages: {
        publicStatement: "{{kind}} `{{name}}` allows {{who}} in `policy` Statement[{{index}}] with no condition on the caller's account, organization or network.",
    },
    examples: {
        violating: [
            {
                description: "any AWS account may read the secret",
                resources: [
                    {
                        type: "aws:secretsmanager/secretPolicy:SecretPolicy",
                        name: "db-credentials",
                        props: {
                            secretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders/db-AbCdEf",
                            policy: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "secretsmanager:GetSecretValue", Resource: "*" }],
                            }),
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "one role of the account may read it; public policies blocked",
                resources: [
                    {
                        type: "aws:secretsmanager/secretPolicy:SecretPolicy",
                        name: "db-credentials",
                        props: {
                            secretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders/db-AbCdEf",
                            blockPublicPolicy: true,
                            policy: JSON.stringify({
                                Version: "2012-10-17",
                                Statement: [
                                    { Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:role/orders-api" }, Action: "secretsmanager:GetSecretValue", Resource: "*" },
                                ],
                            }),
                        },
                    },
                ],
            },
        ],
    },
    resourceType: ["aws:secretsmanager/secretPolicy:SecretPolicy", "aws:secretsmanager/secret:Secret"],
    validate(props, ctx) {
        const kind = ctx.type === "aws:secretsmanager/secret:Secret" ? "Secret" : "Secret policy";
        for (const statement of publicStatements(props.policy, ctx, `${kind} \`${ctx.name}\``, "policy")) {
            ctx.report({
                messageId: "publicStatement",
                data: { kind, name: ctx.name, who: publicAudience(statement), index: statement.index },
                propertyPath: `policy.Statement[${statement.index}]`,
            });
        }
    },
});
