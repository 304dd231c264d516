import { defineRule } from "../../../src";
import { describeValue, enumIs } from "../lib/database-settings";
import type {} from "../../../src/types/azure-native/sql";

/**
 * `minimalTlsVersion` left out leaves the server without a minimum ("None"), which has
 * accepted TLS 1.0 and 1.1; Azure's retirement of those versions does not set the property, so
 * an explicit "1.2" or "1.3" is required.
 */
export default defineRule({
    id: "azure-sql-server-minimum-tls-1-2",
    title: "Azure SQL servers require TLS 1.2 or later",
    description:
        "TLS 1.0 and 1.1 have known weaknesses and lack modern cipher suites. A server that accepts them lets a client, or an attacker downgrading the connection, protect logins and query results with broken cryptography.",
    severity: "medium",
    service: "sql",
    frameworks: { "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"] },
    tags: ["encryption", "network"],
    remediation: 'Set `minimalTlsVersion: "1.2"` (or "1.3") on the azure-native sql.Server.',
    defaultLevel: "advisory",
    messages: {
        weakMinimum: "SQL server `{{name}}` accepts TLS versions older than 1.2: minimalTlsVersion is {{value}}.",
    },
    examples: {
        violating: [{ resources: [{ type: "azure-native:sql:Server", name: "orders", props: { resourceGroupName: "rg-data", minimalTlsVersion: "1.0" } }] }],
        compliant: [{ resources: [{ type: "azure-native:sql:Server", name: "orders", props: { resourceGroupName: "rg-data", minimalTlsVersion: "1.2" } }] }],
    },
    resourceType: "azure-native:sql:Server",
    validate(props, ctx) {
        if (enumIs(props.minimalTlsVersion, "1.2", "1.3")) return;
        const value = props.minimalTlsVersion === undefined ? 'not set (no minimum, as "None")' : describeValue(props.minimalTlsVersion);
        ctx.report({ messageId: "weakMinimum", data: { name: ctx.name, value }, propertyPath: "minimalTlsVersion" });
    },
    remediate(props) {
        props.minimalTlsVersion = "1.2";
    },
});
