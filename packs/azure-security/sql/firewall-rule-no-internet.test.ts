import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./firewall-rule-no-internet";

const RULE = "azure-native:sql:FirewallRule";
const RULE_V6 = "azure-native:sql:IPv6FirewallRule";

const v4 = (start: string, end: string, name = "fw") =>
    mockResource(RULE, { resourceGroupName: "rg", serverName: "sql-orders", startIpAddress: start, endIpAddress: end }, { name });
const v6 = (start: string, end: string) => mockResource(RULE_V6, { resourceGroupName: "rg", serverName: "sql-orders", startIPv6Address: start, endIPv6Address: end }, { name: "fw6" });

export const cases: RuleCase[] = [
    {
        name: "every IPv4 address",
        resources: v4("0.0.0.0", "255.255.255.255"),
        expect: { violations: [{ messageId: "internet", data: { name: "fw", start: "0.0.0.0", end: "255.255.255.255" }, propertyPath: "startIpAddress" }] },
    },
    {
        name: "allow Azure services (0.0.0.0–0.0.0.0) is its own finding",
        resources: v4("0.0.0.0", "0.0.0.0", "AllowAllWindowsAzureIps"),
        expect: { violations: [{ messageId: "azureServices", data: { name: "AllowAllWindowsAzureIps" }, propertyPath: "startIpAddress" }] },
    },
    { name: "half of the address space counts", resources: v4("128.0.0.0", "255.255.255.255"), expect: { violations: [{ messageId: "internet" }] } },
    { name: "a range as large as a /7 counts", resources: v4("2.0.0.0", "3.255.255.255"), expect: { violations: [{ messageId: "internet" }] } },
    { name: "a range one address short of a /7 does not", resources: v4("2.0.0.1", "3.255.255.255"), expect: "pass" },
    { name: "an unaligned range wider than a /7 counts", resources: v4("1.2.3.4", "9.0.0.0"), expect: { violations: [{ messageId: "internet" }] } },
    { name: "an office range", resources: v4("203.0.113.0", "203.0.113.255"), expect: "pass" },
    { name: "a single address", resources: v4("198.51.100.7", "198.51.100.7"), expect: "pass" },
    { name: "a range from 0.0.0.0 to a small end is neither", resources: v4("0.0.0.0", "0.0.0.255"), expect: "pass" },
    { name: "an end before the start is refused by Azure", resources: v4("255.255.255.255", "0.0.0.0"), expect: "pass" },
    { name: "not addresses", resources: v4("any", "all"), expect: "pass" },
    { name: "surrounding spaces are ignored", resources: v4(" 0.0.0.0 ", "255.255.255.255 "), expect: { violations: [{ messageId: "internet" }] } },
    {
        name: "start unknown in preview",
        resources: mockResource(RULE, { resourceGroupName: "rg", serverName: "s", startIpAddress: unknown(), endIpAddress: "255.255.255.255" }),
        expect: "skipped",
    },
    {
        name: "end unknown in preview",
        resources: mockResource(RULE, { resourceGroupName: "rg", serverName: "s", startIpAddress: "0.0.0.0", endIpAddress: unknown() }),
        expect: "skipped",
    },
    {
        name: "every IPv6 address",
        resources: v6("::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
        expect: { violations: [{ messageId: "internet", data: { name: "fw6", start: "::", end: "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" }, propertyPath: "startIPv6Address" }] },
    },
    { name: "all of the IPv6 global unicast space", resources: v6("2000::", "3fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), expect: { violations: [{ messageId: "internet" }] } },
    { name: "an IPv6 /48", resources: v6("2001:db8:1::", "2001:db8:1:ffff:ffff:ffff:ffff:ffff"), expect: "pass" },
    { name: "an IPv4 address in an IPv6 rule is refused", resources: v6("0.0.0.0", "255.255.255.255"), expect: "pass" },
    {
        name: "IPv6 start unknown in preview",
        resources: mockResource(RULE_V6, { resourceGroupName: "rg", serverName: "s", startIPv6Address: unknown(), endIPv6Address: "::1" }),
        expect: "skipped",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
