import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/dynamodb";

export default defineRule({
    id: "dynamodb-point-in-time-recovery",
    title: "DynamoDB tables have point-in-time recovery",
    description:
        "Point-in-time recovery keeps continuous backups for up to 35 days, so a table can be restored to the second before a bad deployment, a buggy batch job or a malicious delete. Without it, only on-demand backups (if any) are left.",
    severity: "medium",
    service: "dynamodb",
    frameworks: {
        "aws-fsbp": ["DynamoDB.2"],
        "nist-800-53-r5": ["CP-6(2)", "CP-9", "CP-10"],
    },
    tags: ["backup", "resilience"],
    remediation:
        "Set `pointInTimeRecovery: { enabled: true }` on the table, and `pointInTimeRecovery: true` on each replica (in `replicas` or on an aws.dynamodb.TableReplica).",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a table without point-in-time recovery",
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
                description: "a table with point-in-time recovery",
                resources: [
                    {
                        type: "aws:dynamodb/table:Table",
                        name: "orders",
                        props: {
                            name: "orders",
                            billingMode: "PAY_PER_REQUEST",
                            hashKey: "orderId",
                            attributes: [{ name: "orderId", type: "S" }],
                            pointInTimeRecovery: { enabled: true },
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
            if (resource.props.pointInTimeRecovery !== true) {
                ctx.report({
                    message: `Table replica \`${ctx.name}\` does not enable point-in-time recovery.`,
                    propertyPath: "pointInTimeRecovery",
                });
            }
            return;
        }
        const table = resource.props;
        if (recordOf(table.pointInTimeRecovery).enabled !== true) {
            ctx.report({
                message: `DynamoDB table \`${ctx.name}\` does not enable point-in-time recovery.`,
                propertyPath: "pointInTimeRecovery.enabled",
            });
        }
        listOf(table.replicas).forEach((replica, index) => {
            if (recordOf(replica).pointInTimeRecovery !== true) {
                ctx.report({
                    message: `DynamoDB table \`${ctx.name}\` has a replica (replicas[${index}]) without point-in-time recovery.`,
                    propertyPath: propertyPath("replicas", index, "pointInTimeRecovery"),
                });
            }
        });
    },
});
