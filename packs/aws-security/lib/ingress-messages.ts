/**
 * How security-group messages name things: the resource ("Security group `web`"), the entry
 * ("through ingress[1]") and ports ("SSH (port 22)", "PostgreSQL (port 5432)"). Reading the
 * ingress itself is packs/shared/ingress.ts.
 */
import type { IngressEntry } from "../../shared/ingress";

const SUBJECTS: Readonly<Record<string, string>> = {
    "aws:ec2/securityGroup:SecurityGroup": "Security group",
    "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup": "Default security group",
    "aws:ec2/securityGroupRule:SecurityGroupRule": "Security group rule",
    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule": "Ingress rule",
};

/** "Security group `web`", "Ingress rule `ssh`", ... */
export function ingressSubject(type: string, name: string): string {
    return `${SUBJECTS[type] ?? "Resource"} \`${name}\``;
}

/** " through ingress[1]" for an inline block, "" for a standalone rule. */
export function ingressVia(entry: IngressEntry): string {
    return entry.path === "" ? "" : ` through ${entry.path}`;
}

const PORT_NAMES: Readonly<Record<number, string>> = { 22: "SSH", 3389: "RDP" };

/** "SSH (port 22) and RDP (port 3389)". */
export function describePorts(ports: readonly number[]): string {
    const parts = ports.map((p) => (PORT_NAMES[p] ? `${PORT_NAMES[p]} (port ${p})` : `port ${p}`));
    return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** Well-known ports of database and data-store engines. */
export const DATABASE_PORT_NAMES: Readonly<Record<number, string>> = {
    1433: "SQL Server",
    1434: "SQL Server Browser",
    1521: "Oracle",
    2483: "Oracle",
    2484: "Oracle (TCPS)",
    3306: "MySQL/MariaDB",
    5432: "PostgreSQL",
    5439: "Redshift",
    5984: "CouchDB",
    6379: "Redis",
    7474: "Neo4j HTTP",
    7687: "Neo4j Bolt",
    8086: "InfluxDB",
    8123: "ClickHouse HTTP",
    9042: "Cassandra",
    9160: "Cassandra Thrift",
    9200: "Elasticsearch/OpenSearch",
    9300: "Elasticsearch/OpenSearch transport",
    11211: "Memcached",
    26257: "CockroachDB",
    27017: "MongoDB",
    27018: "MongoDB",
    27019: "MongoDB",
    50000: "Db2",
};

/** The default list of database ports that must not be public. */
export const DEFAULT_DATABASE_PORTS: readonly number[] = Object.keys(DATABASE_PORT_NAMES).map(Number);

/** At most this many ports are spelled out in a message; the rest are counted. */
const LISTED_PORTS = 4;

/** "PostgreSQL (port 5432) and Redis (port 6379)", or "... and 20 more database ports". */
export function describeDatabasePorts(ports: readonly number[]): string {
    return describeNamedPorts(ports, DATABASE_PORT_NAMES, "database port");
}

/**
 * Ports Security Hub's EC2.19 calls high-risk, except those the SSH/RDP rule (22, 3389) and the
 * database rule (1433, 1434, 3306, 5432, 9200, 9300) already judge, so that one open port is
 * one finding. Together the three rules cover EC2.19's whole list.
 */
export const HIGH_RISK_PORT_NAMES: Readonly<Record<number, string>> = {
    20: "FTP data",
    21: "FTP",
    23: "Telnet",
    25: "SMTP",
    110: "POP3",
    135: "Windows RPC",
    143: "IMAP",
    445: "SMB",
    3000: "development servers",
    4333: "mSQL",
    5000: "development servers",
    5500: "VNC",
    5601: "Kibana",
    8080: "HTTP alternate",
    8088: "HTTP alternate",
    8888: "HTTP alternate",
};

/** The default list of other high-risk ports that must not be public. */
export const DEFAULT_HIGH_RISK_PORTS: readonly number[] = Object.keys(HIGH_RISK_PORT_NAMES).map(Number);

/** "Telnet (port 23) and SMB (port 445)", or "... and 12 more high-risk ports". */
export function describeHighRiskPorts(ports: readonly number[]): string {
    return describeNamedPorts(ports, HIGH_RISK_PORT_NAMES, "high-risk port");
}

function describeNamedPorts(ports: readonly number[], names: Readonly<Record<number, string>>, noun: string): string {
    const named = ports.map((p) => (names[p] ? `${names[p]} (port ${p})` : `port ${p}`));
    if (named.length > LISTED_PORTS) {
        const rest = named.length - LISTED_PORTS;
        return `${named.slice(0, LISTED_PORTS).join(", ")} and ${rest} more ${noun}${rest === 1 ? "" : "s"}`;
    }
    return named.length <= 1 ? named.join("") : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
}
