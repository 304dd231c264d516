import { defineRule } from "../../../src";
import { isOffValue, isParameter, nameText } from "../lib/database-settings";
import type {} from "../../../src/types/azure-native/dbforpostgresql";

/**
 * `require_secure_transport` is "on" on every new flexible server, so a server without a
 * Configuration for it already refuses unencrypted connections and is not judged. What switches
 * it off is a dbforpostgresql.Configuration whose `configurationName` is the parameter and
 * whose `value` is off (PostgreSQL also spells it false, no or 0); this rule judges those.
 */
export default defineRule({
    id: "azure-dbforpostgresql-server-require-secure-transport",
    title: "PostgreSQL flexible servers keep require_secure_transport on",
    description:
        "With require_secure_transport off, clients may connect without TLS, sending passwords and query results in clear text that anyone on the path can read or alter.",
    severity: "high",
    service: "dbforpostgresql",
    frameworks: { "nist-800-53-r5": ["SC-8", "SC-8(1)"] },
    tags: ["encryption", "network"],
    remediation: 'Set `value: "on"` on the azure-native dbforpostgresql.Configuration named `require_secure_transport`, or delete it: the parameter is on by default.',
    defaultLevel: "mandatory",
    messages: {
        secureTransportOff: "Server parameter `{{name}}` switches require_secure_transport off on {{server}}, so clients may connect without TLS.",
    },
    examples: {
        violating: [
            {
                resources: [
                    {
                        type: "azure-native:dbforpostgresql:Configuration",
                        name: "pg-tls",
                        props: { resourceGroupName: "rg-data", serverName: "pg-orders", configurationName: "require_secure_transport", value: "off", source: "user-override" },
                    },
                ],
            },
        ],
        compliant: [
            {
                resources: [
                    {
                        type: "azure-native:dbforpostgresql:Configuration",
                        name: "pg-tls",
                        props: { resourceGroupName: "rg-data", serverName: "pg-orders", configurationName: "require_secure_transport", value: "on", source: "user-override" },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:dbforpostgresql:Configuration",
    validate(props, ctx) {
        if (!isParameter(props.configurationName, "require_secure_transport")) return;
        if (!isOffValue(props.value)) return;
        ctx.report({ messageId: "secureTransportOff", data: { name: ctx.name, server: nameText(() => props.serverName, "its server") }, propertyPath: "value" });
    },
    remediate(props) {
        props.value = "on";
    },
});
