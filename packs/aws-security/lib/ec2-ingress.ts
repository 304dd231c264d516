/**
 * Ingress rules open to the whole internet, read the same way from every resource that can
 * carry one: inline `ingress` blocks of a SecurityGroup or DefaultSecurityGroup, a standalone
 * `ec2.SecurityGroupRule` of type "ingress", and a `vpc.SecurityGroupIngressRule`. Also the
 * names of common database ports, for messages.
 */
import { listOf, propertyPath, recordOf } from "../../../src";
import { isAllTraffic, isWorldCidr } from "./network";

/** Type tokens that can let traffic in from a CIDR. */
export const INGRESS_TYPES = [
    "aws:ec2/securityGroup:SecurityGroup",
    "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
    "aws:ec2/securityGroupRule:SecurityGroupRule",
    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
] as const;

/** One ingress rule that admits 0.0.0.0/0 or ::/0. */
export interface PublicIngress {
    readonly protocol: unknown;
    readonly fromPort: unknown;
    readonly toPort: unknown;
    /** The world CIDR that was found (`0.0.0.0/0` or `::/0`). */
    readonly cidr: string;
    /** Where the CIDR is, e.g. `ingress[1].ipv6CidrBlocks` or `cidrIpv4`. */
    readonly propertyPath: string;
    /** How messages name the resource and the rule: "Security group `web` ... through ingress[1]". */
    readonly subject: string;
    readonly via: string;
}

const SUBJECTS: Readonly<Record<string, string>> = {
    "aws:ec2/securityGroup:SecurityGroup": "Security group",
    "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup": "Default security group",
    "aws:ec2/securityGroupRule:SecurityGroupRule": "Security group rule",
    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule": "Ingress rule",
};

/** The first world CIDR of a `cidrBlocks` / `ipv6CidrBlocks` pair (IPv4 read first). */
function worldCidrIn(rule: Record<string, unknown>): { field: "cidrBlocks" | "ipv6CidrBlocks"; cidr: string } | undefined {
    for (const field of ["cidrBlocks", "ipv6CidrBlocks"] as const) {
        const cidr = listOf(rule[field]).find(isWorldCidr);
        if (cidr) return { field, cidr };
    }
    return undefined;
}

/**
 * The ingress rules of a resource that admit the whole internet, one entry per rule (the first
 * world CIDR of each). Protocol and ports are read only for those rules, so a rule limited to a
 * private range is judged even when its ports are not known yet.
 */
export function publicIngress(type: string, rawProps: unknown, name: string): PublicIngress[] {
    const props = recordOf(rawProps);
    const subject = `${SUBJECTS[type] ?? "Resource"} \`${name}\``;
    const found: PublicIngress[] = [];
    if (type === "aws:ec2/securityGroup:SecurityGroup" || type === "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup") {
        listOf(props.ingress).forEach((entry, index) => {
            const rule = recordOf(entry);
            const world = worldCidrIn(rule);
            if (!world) return;
            found.push({
                protocol: rule.protocol,
                fromPort: rule.fromPort,
                toPort: rule.toPort,
                cidr: world.cidr,
                propertyPath: propertyPath("ingress", index, world.field),
                subject,
                via: ` through ingress[${index}]`,
            });
        });
    } else if (type === "aws:ec2/securityGroupRule:SecurityGroupRule") {
        if (props.type !== "ingress") return found;
        const world = worldCidrIn(props);
        if (world) {
            found.push({ protocol: props.protocol, fromPort: props.fromPort, toPort: props.toPort, cidr: world.cidr, propertyPath: world.field, subject, via: "" });
        }
    } else if (type === "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule") {
        const field = isWorldCidr(props.cidrIpv4) ? "cidrIpv4" : isWorldCidr(props.cidrIpv6) ? "cidrIpv6" : undefined;
        if (field) {
            found.push({
                protocol: props.ipProtocol,
                fromPort: props.fromPort,
                toPort: props.toPort,
                cidr: String(props[field]).trim(),
                propertyPath: field,
                subject,
                via: "",
            });
        }
    }
    return found;
}

function isTcpOrUdp(protocol: unknown): boolean {
    const p = typeof protocol === "string" ? protocol.trim().toLowerCase() : protocol;
    return p === "tcp" || p === "udp" || p === "6" || p === "17" || p === 6 || p === 17;
}

/**
 * How a rule opens every port, or undefined when it does not: protocol `-1` (all traffic), or
 * TCP/UDP over the whole range (a missing bound counts as open, a range from 0 or 1 to 65535 as
 * the whole range).
 */
export function allPortsOpened(protocol: unknown, fromPort: unknown, toPort: unknown): string | undefined {
    if (isAllTraffic(protocol)) return "every port and protocol (all traffic)";
    if (!isTcpOrUdp(protocol)) return undefined;
    const from = typeof fromPort === "number" ? fromPort : 0;
    const to = typeof toPort === "number" ? toPort : 65535;
    if (from > 1 || to < 65535) return undefined;
    const p = String(protocol).trim().toLowerCase();
    const label = p === "6" ? "tcp" : p === "17" ? "udp" : p;
    return `every ${label.toUpperCase()} port (${from}-${to})`;
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
    const named = ports.map((p) => (DATABASE_PORT_NAMES[p] ? `${DATABASE_PORT_NAMES[p]} (port ${p})` : `port ${p}`));
    if (named.length > LISTED_PORTS) {
        const rest = named.length - LISTED_PORTS;
        return `${named.slice(0, LISTED_PORTS).join(", ")} and ${rest} more database port${rest === 1 ? "" : "s"}`;
    }
    return named.length <= 1 ? named.join("") : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
}
