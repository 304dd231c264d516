import { defineRule, listOf, recordOf } from "../../../src";
import { isInternetWideCidr } from "../../shared/cidr";
import { describeValue, enumIs } from "../lib/database-settings";
import type {} from "../../../src/types/azure-native/cosmosdb";

/** The IP rule Cosmos DB reads as "accept connections from within public Azure datacenters". */
const AZURE_DATACENTERS = "0.0.0.0";

/**
 * `publicNetworkAccess` left out is "Enabled". A public account is still confined when its
 * firewall selects networks: an IP rule, or `isVirtualNetworkFilterEnabled: true` (then only
 * the listed subnets get in). With neither, it accepts every network (CIS: "By default, Cosmos
 * DBs are set to have access all networks"). An IP rule as broad as the internet (per
 * packs/shared/cidr.ts) undoes the selection, and 0.0.0.0 admits every Azure datacenter's
 * addresses, other customers' included: each is reported on its entry. "SecuredByPerimeter"
 * passes: public traffic is then refused unless a network security perimeter admits it.
 */
export default defineRule({
    id: "azure-cosmosdb-account-public-network-access-disabled",
    title: "Cosmos DB accounts are not open to all networks",
    description:
        "An account that accepts all networks answers anyone on the internet who holds a key or token, so one leaked connection string exposes the data. Disabling public network access, or limiting it to selected IP ranges and virtual networks, keeps the endpoint away from everyone else.",
    severity: "high",
    service: "cosmosdb",
    frameworks: { "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"] },
    tags: ["network", "exposure"],
    remediation:
        'Set `publicNetworkAccess: "Disabled"` on the azure-native cosmosdb.DatabaseAccount and connect through private endpoints, or keep it public but confined: `isVirtualNetworkFilterEnabled: true` with `virtualNetworkRules`, and/or `ipRules` listing only your client ranges (not 0.0.0.0 or internet-wide ranges).',
    defaultLevel: "mandatory",
    messages: {
        allNetworks: "Cosmos DB account `{{name}}` accepts connections from all networks: publicNetworkAccess is {{value}} and neither ipRules nor a virtual network filter selects networks.",
        internetRule: "Cosmos DB account `{{name}}` admits the internet through IP rule {{range}}.",
        azureDatacenters: "Cosmos DB account `{{name}}` admits every Azure datacenter, including other customers' resources, through IP rule 0.0.0.0.",
    },
    examples: {
        violating: [
            {
                description: "an account open to all networks",
                resources: [
                    {
                        type: "azure-native:cosmosdb:DatabaseAccount",
                        name: "orders",
                        props: { resourceGroupName: "rg-data", databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }] },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an account reached through private endpoints only",
                resources: [
                    {
                        type: "azure-native:cosmosdb:DatabaseAccount",
                        name: "orders",
                        props: { resourceGroupName: "rg-data", databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }], publicNetworkAccess: "Disabled" },
                    },
                ],
            },
            {
                description: "an account confined to an office range and a subnet",
                resources: [
                    {
                        type: "azure-native:cosmosdb:DatabaseAccount",
                        name: "orders",
                        props: {
                            resourceGroupName: "rg-data",
                            databaseAccountOfferType: "Standard",
                            locations: [{ locationName: "westeurope" }],
                            ipRules: [{ ipAddressOrRange: "203.0.113.0/24" }],
                            isVirtualNetworkFilterEnabled: true,
                            virtualNetworkRules: [{ id: "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/app/subnets/app" }],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:cosmosdb:DatabaseAccount",
    validate(props, ctx) {
        if (enumIs(props.publicNetworkAccess, "Disabled", "SecuredByPerimeter")) return;
        const ipRules = listOf(props.ipRules);
        ipRules.forEach((rule, index) => {
            const range = recordOf(rule).ipAddressOrRange;
            const propertyPath = `ipRules[${index}].ipAddressOrRange`;
            if (typeof range !== "string") return;
            if (range.trim() === AZURE_DATACENTERS) ctx.report({ messageId: "azureDatacenters", data: { name: ctx.name }, propertyPath });
            else if (isInternetWideCidr(range)) ctx.report({ messageId: "internetRule", data: { name: ctx.name, range: range.trim() }, propertyPath });
        });
        if (ipRules.length > 0 || props.isVirtualNetworkFilterEnabled === true) return;
        const value = props.publicNetworkAccess === undefined ? 'not set (Azure\'s default is "Enabled")' : describeValue(props.publicNetworkAccess);
        ctx.report({ messageId: "allNetworks", data: { name: ctx.name, value }, propertyPath: "publicNetworkAccess" });
    },
});
