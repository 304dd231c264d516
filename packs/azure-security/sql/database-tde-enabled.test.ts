import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./database-tde-enabled";

const TDE = "azure-native:sql:TransparentDataEncryption";
const tde = (state: unknown) => mockResource(TDE, { resourceGroupName: "rg", serverName: "sql-orders", databaseName: "orders", tdeName: "current", state: state as "Enabled" }, { name: "orders-tde" });

export const cases: RuleCase[] = [
    {
        name: "encryption switched off",
        resources: tde("Disabled"),
        expect: { violations: [{ messageId: "disabled", data: { name: "orders-tde", database: "`orders`", state: '"Disabled"' }, propertyPath: "state" }] },
    },
    { name: "encryption on", resources: tde("Enabled"), expect: "pass" },
    { name: "encryption on, in another case (from JSON)", resources: mockResource.untyped(TDE, { databaseName: "orders", state: "enabled" }), expect: "pass" },
    { name: "state missing (from JSON)", resources: mockResource.untyped(TDE, { databaseName: "orders" }, { name: "t" }), expect: { violations: [{ messageId: "disabled", data: { name: "t", database: "`orders`", state: "not set" } }] } },
    { name: "state unknown in preview", resources: tde(unknown()), expect: "skipped" },
    {
        name: "a database name unknown in preview does not keep the rule from judging",
        resources: mockResource(TDE, { resourceGroupName: "rg", serverName: unknown(), databaseName: unknown(), state: "Disabled" }, { name: "orders-tde" }),
        expect: { violations: [{ messageId: "disabled", data: { name: "orders-tde", database: "(name not shown)", state: '"Disabled"' } }] },
    },
    { name: "remediation switches it on", resources: tde("Disabled"), expect: { remediated: { state: "Enabled" } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
