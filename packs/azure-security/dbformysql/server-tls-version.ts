import { defineRule } from "../../../src";
import { isParameter, nameText } from "../lib/database-settings";
import type {} from "../../../src/types/azure-native/dbformysql";

/** Protocol names `tls_version` takes that are older than TLS 1.2. */
const WEAK_VERSIONS = new Set(["tlsv1", "tlsv1.0", "tlsv1.1"]);

/** The weak protocols a `tls_version` value (a comma-separated list, e.g. "TLSv1.2,TLSv1.3") allows. */
function weakVersions(value: string): string[] {
    return value
        .split(",")
        .map((v) => v.trim())
        .filter((v) => WEAK_VERSIONS.has(v.toLowerCase()));
}

/**
 * `tls_version` is "TLSv1.2" on a new flexible server (TLSv1.2,TLSv1.3 on MySQL 8.0), so a server
 * without a Configuration for it is not judged. A dbformysql.Configuration whose
 * `configurationName` is the parameter and whose `value` lists TLSv1 or TLSv1.1 fails.
 */
export default defineRule({
    id: "azure-dbformysql-server-tls-version",
    title: "MySQL flexible servers accept only TLS 1.2 or later",
    description:
        "TLS 1.0 and 1.1 have known weaknesses and lack modern cipher suites. A server that still allows them lets clients, or an attacker downgrading the connection, protect passwords and data with broken cryptography.",
    severity: "medium",
    service: "dbformysql",
    frameworks: { "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"] },
    tags: ["encryption", "network"],
    remediation: 'Set `value: "TLSv1.2,TLSv1.3"` (or "TLSv1.2") on the azure-native dbformysql.Configuration named `tls_version`.',
    defaultLevel: "advisory",
    messages: {
        weakVersions: "Server parameter `{{name}}` lets {{server}} accept {{versions}}, older than TLS 1.2.",
    },
    examples: {
        violating: [
            {
                resources: [
                    {
                        type: "azure-native:dbformysql:Configuration",
                        name: "mysql-tls",
                        props: { resourceGroupName: "rg-data", serverName: "mysql-orders", configurationName: "tls_version", value: "TLSv1.1,TLSv1.2", source: "user-override" },
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
                        props: { resourceGroupName: "rg-data", serverName: "mysql-orders", configurationName: "tls_version", value: "TLSv1.2,TLSv1.3", source: "user-override" },
                    },
                ],
            },
        ],
    },
    resourceType: "azure-native:dbformysql:Configuration",
    validate(props, ctx) {
        if (!isParameter(props.configurationName, "tls_version")) return;
        // `value` sets the parameter; a configuration that gives only `currentValue` sets that one.
        const [value, propertyPath] = props.value !== undefined ? [props.value, "value"] : [props.currentValue, "currentValue"];
        // No value leaves the server's default, TLS 1.2 or later.
        if (typeof value !== "string") return;
        const weak = weakVersions(value);
        if (weak.length === 0) return;
        ctx.report({ messageId: "weakVersions", data: { name: ctx.name, server: nameText(() => props.serverName, "its server"), versions: weak.join(", ") }, propertyPath });
    },
});
