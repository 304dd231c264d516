import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/kinesis";

export default defineRule({
    id: "kinesis-stream-encrypted",
    title: "Kinesis data streams are encrypted at rest",
    description:
        "Kinesis keeps every record of a stream on disk for its whole retention period, often events, clickstreams or change data with personal data in them. Without server-side encryption (the default is \"NONE\") those records are stored unencrypted.",
    severity: "medium",
    service: "kinesis",
    frameworks: {
        "aws-fsbp": ["Kinesis.1"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation: 'Set `encryptionType: "KMS"` with `kmsKeyId: "alias/aws/kinesis"` (the AWS managed key) or a customer managed key\'s ARN on the aws.kinesis.Stream. It can be turned on for an existing stream without downtime.',
    defaultLevel: "advisory",
    messages: {
        unset: "Kinesis stream `{{name}}` does not set encryptionType, so records are stored unencrypted (the default is \"NONE\").",
        none: "Kinesis stream `{{name}}` stores records unencrypted (encryptionType is not \"KMS\").",
    },
    examples: {
        violating: [
            {
                description: "a stream without server-side encryption",
                resources: [{ type: "aws:kinesis/stream:Stream", name: "events", props: { name: "events", shardCount: 1, retentionPeriod: 24 } }],
            },
        ],
        compliant: [
            {
                description: "a stream encrypted with the AWS managed key",
                resources: [
                    { type: "aws:kinesis/stream:Stream", name: "events", props: { name: "events", shardCount: 1, retentionPeriod: 24, encryptionType: "KMS", kmsKeyId: "alias/aws/kinesis" } },
                ],
            },
        ],
    },
    resourceType: "aws:kinesis/stream:Stream",
    validate(props, ctx) {
        const type = props.encryptionType;
        if (typeof type === "string" && type.trim().toUpperCase() === "KMS") return;
        ctx.report({ messageId: type === undefined || type === null ? "unset" : "none", data: { name: ctx.name }, propertyPath: "encryptionType" });
    },
    remediate(props) {
        props.encryptionType = "KMS";
        if (props.kmsKeyId === undefined || props.kmsKeyId === null || props.kmsKeyId === "") props.kmsKeyId = "alias/aws/kinesis";
    },
});
