import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/sqs";

function hasKmsKey(key: unknown): boolean {
    return typeof key === "string" && key.trim() !== "";
}

export default defineRule({
    id: "sqs-queue-encrypted",
    title: "SQS queues encrypt messages at rest",
    description:
        "Messages can sit in a queue for up to two weeks. Server-side encryption, with SQS-managed keys (SSE-SQS) or a KMS key (SSE-KMS), keeps them unreadable on disk; stating it in code keeps a queue from ending up unencrypted by an explicit opt-out or an older default.",
    severity: "medium",
    service: "sqs",
    frameworks: {
        "aws-fsbp": ["SQS.1"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `sqsManagedSseEnabled: true`, or `kmsMasterKeyId` to a KMS key (e.g. `kmsMasterKeyId: key.arn`) when you need key policies or CloudTrail records of key use.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            requireExplicitSetting: {
                type: "boolean",
                description:
                    "Report queues that set neither kmsMasterKeyId nor sqsManagedSseEnabled and so rely on the AWS default (SSE-SQS for queues created since late 2022). When false, only an explicit sqsManagedSseEnabled: false without a KMS key is reported.",
            },
        },
    },
    configDefaults: { requireExplicitSetting: true },
    examples: {
        violating: [
            {
                description: "SQS-managed encryption switched off",
                resources: [{ type: "aws:sqs/queue:Queue", name: "orders", props: { name: "orders", sqsManagedSseEnabled: false } }],
            },
        ],
        compliant: [
            {
                description: "SQS-managed encryption switched on",
                resources: [{ type: "aws:sqs/queue:Queue", name: "orders", props: { name: "orders", sqsManagedSseEnabled: true } }],
            },
        ],
    },
    resourceType: "aws:sqs/queue:Queue",
    validate(props, ctx) {
        if (hasKmsKey(props.kmsMasterKeyId)) return;
        const sse = props.sqsManagedSseEnabled;
        if (sse === true) return;
        if (sse === false) {
            ctx.report({
                message: `SQS queue \`${ctx.name}\` turns SQS-managed encryption off (sqsManagedSseEnabled: false) and has no kmsMasterKeyId, so its messages are stored unencrypted.`,
                propertyPath: "sqsManagedSseEnabled",
            });
        } else if (ctx.config.requireExplicitSetting) {
            ctx.report({
                message: `SQS queue \`${ctx.name}\` sets neither kmsMasterKeyId nor sqsManagedSseEnabled, so its encryption depends on the AWS default.`,
                propertyPath: "sqsManagedSseEnabled",
            });
        }
    },
    remediate(props) {
        if (hasKmsKey(props.kmsMasterKeyId)) return;
        // An empty key ID would conflict with sqsManagedSseEnabled; drop it.
        if (props.kmsMasterKeyId !== undefined) delete props.kmsMasterKeyId;
        props.sqsManagedSseEnabled = true;
    },
});
