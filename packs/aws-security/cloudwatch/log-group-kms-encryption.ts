import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/cloudwatch";

export default defineRule({
    id: "cloudwatch-log-group-kms-encryption",
    title: "CloudWatch log groups are encrypted with a KMS key",
    description:
        "Application and audit logs often carry personal data, tokens or internal addresses. CloudWatch Logs encrypts them with keys it manages; a customer managed KMS key adds a permission you control, and can revoke, on every read of the group's data.",
    severity: "low",
    service: "cloudwatch",
    tags: ["logging", "encryption-at-rest"],
    remediation:
        "Set `kmsKeyId` to the ARN of a customer managed KMS key whose key policy allows the logs.<region>.amazonaws.com service principal to use it for this log group.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a log group encrypted with keys CloudWatch manages",
                resources: [{ type: "aws:cloudwatch/logGroup:LogGroup", name: "app-logs", props: { name: "/orders/api", retentionInDays: 365 } }],
            },
        ],
        compliant: [
            {
                description: "a log group encrypted with a customer managed key",
                resources: [
                    {
                        type: "aws:cloudwatch/logGroup:LogGroup",
                        name: "app-logs",
                        props: {
                            name: "/orders/api",
                            retentionInDays: 365,
                            kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:cloudwatch/logGroup:LogGroup",
    validate(props, ctx) {
        const keyId = props.kmsKeyId;
        if (typeof keyId !== "string" || keyId.trim() === "") {
            ctx.report({
                message: `Log group \`${ctx.name}\` is not encrypted with a customer managed KMS key (kmsKeyId is not set).`,
                propertyPath: "kmsKeyId",
            });
        }
    },
});
