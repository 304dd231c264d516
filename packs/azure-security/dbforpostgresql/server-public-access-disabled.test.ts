import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./server-public-access-disabled";

const SERVER = "azure-native:dbforpostgresql:Server";
const server = (network?: MockProps<typeof SERVER>["network"]) => mockResource(SERVER, { resourceGroupName: "rg", version: "16", network }, { name: "orders" });
const SUBNET = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/db";

export const cases: RuleCase[] = [
    {
        name: "public access enabled",
        resources: server({ publicNetworkAccess: "Enabled" }),
        expect: { violations: [{ messageId: "publicAccess", data: { name: "orders", value: '"Enabled"' }, propertyPath: "network.publicNetworkAccess" }] },
    },
    {
        name: "no network block: public by default",
        resources: server(undefined),
        expect: { violations: [{ messageId: "publicAccess", data: { name: "orders", value: 'not set, and without a delegated subnet Azure\'s default is "Enabled"' } }] },
    },
    { name: "public access disabled", resources: server({ publicNetworkAccess: "Disabled" }), expect: "pass" },
    { name: "disabled, in another case", resources: server({ publicNetworkAccess: "disabled" }), expect: "pass" },
    { name: "integrated into a virtual network", resources: server({ delegatedSubnetResourceId: SUBNET, privateDnsZoneArmResourceId: "/zones/pg" }), expect: "pass" },
    { name: "an explicit Enabled beside a subnet is still reported", resources: server({ delegatedSubnetResourceId: SUBNET, publicNetworkAccess: "Enabled" }), expect: { violations: [{ messageId: "publicAccess" }] } },
    { name: "public access unknown in preview", resources: server({ publicNetworkAccess: unknown() }), expect: "skipped" },
    { name: "subnet unknown in preview", resources: server({ delegatedSubnetResourceId: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
