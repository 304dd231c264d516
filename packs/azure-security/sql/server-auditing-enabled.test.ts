import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./server-auditing-enabled";

const POLICY = "azure-native:sql:ServerBlobAuditingPolicy";
const EXTENDED = "azure-native:sql:ExtendedServerBlobAuditingPolicy";

const server = (name: string, serverName: unknown = name) => mockResource("azure-native:sql:Server", { resourceGroupName: "rg", serverName: serverName as string }, { name });
const policy = (name: string, props: Partial<MockProps<typeof POLICY>>, dependsOn?: string, type: typeof POLICY | typeof EXTENDED = POLICY) =>
    mockResource(type, { resourceGroupName: "rg", serverName: "orders", state: "Enabled", ...props }, { name, propertyDependencies: dependsOn ? { serverName: [dependsOn] } : undefined });

const orders = server("orders");

export const cases: RuleCase[] = [
    { name: "a server without auditing", resources: [orders], expect: { violations: [{ messageId: "noPolicy", data: { server: "orders" }, urn: orders.urn }] } },
    { name: "auditing enabled, retention left at unlimited", resources: [orders, policy("audit", {})], expect: "pass" },
    { name: "auditing enabled for 90 days", resources: [orders, policy("audit", { retentionDays: 90 })], expect: "pass" },
    { name: "retention 0 is unlimited", resources: [orders, policy("audit", { retentionDays: 0 })], expect: "pass" },
    {
        name: "state in another case (read from JSON)",
        resources: [orders, mockResource.untyped(POLICY, { resourceGroupName: "rg", serverName: "orders", state: "enabled", retentionDays: 365 }, { name: "audit" })],
        expect: "pass",
    },
    { name: "the extended policy counts", resources: [orders, policy("audit", { retentionDays: 120 }, undefined, EXTENDED)], expect: "pass" },
    {
        name: "auditing disabled is reported on the policy",
        resources: [orders, policy("audit", { state: "Disabled" })],
        expect: { violations: [{ messageId: "policyDisabled", data: { policy: "audit", state: '"Disabled"' }, propertyPath: "state" }] },
    },
    {
        name: "30 days is too short",
        resources: [orders, policy("audit", { retentionDays: 30 })],
        expect: { violations: [{ messageId: "shortRetention", data: { policy: "audit", days: "30", minimum: 90 }, propertyPath: "retentionDays" }] },
    },
    { name: "one good policy among several is enough", resources: [orders, policy("a1", { retentionDays: 7 }), policy("a2", { retentionDays: 90 })], expect: "pass" },
    {
        name: "joined through the dependency while the server name is unknown (preview)",
        resources: [server("orders", unknown()), policy("audit", { serverName: unknown() }, orders.urn)],
        expect: "pass",
    },
    {
        name: "joined through the dependency to an autonamed server",
        resources: [server("orders", undefined), policy("audit", { serverName: "orders-a1b2c3", retentionDays: 10 }, orders.urn)],
        expect: { violations: [{ messageId: "shortRetention" }] },
    },
    { name: "a policy whose server cannot be told keeps servers from being blamed", resources: [orders, policy("x", { serverName: unknown() })], expect: "skipped" },
    { name: "a policy for another server does not count", resources: [orders, policy("x", { serverName: "elsewhere" })], expect: { violations: [{ messageId: "noPolicy", urn: orders.urn }] } },
    { name: "state unknown in preview", resources: [orders, policy("audit", { state: unknown() })], expect: "skipped" },
    { name: "retention unknown in preview", resources: [orders, policy("audit", { retentionDays: unknown() })], expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
