import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./table-deletion-protection";

const table = (props: MockProps<"aws:dynamodb/table:Table">) =>
    mockResource("aws:dynamodb/table:Table", { hashKey: "id", attributes: [{ name: "id", type: "S" }], ...props }, { name: "orders" });
const replica = (props: MockProps<"aws:dynamodb/tableReplica:TableReplica">) =>
    mockResource("aws:dynamodb/tableReplica:TableReplica", { globalTableArn: "arn:aws:dynamodb:eu-west-1:111122223333:table/orders", ...props }, { name: "orders-us" });

export const cases: RuleCase[] = [
    {
        name: "table left at the default",
        resources: table({}),
        expect: { violations: [{ messageId: "table", data: { name: "orders", state: "not set, and defaults to false" }, propertyPath: "deletionProtectionEnabled" }] },
    },
    { name: "table with protection off", resources: table({ deletionProtectionEnabled: false }), expect: { violations: [{ messageId: "table", data: { name: "orders", state: "false" } }] } },
    { name: "protected table", resources: table({ deletionProtectionEnabled: true }), expect: "pass" },
    {
        name: "a protected table with an unprotected inline replica",
        resources: table({ deletionProtectionEnabled: true, replicas: [{ regionName: "us-east-1", deletionProtectionEnabled: true }, { regionName: "eu-central-1" }] }),
        expect: { violations: [{ messageId: "inlineReplica", data: { name: "orders", index: 1 }, propertyPath: "replicas[1].deletionProtectionEnabled" }] },
    },
    { name: "TableReplica without protection", resources: replica({}), expect: { violations: [{ messageId: "replica", propertyPath: "deletionProtectionEnabled" }] } },
    { name: "protected TableReplica", resources: replica({ deletionProtectionEnabled: true }), expect: "pass" },
    { name: "flag unknown during preview", resources: table({ deletionProtectionEnabled: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
