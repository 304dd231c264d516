import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./firewall-rule-no-internet";

const RULE = "azure-native:dbforpostgresql:FirewallRule";
const SINGLE = "azure-native:dbforpostgresql:SingleServerFirewallRule";

const fw = (start: unknown, end: unknown, name = "fw", type: typeof RULE | typeof SINGLE = RULE) =>
    mockResource(type, { resourceGroupName: "rg", serverName: "pg-orders", startIpAddress: start as string, endIpAddress: end as string }, { name });

export const cases: RuleCase[] = [
    {
        name: "every address",
        resources: fw("0.0.0.0", "255.255.255.255"),
        expect: { violations: [{ messageId: "internet", data: { name: "fw", start: "0.0.0.0", end: "255.255.255.255" }, propertyPath: "startIpAddress" }] },
    },
    {
        name: "allow Azure services",
        resources: fw("0.0.0.0", "0.0.0.0", "AllowAllAzureServicesAndResourcesWithinAzureIps"),
        expect: { violations: [{ messageId: "azureServices", data: { name: "AllowAllAzureServicesAndResourcesWithinAzureIps" }, propertyPath: "startIpAddress" }] },
    },
    { name: "the lower half of the address space", resources: fw("0.0.0.0", "127.255.255.255"), expect: { violations: [{ messageId: "internet" }] } },
    { name: "an office range", resources: fw("203.0.113.0", "203.0.113.255"), expect: "pass" },
    { name: "a /8 is narrower than the threshold", resources: fw("20.0.0.0", "20.255.255.255"), expect: "pass" },
    { name: "a single-server rule open to everyone", resources: fw("0.0.0.0", "255.255.255.255", "legacy", SINGLE), expect: { violations: [{ messageId: "internet", data: { name: "legacy", start: "0.0.0.0", end: "255.255.255.255" } }] } },
    { name: "start unknown in preview", resources: fw(unknown(), "255.255.255.255"), expect: "skipped" },
    { name: "end unknown in preview", resources: fw("0.0.0.0", unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
