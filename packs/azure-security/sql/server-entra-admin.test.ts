import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./server-entra-admin";

const SERVER = "azure-native:sql:Server";
const ADMIN = "azure-native:sql:ServerAzureADAdministrator";

const server = (props: MockProps<typeof SERVER> = {}) => mockResource(SERVER, { resourceGroupName: "rg", serverName: "orders", administratorLogin: "sqladmin", ...props }, { name: "orders" });
const admin = (serverName: unknown, dependsOn?: string) =>
    mockResource(ADMIN, { resourceGroupName: "rg", serverName: serverName as string, login: "sql-admins", sid: "00000000-0000-0000-0000-000000000001" }, {
        name: "orders-admin",
        propertyDependencies: dependsOn ? { serverName: [dependsOn] } : undefined,
    });

const orders = server();

export const cases: RuleCase[] = [
    { name: "only a SQL login", resources: [orders], expect: { violations: [{ messageId: "noAdmin", data: { server: "orders" }, propertyPath: "administrators", urn: orders.urn }] } },
    { name: "an Entra administrator on the server", resources: [server({ administrators: { administratorType: "ActiveDirectory", login: "sql-admins", sid: "0000-1" } })], expect: "pass" },
    { name: "an administrator named by object ID only", resources: [server({ administrators: { sid: "0000-1" } })], expect: "pass" },
    { name: "an empty administrators block", resources: [server({ administrators: { login: " " } })], expect: { violations: [{ messageId: "noAdmin" }] } },
    { name: "a separate Entra administrator, joined by name", resources: [orders, admin("orders")], expect: "pass" },
    {
        name: "a separate Entra administrator, joined through the dependency while the server name is unknown (preview)",
        resources: [server({ serverName: unknown() }), admin(unknown(), orders.urn)],
        expect: "pass",
    },
    { name: "an administrator of another server does not count", resources: [orders, admin("elsewhere")], expect: { violations: [{ messageId: "noAdmin", urn: orders.urn }] } },
    { name: "an administrator whose server cannot be told keeps servers from being blamed", resources: [orders, admin(unknown())], expect: "skipped" },
    { name: "administrators unknown in preview", resources: [server({ administrators: unknown() })], expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
