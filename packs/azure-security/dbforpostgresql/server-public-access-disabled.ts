import { defineRule } from "../../../src";
import { flexibleServerPublicAccess } from "../lib/database-settings";
import type {} from "../../../src/types/azure-native/dbforpostgresql";

/** azure-native v3's dbforpostgresql.Server is the flexible server (the retired single server is SingleServer). */
export default defineRule({
    id: "azure-dbforpostgresql-server-public-access-disabled",
    title: "PostgreSQL flexible servers have public network access disabled",
    description:
        "A flexible server with public access has an endpoint on the internet, guarded only by its firewall rules; one broad rule exposes the database to password guessing and exploits from anywhere. Virtual network integration or private endpoints keep it off the internet.",
    severity: "high",
    service: "dbforpostgresql",
    frameworks: { "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(4)"] },
    tags: ["network", "exposure"],
    remediation:
        'Set `network: { publicNetworkAccess: "Disabled" }` on the azure-native dbforpostgresql.Server and connect through a private endpoint, or deploy it into a virtual network with `network.delegatedSubnetResourceId` and `network.privateDnsZoneArmResourceId`.',
    defaultLevel: "advisory",
    messages: {
        publicAccess: "PostgreSQL flexible server `{{name}}` accepts connections from public networks: network.publicNetworkAccess is {{value}}.",
    },
    examples: {
        violating: [{ resources: [{ type: "azure-native:dbforpostgresql:Server", name: "orders", props: { resourceGroupName: "rg-data", network: { publicNetworkAccess: "Enabled" } } }] }],
        compliant: [{ resources: [{ type: "azure-native:dbforpostgresql:Server", name: "orders", props: { resourceGroupName: "rg-data", network: { publicNetworkAccess: "Disabled" } } }] }],
    },
    resourceType: "azure-native:dbforpostgresql:Server",
    validate(props, ctx) {
        const value = flexibleServerPublicAccess(props.network);
        if (value !== undefined) ctx.report({ messageId: "publicAccess", data: { name: ctx.name, value }, propertyPath: "network.publicNetworkAccess" });
    },
});
