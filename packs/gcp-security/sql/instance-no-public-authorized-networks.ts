import { defineRule, listOf, recordOf } from "../../../src";
import { isInternetWideCidr } from "../../shared/cidr";
import { ipConfigurationOf } from "../lib/sql-instance";
import type {} from "../../../src/types/gcp/sql";

/**
 * Authorized networks only matter while the instance has a public IPv4 address, and
 * `ipConfiguration.ipv4Enabled` defaults to true (the API assigns a public IP unless told not
 * to), so it is read only once an internet-wide network is found: a private-only instance passes.
 */
export default defineRule({
    id: "gcp-sql-instance-no-public-authorized-networks",
    title: "Cloud SQL instances do not authorize the whole internet",
    description:
        "An authorized network of 0.0.0.0/0 (or a range as broad as 0.0.0.0/1) on an instance with a public IP lets anyone on the internet reach the database port, leaving only the database password between an attacker and the data. Scanners find such instances within hours.",
    severity: "critical",
    service: "sql",
    frameworks: { "cis-gcp-5.0": ["6.5"], "nist-800-53-r5": ["AC-3", "SC-7"] },
    tags: ["database", "network", "exposure"],
    remediation:
        "Remove the internet-wide entry from `settings.ipConfiguration.authorizedNetworks` and list only the ranges that need access (office or VPN egress), or better, set `settings.ipConfiguration.ipv4Enabled` to false with a `privateNetwork` and connect through private IP or the Cloud SQL Auth Proxy.",
    defaultLevel: "mandatory",
    messages: {
        publicNetwork: "Cloud SQL instance `{{name}}` has a public IP and authorizes {{cidr}}, so anyone on the internet can reach the database.",
    },
    examples: {
        violating: [
            {
                description: "the whole internet authorized",
                resources: [
                    {
                        type: "gcp:sql/databaseInstance:DatabaseInstance",
                        name: "orders-db",
                        props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", ipConfiguration: { ipv4Enabled: true, authorizedNetworks: [{ name: "all", value: "0.0.0.0/0" }] } } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the office range only",
                resources: [
                    {
                        type: "gcp:sql/databaseInstance:DatabaseInstance",
                        name: "orders-db",
                        props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", ipConfiguration: { ipv4Enabled: true, authorizedNetworks: [{ name: "office", value: "203.0.113.0/24" }] } } },
                    },
                ],
            },
        ],
    },
    resourceType: "gcp:sql/databaseInstance:DatabaseInstance",
    validate(props, ctx) {
        const ip = ipConfigurationOf(props);
        const open = listOf(ip.authorizedNetworks)
            .map((network, index) => ({ value: recordOf(network).value, index }))
            .filter((n) => isInternetWideCidr(n.value));
        if (open.length === 0) return;
        // Without a public address no authorized network is reachable.
        if (ip.ipv4Enabled === false) return;
        for (const { value, index } of open) {
            ctx.report({
                messageId: "publicNetwork",
                data: { name: ctx.name, cidr: String(value).trim() },
                propertyPath: `settings.ipConfiguration.authorizedNetworks[${index}].value`,
            });
        }
    },
});
