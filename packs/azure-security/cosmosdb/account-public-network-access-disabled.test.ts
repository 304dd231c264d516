import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./account-public-network-access-disabled";

const ACCOUNT = "azure-native:cosmosdb:DatabaseAccount";
const account = (props: MockProps<typeof ACCOUNT> = {}) =>
    mockResource(ACCOUNT, { resourceGroupName: "rg", databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }], ...props }, { name: "orders" });
const SUBNET = { id: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/app/subnets/app" };

export const cases: RuleCase[] = [
    {
        name: "nothing set: all networks",
        resources: account(),
        expect: { violations: [{ messageId: "allNetworks", data: { name: "orders", value: 'not set (Azure\'s default is "Enabled")' }, propertyPath: "publicNetworkAccess" }] },
    },
    {
        name: "enabled without a firewall",
        resources: account({ publicNetworkAccess: "Enabled", ipRules: [], isVirtualNetworkFilterEnabled: false }),
        expect: { violations: [{ messageId: "allNetworks", data: { name: "orders", value: '"Enabled"' } }] },
    },
    { name: "public access disabled", resources: account({ publicNetworkAccess: "Disabled" }), expect: "pass" },
    { name: "disabled, in another case", resources: account({ publicNetworkAccess: "disabled" }), expect: "pass" },
    { name: "secured by a network security perimeter", resources: account({ publicNetworkAccess: "SecuredByPerimeter" }), expect: "pass" },
    { name: "confined to an office range", resources: account({ ipRules: [{ ipAddressOrRange: "203.0.113.0/24" }] }), expect: "pass" },
    { name: "confined to a single address", resources: account({ publicNetworkAccess: "Enabled", ipRules: [{ ipAddressOrRange: "198.51.100.7" }] }), expect: "pass" },
    { name: "confined to virtual networks", resources: account({ isVirtualNetworkFilterEnabled: true, virtualNetworkRules: [SUBNET] }), expect: "pass" },
    {
        name: "an internet-wide IP rule",
        resources: account({ ipRules: [{ ipAddressOrRange: "203.0.113.0/24" }, { ipAddressOrRange: "0.0.0.0/0" }] }),
        expect: { violations: [{ messageId: "internetRule", data: { name: "orders", range: "0.0.0.0/0" }, propertyPath: "ipRules[1].ipAddressOrRange" }] },
    },
    { name: "half of the internet", resources: account({ isVirtualNetworkFilterEnabled: true, ipRules: [{ ipAddressOrRange: "128.0.0.0/1" }] }), expect: { violations: [{ messageId: "internetRule" }] } },
    {
        name: "0.0.0.0 admits all Azure datacenters",
        resources: account({ ipRules: [{ ipAddressOrRange: "0.0.0.0" }] }),
        expect: { violations: [{ messageId: "azureDatacenters", data: { name: "orders" }, propertyPath: "ipRules[0].ipAddressOrRange" }] },
    },
    { name: "IP rules do not matter once public access is off", resources: account({ publicNetworkAccess: "Disabled", ipRules: [{ ipAddressOrRange: "0.0.0.0/0" }] }), expect: "pass" },
    { name: "public access unknown in preview", resources: account({ publicNetworkAccess: unknown() }), expect: "skipped" },
    { name: "an IP rule unknown in preview", resources: account({ ipRules: [{ ipAddressOrRange: unknown() }] }), expect: "skipped" },
    { name: "the virtual network filter unknown in preview", resources: account({ isVirtualNetworkFilterEnabled: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
