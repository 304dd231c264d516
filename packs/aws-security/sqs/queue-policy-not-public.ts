import { defineRule, propertyPath } from "../../../src";
import { publicAudience, publicStatements } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/sqs";

export default defineRule({
    id: "sqs-queue-policy-not-public",
    title: "SQS queue policies do not allow everyone",
    description:
        'A queue policy that allows Principal "*" with no condition naming the caller lets anyone send messages into the queue, or read and delete the messages in it, depending on the actions granted.',
    severity: "high",
    service: "sqs",
    frameworks: { "aws-fsbp": ["SQS.3"] },
    tags: ["exposure", "data"],
    remediation:
        'Name the principals that need access (account ARNs or service principals such as "sns.amazonaws.com"), or keep Principal "*" only together with a condition on aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID with fixed values.',
    defaultLevel: "mandatory",
    messages: {
        publicStatement: "{{kind}} `{{name}}` allows {{who}} in Statement[{{index}}] without a condition that limits the caller's account, organization, source or network.",
    },
    examples: {
        violating: [
            {
                description: "anyone may send messages",
                resources: [
                    {
                        type: "aws:sqs/queuePolicy:QueuePolicy",
                        name: "orders",
                        props: {
                            queueUrl: "https://sqs.eu-west-1.amazonaws.com/111122223333/orders",
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    { Effect: "Allow", Principal: "*", Action: "sqs:SendMessage", Resource: "arn:aws:sqs:eu-west-1:111122223333:orders" },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "only one SNS topic may send messages",
                resources: [
                    {
                        type: "aws:sqs/queuePolicy:QueuePolicy",
                        name: "orders",
                        props: {
                            queueUrl: "https://sqs.eu-west-1.amazonaws.com/111122223333/orders",
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    {
                                        Effect: "Allow",
                                        Principal: { Service: "sns.amazonaws.com" },
                                        Action: "sqs:SendMessage",
                                        Resource: "arn:aws:sqs:eu-west-1:111122223333:orders",
                                        Condition: { ArnEquals: { "aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:order-events" } },
                                    },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: ["aws:sqs/queuePolicy:QueuePolicy", "aws:sqs/queue:Queue"],
    validate(props, ctx) {
        const kind = ctx.type === "aws:sqs/queue:Queue" ? "SQS queue" : "SQS queue policy";
        for (const statement of publicStatements(props.policy, ctx, `${kind} \`${ctx.name}\``, "policy")) {
            const index = statement.index;
            ctx.report({
                messageId: "publicStatement",
                data: { kind, name: ctx.name, index, who: publicAudience(statement) },
                propertyPath: propertyPath("policy", "Statement", index),
            });
        }
    },
});
