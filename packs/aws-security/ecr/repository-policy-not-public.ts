import { defineRule } from "../../../src";
import { publicAudience, publicStatements } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/ecr";

export default defineRule({
    id: "ecr-repository-policy-not-public",
    title: "ECR repository policies do not allow everyone",
    description:
        'A repository policy that allows principal "*" without a condition on the caller\'s organization, account or network lets any AWS account pull the images (often with baked-in code, configuration or keys) and, depending on the actions, push or delete them.',
    severity: "high",
    service: "ecr",
    tags: ["exposure", "supply-chain"],
    remediation:
        'Replace the "*" principal with the account or role ARNs that need access, or add a condition such as `"StringEquals": { "aws:PrincipalOrgID": "o-..." }`; publish images meant for the public through an ECR Public repository instead.',
    defaultLevel: "mandatory",
    messages: {
        publicStatement: "ECR repository policy `{{name}}` allows {{who}} in Statement[{{index}}] with no condition limiting the caller's organization, account or network.",
    },
    examples: {
        violating: [
            {
                description: "any AWS account may pull",
                resources: [
                    {
                        type: "aws:ecr/repositoryPolicy:RepositoryPolicy",
                        name: "orders-api",
                        props: {
                            repository: "orders-api",
                            policy: {
                                Version: "2012-10-17",
                                Statement: [{ Effect: "Allow", Principal: "*", Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"] }],
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "only accounts of the organization may pull",
                resources: [
                    {
                        type: "aws:ecr/repositoryPolicy:RepositoryPolicy",
                        name: "orders-api",
                        props: {
                            repository: "orders-api",
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    {
                                        Effect: "Allow",
                                        Principal: "*",
                                        Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
                                        Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } },
                                    },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:ecr/repositoryPolicy:RepositoryPolicy",
    validate(props, ctx) {
        for (const statement of publicStatements(props.policy, ctx, `ECR repository policy \`${ctx.name}\``, "policy")) {
            const index = statement.index;
            ctx.report({
                messageId: "publicStatement",
                data: { name: ctx.name, index, who: publicAudience(statement) },
                propertyPath: `policy.Statement[${index}]`,
            });
        }
    },
});
