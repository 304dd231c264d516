/**
 * Network security group rules, read the same way from both places they are written: the inline
 * `securityRules` of an azure-native network.NetworkSecurityGroup and a standalone
 * network.SecurityRule. Only inbound rules that allow traffic matter for exposure; Azure's
 * enum strings (direction, access, protocol, service tags) are compared ignoring case.
 *
 * "From the internet" is a source of `*`, `Any`, the `Internet` service tag, a bare `0.0.0.0`,
 * or a CIDR that holds the whole internet or a large share of it (`isInternetWideCidr`:
 * `0.0.0.0/0`, `::/0`, `0.0.0.0/1`, ...), in `sourceAddressPrefix` or `sourceAddressPrefixes`.
 *
 * Values unknown during preview are read with `known`: a rule entry that cannot be judged is
 * left out, and a run that then reports nothing is "could not judge", never a pass.
 */
import { known, listOf, peek, propertyPath, recordOf, type ResourceRuleContext } from "../../../src";
import { isInternetWideCidr } from "../../shared/cidr";

export const NETWORK_SECURITY_GROUP = "azure-native:network:NetworkSecurityGroup";
export const SECURITY_RULE = "azure-native:network:SecurityRule";

/** The type tokens that carry security rules. */
export const NSG_TYPES = [NETWORK_SECURITY_GROUP, SECURITY_RULE] as const;

/** A destination port range, inclusive. */
export interface PortRange {
    readonly from: number;
    readonly to: number;
}

/** An inbound Allow rule with a source open to the internet. */
export interface InternetRule {
    /** The rule within its resource: `securityRules[1]`, or "" for a standalone SecurityRule. */
    readonly path: string;
    /** The rule's own name, when it is a short known string. */
    readonly ruleName: string | undefined;
    /** The first internet-wide source, as written. */
    readonly source: string;
    /** Where that source is: `securityRules[1].sourceAddressPrefixes` or `sourceAddressPrefix`. */
    readonly sourcePath: string;
    /** `tcp`, `udp`, `*` (any), `icmp`, `esp`, `ah`, or another value in lower case. */
    readonly protocol: string;
    /** The destination port ranges whose values are known and well formed. */
    readonly ports: readonly PortRange[];
}

const INTERNET_TAGS = new Set(["*", "any", "internet", "0.0.0.0"]);

/** True for a source address prefix that admits the internet. */
export function isInternetSource(value: string): boolean {
    const text = value.trim().toLowerCase();
    return INTERNET_TAGS.has(text) || isInternetWideCidr(text);
}

/** The value read through `known`, or undefined (noted as unjudgeable) when unknown. */
function read(record: Record<string, unknown>, key: string): unknown {
    const value = known(() => record[key]);
    return value.known ? value.value : undefined;
}

function sameEnum(value: unknown, expected: string): boolean {
    return typeof value === "string" && value.trim().toLowerCase() === expected;
}

/** The known string elements of a list (by index, so an unknown element is noted, not thrown). */
function knownStrings(list: unknown): string[] {
    const items = listOf(list);
    const out: string[] = [];
    for (let i = 0; i < items.length; i++) {
        const item = known(() => items[i]);
        if (item.known && typeof item.value === "string" && item.value.trim() !== "") out.push(item.value);
    }
    return out;
}

const MAX_PORT = 65535;

/** "22", "20-30" or "*" as a range; undefined for anything else. */
export function parsePortRange(value: string): PortRange | undefined {
    const text = value.trim();
    if (text === "*") return { from: 0, to: MAX_PORT };
    const match = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(text);
    if (!match) return undefined;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    return from <= to && to <= MAX_PORT ? { from, to } : undefined;
}

function internetSource(rule: Record<string, unknown>, path: string): { value: string; path: string } | undefined {
    const at = (field: string) => (path === "" ? field : `${path}.${field}`);
    const single = read(rule, "sourceAddressPrefix");
    if (typeof single === "string" && isInternetSource(single)) return { value: single.trim(), path: at("sourceAddressPrefix") };
    const many = knownStrings(read(rule, "sourceAddressPrefixes")).find(isInternetSource);
    return many === undefined ? undefined : { value: many.trim(), path: at("sourceAddressPrefixes") };
}

/** One rule as an InternetRule, or undefined when it is not inbound Allow from the internet (or cannot be told). */
function toInternetRule(rule: Record<string, unknown>, path: string): InternetRule | undefined {
    if (!sameEnum(read(rule, "direction"), "inbound") || !sameEnum(read(rule, "access"), "allow")) return undefined;
    const source = internetSource(rule, path);
    if (!source) return undefined;
    const protocol = read(rule, "protocol");
    if (typeof protocol !== "string") return undefined;
    const portTexts = knownStrings(read(rule, "destinationPortRanges"));
    const single = read(rule, "destinationPortRange");
    if (typeof single === "string") portTexts.push(single);
    const ports = portTexts.map(parsePortRange).filter((r): r is PortRange => r !== undefined);
    const name = peekName(rule);
    return { path, ruleName: name, source: source.value, sourcePath: source.path, protocol: protocol.trim().toLowerCase(), ports };
}

/** The rule's name for messages: only a short plain string. Not needed for a verdict, so an unknown name is not noted. */
function peekName(rule: Record<string, unknown>): string | undefined {
    const value = peek(() => rule.name ?? rule.securityRuleName);
    return value.known && typeof value.value === "string" && /^[A-Za-z0-9._-]{1,80}$/.test(value.value) ? value.value : undefined;
}

