import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/dynamodb";

const TABLE = "aws:dynamodb/table:Table";
const TABLE_REPLICA = "aws:dynamodb/tableReplica:TableReplica";

export default defineRule({
    id: "dynamodb-table-deletion-protection",
    title: "DynamoDB tables have deletion protection",
    description:
        "Without deletion protection, one mistaken `pulumi destroy`, a rename that forces replacement or a stolen credential deletes a table and all its items in one call. Protection is off unless set, and it applies to each replica of a global table separately.",
    severity: "medium",
    service: "dynamodb",
    frameworks: {
        "aws-fsbp": ["DynamoDB.6"],
        "nist-800-53-r5": ["CM-3", "SC-5"],
    },
    tags: ["resilience", "data"],
    remediation:
        "Set `deletionProtectionEnabled: true` on the aws.dynamodb.Table, on each entry of its `replicas`, and on each aws.dynamodb.TableReplica. To delete a table on purpose, set it to false in a separate update first.",
    defaultLevel: "advisory",
    messages: {
        table: "DynamoDB table `{{name}}` can be deleted in one step: deletionProtectionEnabled is {{state}}.",
        inlineReplica: "DynamoDB table `{{name}}` has a replica (replicas[{{index}}]) without deletion protection.",
        replica: "DynamoDB table replica `{{name}}` can be deleted in one step: deletionProtectionEnabled is {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "a table without deletion protection",
                resources: [
                    {
                        type: TABLE,
                        name: "orders",
                        props: { name: "orders", billingMode: "PAY_PER_REQUEST", hashKey: "orderId", attributes: [{ name: "orderId", type: "S" }] },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a protected table",
                resources: [
                    {
                        type: TABLE,
                        name: "orders",
                        props: {
                            name: "orders",
                            billingMode: "PAY_PER_REQUEST",
                            hashKey: "orderId",
                            attributes: [{ name: "orderId", type: "S" }],
                            deletionProtectionEnabled: true,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [TABLE, TABLE_REPLICA],
    validate(props, ctx) {
        const enabled = props.deletionProtectionEnabled;
        const state = enabled === false ? "false" : "not set, and defaults to false";
        const { resource } = ctx;
        if (resource.type === TABLE_REPLICA) {
            if (enabled !== true) ctx.report({ messageId: "replica", data: { name: ctx.name, state }, propertyPath: "deletionProtectionEnabled" });
            return;
        }
        if (enabled !== true) ctx.report({ messageId: "table", data: { name: ctx.name, state }, propertyPath: "deletionProtectionEnabled" });
        listOf(resource.props.replicas).forEach((replica, index) => {
            if (recordOf(replica).deletionProtectionEnabled !== true) {
                ctx.report({ messageId: "inlineReplica", data: { name: ctx.name, index }, propertyPath: propertyPath("replicas", index, "deletionProtectionEnabled") });
            }
        });
    },
});
