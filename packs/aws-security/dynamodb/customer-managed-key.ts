import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/dynamodb";

function hasKey(arn: unknown): boolean {
    return typeof arn === "string" && arn.trim() !== "";
}

export default defineRule({
    id: "dynamodb-customer-managed-key",
    title: "DynamoDB tables use a customer managed KMS key",
    description:
        "DynamoDB always encrypts tables, but by default with a key owned by AWS that you cannot audit, restrict or revoke. A customer managed key puts table access behind a key policy you control and records every use in CloudTrail.",
    severity: "low",
    service: "dynamodb",
    tags: ["encryption", "data"],
    remediation:
        "Set `serverSideEncryption: { enabled: true, kmsKeyArn: key.arn }` on the table, and `kmsKeyArn` (a key in the replica's region) on each replica.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a table encrypted with the AWS owned key",
                resources: [
                    {
                        type: "aws:dynamodb/table:Table",
                        name: "orders",
                        props: {
                            name: "orders",
                            billingMode: "PAY_PER_REQUEST",
                            hashKey: "orderId",
                            attributes: [{ name: "orderId", type: "S" }],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a table encrypted with a customer managed key",
                resources: [
                    {
                        type: "aws:dynamodb/table:Table",
                        name: "orders",
                        props: {
                            name: "orders",
                            billingMode: "PAY_PER_REQUEST",
                            hashKey: "orderId",
                            attributes: [{ name: "orderId", type: "S" }],
                            serverSideEncryption: { enabled: true, kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: ["aws:dynamodb/table:Table", "aws:dynamodb/tableReplica:TableReplica"],
    validate(_props, ctx) {
        const { resource } = ctx;
        if (resource.type === "aws:dynamodb/tableReplica:TableReplica") {
            if (!hasKey(resource.props.kmsKeyArn)) {
                ctx.report({
                    message: `Table replica \`${ctx.name}\` sets no kmsKeyArn, so it is encrypted with a key managed by AWS.`,
                    propertyPath: "kmsKeyArn",
                });
            }
            return;
        }
        const table = resource.props;
        const sse = recordOf(table.serverSideEncryption);
        if (sse.enabled !== true) {
            ctx.report({
                message: `DynamoDB table \`${ctx.name}\` does not enable KMS encryption (serverSideEncryption.enabled), so it uses an AWS owned key.`,
                propertyPath: "serverSideEncryption.enabled",
            });
            return;
        }
        if (!hasKey(sse.kmsKeyArn)) {
            ctx.report({
                message: `DynamoDB table \`${ctx.name}\` sets no serverSideEncryption.kmsKeyArn, so it uses the AWS managed key alias/aws/dynamodb.`,
                propertyPath: "serverSideEncryption.kmsKeyArn",
            });
            return;
        }
        listOf(table.replicas).forEach((replica, index) => {
            if (!hasKey(recordOf(replica).kmsKeyArn)) {
                ctx.report({
                    message: `DynamoDB table \`${ctx.name}\` has a replica (replicas[${index}]) without kmsKeyArn, so the replica falls back to the AWS managed key.`,
                    propertyPath: propertyPath("replicas", index, "kmsKeyArn"),
                });
            }
        });
    },
});