/** The inbound Allow rules open to the internet of a NetworkSecurityGroup or SecurityRule. */
export function internetInboundRules(type: string, rawProps: unknown): InternetRule[] {
    const props = recordOf(rawProps);
    if (type === SECURITY_RULE) {
        const rule = toInternetRule(props, "");
        return rule ? [rule] : [];
    }
    if (type !== NETWORK_SECURITY_GROUP) return [];
    // The list itself is read directly: when it is unknown nothing can be judged, and the run is skipped.
    const rules = listOf(props.securityRules);
    const found: InternetRule[] = [];
    for (let i = 0; i < rules.length; i++) {
        const entry = known(() => rules[i]);
        if (!entry.known) continue;
        const rule = toInternetRule(recordOf(entry.value), propertyPath("securityRules", i));
        if (rule) found.push(rule);
    }
    return found;
}

/** True for protocols that have ports: TCP, UDP and `*` (any). ICMP, ESP and AH have none. */
function hasPorts(rule: InternetRule): boolean {
    return rule.protocol === "tcp" || rule.protocol === "udp" || rule.protocol === "*";
}

/** The ports of `wanted` the rule lets in. */
export function reachedPorts(rule: InternetRule, wanted: readonly number[]): number[] {
    if (!hasPorts(rule)) return [];
    return wanted.filter((port) => rule.ports.some((range) => port >= range.from && port <= range.to));
}

/**
 * True when the rule's ranges together cover every port 1-65535 (port 0 is not usable), so
 * splitting `*` into `0-32767` and `32768-65535` is no way round the check.
 */
export function opensEveryPort(rule: InternetRule): boolean {
    if (!hasPorts(rule)) return false;
    const sorted = [...rule.ports].sort((a, b) => a.from - b.from);
    let next = 1;
    for (const range of sorted) {
        if (range.from > next) return false;
        next = Math.max(next, range.to + 1);
        if (next > MAX_PORT) return true;
    }
    return false;
}

const SUBJECTS: Readonly<Record<string, string>> = {
    [NETWORK_SECURITY_GROUP]: "Network security group",
    [SECURITY_RULE]: "Security rule",
};

/** "Network security group `web`" or "Security rule `allow-ssh`". */
export function nsgSubject(type: string, name: string): string {
    return `${SUBJECTS[type] ?? "Resource"} \`${name}\``;
}

/** " through securityRules[1] (`allow-ssh`)" for an inline rule, "" for a standalone one. */
export function nsgVia(rule: InternetRule): string {
    if (rule.path === "") return "";
    return ` through ${rule.path}${rule.ruleName ? ` (\`${rule.ruleName}\`)` : ""}`;
}

/** How a port reads in a message: "SSH (port 22)", "PostgreSQL (port 5432)", "port 8080". */
export function describePorts(ports: readonly number[], names: Readonly<Record<number, string>>, noun: string): string {
    const named = ports.map((p) => (names[p] ? `${names[p]} (port ${p})` : `port ${p}`));
    const listed = 4;
    if (named.length > listed) {
        const rest = named.length - listed;
        return `${named.slice(0, listed).join(", ")} and ${rest} more ${noun}${rest === 1 ? "" : "s"}`;
    }
    return named.length <= 1 ? named.join("") : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
}

/** Well-known ports of database and data-store engines, judged by the database-ports rule. */
export const DATABASE_PORT_NAMES: Readonly<Record<number, string>> = {
    1433: "SQL Server",
    1434: "SQL Server Browser",
    1521: "Oracle",
    2483: "Oracle",
    2484: "Oracle (TCPS)",
    3306: "MySQL/MariaDB",
    5432: "PostgreSQL",
    5984: "CouchDB",
    6379: "Redis",
    6380: "Redis (TLS)",
    7000: "Cassandra inter-node",
    7001: "Cassandra inter-node (TLS)",
    9042: "Cassandra",
    9200: "Elasticsearch",
    9300: "Elasticsearch transport",
    11211: "Memcached",
    26257: "CockroachDB",
    27017: "MongoDB",
    27018: "MongoDB",
    27019: "MongoDB",
};

/** The default list of database ports that must not be reachable from the internet. */
export const DEFAULT_DATABASE_PORTS: readonly number[] = Object.keys(DATABASE_PORT_NAMES).map(Number);

/** What a ports rule looks for: the ports, their names and noun in messages, and its message id. */
export interface PortsCheck {
    readonly ports: readonly number[];
    readonly names: Readonly<Record<number, string>>;
    /** "port", "database port". */
    readonly noun: string;
    readonly messageId: string;
}

/** Reports every inbound Allow rule of the resource that lets the internet reach one of the ports. */
export function reportInternetPorts(ctx: Pick<ResourceRuleContext, "type" | "name" | "report">, props: unknown, check: PortsCheck): void {
    for (const rule of internetInboundRules(ctx.type, props)) {
        const reached = reachedPorts(rule, check.ports);
        if (reached.length === 0) continue;
        ctx.report({
            messageId: check.messageId,
            data: { subject: nsgSubject(ctx.type, ctx.name), ports: describePorts(reached, check.names, check.noun), via: nsgVia(rule), source: rule.source },
            propertyPath: rule.sourcePath,
        });
    }
}
