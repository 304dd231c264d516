import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/dynamodb";

export default defineRule({
    id: "cost-dynamodb-provisioned-capacity-cap",
    title: "DynamoDB provisioned capacity stays under the caps",
    description:
        "Provisioned capacity is billed every hour whether it is used or not, and write capacity units cost five times read units. Capacity far above the traffic is money spent on idle throughput.",
    severity: "low",
    service: "dynamodb",
    tags: ["cost"],
    remediation:
        'Provision what the traffic needs and let application auto scaling raise it, or switch spiky or low-traffic tables to `billingMode: "PAY_PER_REQUEST"`; raise the caps in the policy configuration for tables that need more.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            maxReadCapacity: { type: "integer", minimum: 1, description: "Largest readCapacity allowed (table or index)." },
            maxWriteCapacity: { type: "integer", minimum: 1, description: "Largest writeCapacity allowed (table or index)." },
        },
    },
    configDefaults: { maxReadCapacity: 1000, maxWriteCapacity: 500 },
    examples: {
        violating: [
            {
                description: "5,000 read capacity units",
                resources: [{ type: "aws:dynamodb/table:Table", name: "orders", props: { hashKey: "id", attributes: [{ name: "id", type: "S" }], billingMode: "PROVISIONED", readCapacity: 5000, writeCapacity: 100 } }],
            },
        ],
        compliant: [
            {
                description: "on-demand billing",
                resources: [{ type: "aws:dynamodb/table:Table", name: "orders", props: { hashKey: "id", attributes: [{ name: "id", type: "S" }], billingMode: "PAY_PER_REQUEST" } }],
            },
        ],
    },
    resourceType: "aws:dynamodb/table:Table",
    validate(props, ctx) {
        // The provider's default billing mode is PROVISIONED.
        const mode = props.billingMode ?? "PROVISIONED";
        if (mode !== "PROVISIONED") return;
        const { maxReadCapacity, maxWriteCapacity } = ctx.config;
        const check = (capacity: Record<string, unknown>, prefix: Array<string | number>, where: string) => {
            for (const [key, cap, unit] of [["readCapacity", maxReadCapacity, "read"], ["writeCapacity", maxWriteCapacity, "write"]] as const) {
                const value = capacity[key];
                if (typeof value === "number" && value > cap) {
                    ctx.report({
                        message: `Table \`${ctx.name}\`${where} provisions ${value} ${unit} capacity units, above the cap of ${cap}.`,
                        propertyPath: propertyPath(...prefix, key),
                    });
                }
            }
        };
        check(props, [], "");
        listOf(props.globalSecondaryIndexes).forEach((index, i) => check(recordOf(index), ["globalSecondaryIndexes", i], ` (global secondary index ${i})`));
    },
});
