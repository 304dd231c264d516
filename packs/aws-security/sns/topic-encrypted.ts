import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/sns";

export default defineRule({
    id: "sns-topic-encrypted",
    title: "SNS topics encrypt messages with KMS",
    description:
        "Without server-side encryption, messages waiting for delivery are stored under keys only AWS controls. A KMS key adds an access check of its own and leaves a CloudTrail record of every use.",
    severity: "medium",
    service: "sns",
    frameworks: { "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"] },
    tags: ["encryption", "data"],
    remediation:
        "Set `kmsMasterKeyId` to a customer managed KMS key whose key policy lets the publishing services use it (e.g. `kmsMasterKeyId: key.arn`). The AWS managed key alias/aws/sns works only for publishers in your own account, not for services such as EventBridge, CloudWatch alarms or S3 notifications.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a topic without a KMS key",
                resources: [{ type: "aws:sns/topic:Topic", name: "order-events", props: { name: "order-events" } }],
            },
        ],
        compliant: [
            {
                description: "a topic encrypted with a customer managed key",
                resources: [
                    {
                        type: "aws:sns/topic:Topic",
                        name: "order-events",
                        props: {
                            name: "order-events",
                            kmsMasterKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:sns/topic:Topic",
    validate(props, ctx) {
        const key = props.kmsMasterKeyId;
        if (typeof key === "string" && key.trim() !== "") return;
        ctx.report({
            message: `SNS topic \`${ctx.name}\` has no kmsMasterKeyId, so its messages are not encrypted with a KMS key.`,
            propertyPath: "kmsMasterKeyId",
        });
    },
});
