import { defineRule } from "../../../src";
import { isOffValue, isParameter, nameText } from "../lib/database-settings";
import type {} from "../../../src/types/azure-native/dbformysql";

/**
 * `require_secure_transport` is "on" on every new flexible server, so a server without a
 * Configuration for it already refuses unencrypted connections and is not judged. What switches
 * it off is a dbformysql.Configuration whose `configurationName` is the parameter and
 * whose `value` is off (MySQL also takes 0, false or no); this rule judges those.
 */
export default defineRule({
    id: "azure-dbformysql-server-require-secure-transport",
    title: "MySQL flexible servers keep require_secure_transport on",
    description:
        "With require_secure_transport off, clients may connect without TLS, sending passwords and query results in clear text that anyone on the path can read or alter.",
    severity: "high",
    service: "dbformysql",
    frameworks: { "nist-800-53-r5": ["SC-8", "SC-8(1)"] },
    tags: ["encryption", "network"],
    remediation: 'Set `value: "ON"` on the azure-native dbformysql.Configuration named `require_secure_transport`, or delete it: the parameter is on by default.',
    defaultLevel: "mandatory",
    messages: {
        secureTransportOff: "Server parameter `{{name}}` switches require_secure_transport off on {{server}}, so clients may connect without TLS.",
    },
    examples: {
        violating: [
            {
                resources: [
                    {
                        type: "azure-native:dbformysql:Configuration",
                        name: "mysql-tls",
                        props: { resourceGroupName: "rg-data", serverName: "mysql-orders", configurationName: "require_secure_transport", value: "OFF", source: "user-override" },
                    },
                ],
            },
        ],
        compliant: [
            {
                resources: [
                    {
                        type: "azure-native:dbformysql:Configuration",
                        name: "mysql-tls",
                        props: { resourceGroupName: "rg-data", serverName: "mysql-orders", configurationName: "require_secure_transport", value: "ON", source: "user-override" },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:dbformysql:Configuration",
    validate(props, ctx) {
        if (!isParameter(props.configurationName, "require_secure_transport")) return;
        // `value` sets the parameter; a configuration that gives only `currentValue` sets that one.
        const [value, propertyPath] = props.value !== undefined ? [props.value, "value"] : [props.currentValue, "currentValue"];
        if (!isOffValue(value)) return;
        ctx.report({ messageId: "secureTransportOff", data: { name: ctx.name, server: nameText(() => props.serverName, "its server") }, propertyPath });
    },
    remediate(props) {
        props.value = "ON";
    },
});
