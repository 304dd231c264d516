import { defineRule } from "../../../src";
import { FIREWALL, describeEntries, describePorts, describeSource, exposedPorts } from "../lib/firewall-ingress";
import type {} from "../../../src/types/gcp/compute";

/** Well-known ports of database and data-store engines (the default of the `ports` setting). */
const DATABASE_PORT_NAMES: Readonly<Record<number, string>> = {
    1433: "SQL Server",
    1434: "SQL Server Browser",
    1521: "Oracle",
    2483: "Oracle",
    2484: "Oracle (TCPS)",
    3306: "MySQL",
    5432: "PostgreSQL",
    5984: "CouchDB",
    6379: "Redis",
    7000: "Cassandra inter-node",
    7001: "Cassandra inter-node (TLS)",
    7474: "Neo4j HTTP",
    7687: "Neo4j Bolt",
    8086: "InfluxDB",
    8123: "ClickHouse HTTP",
    9000: "ClickHouse native",
    9042: "Cassandra",
    9160: "Cassandra Thrift",
    9200: "Elasticsearch",
    9300: "Elasticsearch transport",
    11211: "Memcached",
    26257: "CockroachDB",
    27017: "MongoDB",
    27018: "MongoDB",
    27019: "MongoDB",
    28015: "RethinkDB",
    50000: "Db2",
};

const DEFAULT_DATABASE_PORTS: readonly number[] = Object.keys(DATABASE_PORT_NAMES).map(Number);

/** Protocol "all" is reported here too, as by the all-ports rule: each rule stands on its own. */
export default defineRule({
    id: "gcp-compute-firewall-no-internet-database-ports",
    title: "No VPC firewall rule opens database ports to the internet",
    description:
        "Databases and caches reachable from 0.0.0.0/0, ::/0 or a range as broad are found by scanners within hours and attacked with leaked or default credentials and known exploits. The ports judged by default are SQL Server (1433, 1434), Oracle (1521, 2483, 2484), MySQL (3306), PostgreSQL (5432), CouchDB (5984), Redis (6379), Cassandra (7000, 7001, 9042, 9160), Neo4j (7474, 7687), InfluxDB (8086), ClickHouse (8123, 9000), Elasticsearch (9200, 9300), Memcached (11211), CockroachDB (26257), MongoDB (27017-27019), RethinkDB (28015) and Db2 (50000).",
    severity: "high",
    service: "compute",
    frameworks: {
        "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    },
    tags: ["network", "exposure", "data"],
    remediation:
        "Allow the database port only from the application's network tags or service accounts (`sourceTags` / `sourceServiceAccounts`) or private `sourceRanges`, and reach it from outside through a VPN, Identity-Aware Proxy or the Cloud SQL Auth Proxy.",
    defaultLevel: "mandatory",
    configSchema: {
        properties: {
            ports: {
                type: "array",
                items: { type: "integer", minimum: 0, maximum: 65535 },
                description: "Database and data-store ports that must not be reachable from the whole internet.",
            },
        },
    },
    configDefaults: { ports: [...DEFAULT_DATABASE_PORTS] as number[] },
    messages: {
        internetDatabasePorts: "Firewall `{{name}}` lets anyone on the internet ({{source}}) reach {{ports}} through {{entries}}.",
    },
    examples: {
        violating: [
            {
                description: "PostgreSQL open to the internet",
                resources: [{ type: FIREWALL, name: "allow-postgres", props: { network: "prod-vpc", allows: [{ protocol: "tcp", ports: ["5432"] }], sourceRanges: ["0.0.0.0/0"] } }],
            },
        ],
        compliant: [
            {
                description: "PostgreSQL only from the application tier",
                resources: [{ type: FIREWALL, name: "allow-postgres", props: { network: "prod-vpc", allows: [{ protocol: "tcp", ports: ["5432"] }], sourceTags: ["app"], targetTags: ["db"] } }],
            },
        ],
    },
    resourceType: FIREWALL,
    validate(props, ctx) {
        const exposure = exposedPorts(props, ctx.config.ports);
        if (!exposure) return;
        ctx.report({
            messageId: "internetDatabasePorts",
            data: { name: ctx.name, source: describeSource(exposure.source), ports: describePorts(exposure.ports, DATABASE_PORT_NAMES), entries: describeEntries(exposure.entries) },
            propertyPath: exposure.source.propertyPath,
        });
    },
});
