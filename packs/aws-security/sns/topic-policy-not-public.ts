import { defineRule, propertyPath } from "../../../src";
import { publicStatementIndexes } from "../lib/sns-sqs-resource-policy";

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
    resourceType: ["aws:sns/topicPolicy:TopicPolicy", "aws:sns/topic:Topic"],
    validate(props, ctx) {
        const kind = ctx.type === "aws:sns/topic:Topic" ? "SNS topic" : "SNS topic policy";
        for (const index of publicStatementIndexes(props.policy) ?? []) {
            ctx.report({
                message: `${kind} \`${ctx.name}\` allows every principal in Statement[${index}] without a condition that limits the caller.`,
                propertyPath: propertyPath("policy", "Statement", index),
            });
        }
    },
});
