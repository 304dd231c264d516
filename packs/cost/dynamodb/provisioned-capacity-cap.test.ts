import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./provisioned-capacity-cap";

const table = (props: MockProps<"aws:dynamodb/table:Table">) =>
    mockResource("aws:dynamodb/table:Table", { hashKey: "id", attributes: [{ name: "id", type: "S" }], ...props }, { name: "orders" });

export const cases: RuleCase[] = [
    {
        name: "read and write capacity over the caps",
        resources: table({ billingMode: "PROVISIONED", readCapacity: 5000, writeCapacity: 2000 }),
        expect: { violations: [{ propertyPath: "readCapacity", messageIncludes: "5000 read capacity units" }, "writeCapacity"] },
    },
    { name: "default billing mode is provisioned", resources: table({ readCapacity: 20, writeCapacity: 900 }), expect: { violations: ["writeCapacity"] } },
    {
        name: "a global secondary index over the cap",
        resources: table({ readCapacity: 10, writeCapacity: 10, globalSecondaryIndexes: [{ name: "a", projectionType: "ALL", readCapacity: 10, writeCapacity: 10 }, { name: "b", projectionType: "ALL", readCapacity: 4000, writeCapacity: 5 }] }),
        expect: { violations: ["globalSecondaryIndexes[1].readCapacity"] },
    },
    { name: "within the caps", resources: table({ billingMode: "PROVISIONED", readCapacity: 100, writeCapacity: 50 }), expect: "pass" },
    { name: "on-demand tables are not capped here", resources: table({ billingMode: "PAY_PER_REQUEST" }), expect: "pass" },
    {
        name: "configured caps",
        resources: table({ readCapacity: 100, writeCapacity: 50 }),
        options: { config: { "cost-dynamodb-provisioned-capacity-cap": { maxReadCapacity: 50, maxWriteCapacity: 25 } } },
        expect: { violations: ["readCapacity", "writeCapacity"] },
    },
    { name: "billing mode unknown during preview", resources: table({ billingMode: unknown(), readCapacity: 5000 }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
