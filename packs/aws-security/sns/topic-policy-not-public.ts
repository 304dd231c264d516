import { defineRule, propertyPath } from "../../../src";
import { publicAudience, publicStatements } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/sns";

export default defineRule({
    id: "sns-topic-policy-not-public",
    title: "SNS topic policies do not allow everyone",
    description:
        'A topic policy that allows Principal "*" with no condition naming the caller lets anyone on the internet publish to the topic or subscribe to it. Attackers can then inject messages into downstream systems or read every notification.',
    severity: "high",
    service: "sns",
    frameworks: { "aws-fsbp": ["SNS.4"] },
    tags: ["exposure"],
    remediation:
        'Name the principals that need access (account ARNs or service principals such as "events.amazonaws.com"), or keep Principal "*" only together with a condition on aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID with fixed values.',
    defaultLevel: "mandatory",
    messages: {
        publicStatement: "{{kind}} `{{name}}` allows {{who}} in Statement[{{index}}] without a condition that limits the caller's account, organization, source or network.",
    },
    examples: {
        violating: [
            {
                description: "anyone may publish",
                resources: [
                    {
                        type: "aws:sns/topicPolicy:TopicPolicy",
                        name: "order-events",
                        props: {
                            arn: "arn:aws:sns:eu-west-1:111122223333:order-events",
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    { Effect: "Allow", Principal: "*", Action: "SNS:Publish", Resource: "arn:aws:sns:eu-west-1:111122223333:order-events" },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "only EventBridge may publish",
                resources: [
                    {
                        type: "aws:sns/topicPolicy:TopicPolicy",
                        name: "order-events",
                        props: {
                            arn: "arn:aws:sns:eu-west-1:111122223333:order-events",
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    {
                                        Effect: "Allow",
                                        Principal: { Service: "events.amazonaws.com" },
                                        Action: "SNS:Publish",
                                        Resource: "arn:aws:sns:eu-west-1:111122223333:order-events",
                                    },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: ["aws:sns/topicPolicy:TopicPolicy", "aws:sns/topic:Topic"],
    validate(props, ctx) {
        const kind = ctx.type === "aws:sns/topic:Topic" ? "SNS topic" : "SNS topic policy";
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
