import { defineRule, recordOf } from "../../../src";
import { ipConfigurationOf } from "../lib/sql-instance";
import type {} from "../../../src/types/gcp/sql";

/**
 * `settings.ipConfiguration.ipv4Enabled` defaults to true: an instance gets a public IPv4
 * address unless it is set to false. Read replicas are judged too, since a replica's IP
 * configuration is its own.
 */
export default defineRule({
    id: "gcp-sql-instance-no-public-ip",
    title: "Cloud SQL instances have no public IP address",
    description:
        "A public IP puts the database on the internet, one misconfigured authorized network or leaked password away from exposure, and makes it a target for scanning and brute force. A private IP in a VPC, reached through private networking or the Cloud SQL Auth Proxy, keeps it off the internet.",
    severity: "high",
    service: "sql",
    frameworks: { "cis-gcp-5.0": ["6.7"], "nist-800-53-r5": ["SC-7", "AC-4"] },
    tags: ["database", "network", "exposure"],
    remediation:
        "Set `settings.ipConfiguration.ipv4Enabled` to false and `settings.ipConfiguration.privateNetwork` to the VPC's self link (with private services access set up for it), then connect over private IP.",
    defaultLevel: "advisory",
    messages: {
        publicIp: "Cloud SQL instance `{{name}}` has a public IPv4 address: settings.ipConfiguration.ipv4Enabled is true.",
        publicIpByDefault: "Cloud SQL instance `{{name}}` gets a public IPv4 address: settings.ipConfiguration.ipv4Enabled is not set to false, and it defaults to true.",
    },
    examples: {
        violating: [
            {
                description: "public IP by default",
                resources: [{ type: "gcp:sql/databaseInstance:DatabaseInstance", name: "orders-db", props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680" } } }],
            },
        ],
        compliant: [
            {
                description: "private IP only",
                resources: [
                    {
                        type: "gcp:sql/databaseInstance:DatabaseInstance",
                        name: "orders-db",
                        props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", ipConfiguration: { ipv4Enabled: false, privateNetwork: "projects/acme/global/networks/prod" } } },
                    },
                ],
            },
        ],
    },
    resourceType: "gcp:sql/databaseInstance:DatabaseInstance",
    validate(props, ctx) {
        const settings = recordOf(props.settings);
        const enabled = ipConfigurationOf(props).ipv4Enabled;
        if (enabled === false) return;
        const propertyPath = settings.ipConfiguration === undefined ? "settings.ipConfiguration" : "settings.ipConfiguration.ipv4Enabled";
        ctx.report({ messageId: enabled === true ? "publicIp" : "publicIpByDefault", data: { name: ctx.name }, propertyPath });
    },
});
