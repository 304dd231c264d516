import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./server-public-network-access-disabled";

const server = (publicNetworkAccess?: string) =>
    mockResource("azure-native:sql:Server", { resourceGroupName: "rg", administratorLogin: "dba", publicNetworkAccess }, { name: "orders" });

export const cases: RuleCase[] = [
    {
        name: "public access enabled",
        resources: server("Enabled"),
        expect: { violations: [{ messageId: "publicAccess", data: { name: "orders", value: '"Enabled"' }, propertyPath: "publicNetworkAccess" }] },
    },
    {
        name: "not set: Azure enables it",
        resources: server(undefined),
        expect: { violations: [{ messageId: "publicAccess", data: { name: "orders", value: 'not set (Azure\'s default is "Enabled")' } }] },
    },
    { name: "disabled", resources: server("Disabled"), expect: "pass" },
    { name: "disabled, in another case", resources: server("disabled"), expect: "pass" },
    { name: "secured by a network security perimeter", resources: server("SecuredByPerimeter"), expect: "pass" },
    { name: "a value that is no enumeration value", resources: server("off please"), expect: { violations: [{ messageId: "publicAccess", data: { name: "orders", value: "set to a value that cannot be shown" } }] } },
    { name: "unknown in preview", resources: server(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
