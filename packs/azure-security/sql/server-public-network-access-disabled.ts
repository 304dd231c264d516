import { defineRule } from "../../../src";
import { describeValue, enumIs } from "../lib/database-settings";
import type {} from "../../../src/types/azure-native/sql";

/**
 * `publicNetworkAccess` left out is "Enabled": the server gets a public endpoint, guarded only
 * by its firewall rules. "SecuredByPerimeter" passes: public traffic is then refused unless a
 * network security perimeter's access rules admit it.
 */
export default defineRule({
    id: "azure-sql-server-public-network-access-disabled",
    title: "Azure SQL servers have public network access disabled",
    description:
        "With public network access on, the server's endpoint is reachable from the internet and only its firewall rules stand between it and every client; one broad rule exposes every database on it. Reaching the server through private endpoints keeps it off the internet altogether.",
    severity: "high",
    service: "sql",
    frameworks: { "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(4)"] },
    tags: ["network", "exposure"],
    remediation:
        'Set `publicNetworkAccess: "Disabled"` on the azure-native sql.Server and connect through a private endpoint (network.PrivateEndpoint with groupIds ["sqlServer"]).',
    defaultLevel: "advisory",
    messages: {
        publicAccess: "SQL server `{{name}}` accepts connections from public networks: publicNetworkAccess is {{value}}.",
    },
    examples: {
        violating: [{ resources: [{ type: "azure-native:sql:Server", name: "orders", props: { resourceGroupName: "rg-data", publicNetworkAccess: "Enabled" } }] }],
        compliant: [{ resources: [{ type: "azure-native:sql:Server", name: "orders", props: { resourceGroupName: "rg-data", publicNetworkAccess: "Disabled" } }] }],
    },
    resourceType: "azure-native:sql:Server",
    validate(props, ctx) {
        if (enumIs(props.publicNetworkAccess, "Disabled", "SecuredByPerimeter")) return;
        const value = props.publicNetworkAccess === undefined ? 'not set (Azure\'s default is "Enabled")' : describeValue(props.publicNetworkAccess);
        ctx.report({ messageId: "publicAccess", data: { name: ctx.name, value }, propertyPath: "publicNetworkAccess" });
    },
});
