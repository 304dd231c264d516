import { defineRule } from "../../../src";
import { DATABASE_PORT_NAMES, DEFAULT_DATABASE_PORTS, NSG_TYPES, reportInternetPorts } from "../lib/nsg-rules";
import type {} from "../../../src/types/azure-native/network";

/**
 * The default ports: SQL Server (1433, 1434), Oracle (1521, 2483, 2484), MySQL/MariaDB (3306),
 * PostgreSQL (5432), CouchDB (5984), Redis (6379, and 6380 for TLS as Azure Cache for Redis
 * uses), Cassandra (7000, 7001, 9042), Elasticsearch (9200, 9300), Memcached (11211),
 * CockroachDB (26257) and MongoDB (27017-27019). A rule allowing every port is reported here
 * too, as by azure-network-security-group-no-internet-all-ports.
 */
export default defineRule({
    id: "azure-network-security-group-no-internet-database-ports",
    title: "No database ports open to the internet",
    description:
        "Network security groups must not allow inbound traffic from the internet to database and cache ports (SQL Server, Oracle, MySQL, PostgreSQL, Redis, MongoDB, Cassandra, CouchDB, Elasticsearch, Memcached and others). Exposed data stores are found by scanners within hours and attacked with leaked or default credentials and known exploits; they belong behind private networks, reachable from the application tier only.",
    severity: "high",
    service: "network",
    frameworks: {
        "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    },
    tags: ["network", "exposure", "data"],
    remediation:
        "Limit sourceAddressPrefix / sourceAddressPrefixes to the application subnet or use sourceApplicationSecurityGroups, and reach the database from outside through a VPN, Azure Bastion or a private endpoint.",
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            ports: {
                type: "array",
                items: { type: "integer", minimum: 0, maximum: 65535 },
                description: "Database and data-store ports that must not be reachable from the internet.",
            },
        },
    },
    configDefaults: { ports: [...DEFAULT_DATABASE_PORTS] as number[] },
    messages: {
        internetDatabasePorts: "{{subject}} lets anyone on the internet reach {{ports}}{{via}} (source {{source}}).",
    },
    examples: {
        violating: [
            {
                description: "PostgreSQL open to the internet",
                resources: [
                    {
                        type: "azure-native:network:NetworkSecurityGroup",
                        name: "db",
                        props: {
                            resourceGroupName: "rg-data",
                            securityRules: [
                                { name: "postgres", priority: 200, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "Internet", sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "5432" },
                            ],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "PostgreSQL from the application subnet only",
                resources: [
                    {
                        type: "azure-native:network:NetworkSecurityGroup",
                        name: "db",
                        props: {
                            resourceGroupName: "rg-data",
                            securityRules: [
                                { name: "postgres", priority: 200, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "10.1.2.0/24", sourcePortRange: "*", destinationAddressPrefix: "*", destinationPortRange: "5432" },
                            ],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...NSG_TYPES],
    validate(props, ctx) {
        reportInternetPorts(ctx, props, { ports: ctx.config.ports, names: DATABASE_PORT_NAMES, noun: "database port", messageId: "internetDatabasePorts" });
    },
});
