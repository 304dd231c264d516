/**
 * VPC firewall rules (gcp.compute.Firewall) read the way Compute Engine applies them, so every
 * "open to the internet" rule answers the same way:
 *
 * - only enabled (`disabled` absent or false) INGRESS rules let traffic in; `direction` defaults
 *   to INGRESS and is compared without case;
 * - only `allows` entries open anything: a `denies` entry never does;
 * - protocol "all" (or any protocol without a port list) means every port of that protocol;
 *   ports are written "22" or "20-30";
 * - a source is the internet when `isInternetWideCidr` says so (0.0.0.0/0, ::/0, 0.0.0.0/1,
 *   ...); an INGRESS rule without any source (no ranges, tags or service accounts) matches every
 *   source, as the API's default source range 0.0.0.0/0.
 *
 * Source ranges unknown during preview do not stop the reading: a range known to be the internet
 * is reported, and an unknown one is read again (so the rule is skipped) only when nothing known
 * decides.
 */
import { known, listOf, propertyPath, recordOf } from "../../../src";
import { isInternetWideCidr } from "../../shared/cidr";

export const FIREWALL = "gcp:compute/firewall:Firewall";

const PROTOCOL_NUMBERS: Readonly<Record<string, string>> = { "1": "icmp", "6": "tcp", "17": "udp", "132": "sctp" };

/** A protocol as the API takes it ("TCP", "6", "all", ...) in one spelling: `all`, `tcp`, `udp`, `sctp`, `icmp`, or the value in lower case. */
export function normaliseProtocol(value: unknown): string | undefined {
    if (typeof value !== "string" && typeof value !== "number") return undefined;
    const text = String(value).trim().toLowerCase();
    return PROTOCOL_NUMBERS[text] ?? text;
}

/** Protocols whose traffic has ports (the API takes a port list only for these). */
const PORT_PROTOCOLS: ReadonlySet<string> = new Set(["tcp", "udp", "sctp"]);

/** An inclusive range of ports. */
export interface PortRange {
    readonly from: number;
    readonly to: number;
}

const EVERY_PORT: PortRange = { from: 0, to: 65535 };

/** "22" → 22-22, "20-30" → 20-30, 22 → 22-22; undefined for anything else. */
export function parsePortRange(value: unknown): PortRange | undefined {
    const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : undefined;
    if (text === undefined) return undefined;
    const match = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(text);
    if (!match) return undefined;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    return from <= to && to <= 65535 ? { from, to } : undefined;
}

/** One `allows` entry, normalised. */
export interface AllowEntry {
    /** `allows[1]`. */
    readonly path: string;
    /** `all`, `tcp`, `udp`, `sctp`, `icmp`, or another value in lower case. */
    readonly protocol: string | undefined;
    /** The ports it opens; every port when the entry lists none. Empty for protocols without ports. */
    readonly ports: readonly PortRange[];
}

/** The entries of `allows`; reading an unknown one throws, so the rule is skipped. */
export function allowEntries(props: unknown): AllowEntry[] {
    const allows = listOf(recordOf(props).allows);
    const entries: AllowEntry[] = [];
    for (let i = 0; i < allows.length; i++) {
        const allow = recordOf(allows[i]);
        const protocol = normaliseProtocol(allow.protocol);
        const listed = listOf(allow.ports);
        let ports: PortRange[] = [];
        if (protocol === "all" || (protocol !== undefined && PORT_PROTOCOLS.has(protocol))) {
            // No port list: every port (the API refuses a port list with "all").
            ports = listed.length === 0 || protocol === "all" ? [EVERY_PORT] : listed.map(parsePortRange).filter((r): r is PortRange => r !== undefined);
        }
        entries.push({ path: propertyPath("allows", i), protocol, ports });
    }
    return entries;
}

/** True when the firewall is enabled and judges incoming traffic (direction absent means INGRESS). */
export function isEnabledIngress(props: unknown): boolean {
    const record = recordOf(props);
    if (record.disabled === true) return false;
    const direction = record.direction;
    if (direction === undefined || direction === null) return true;
    return typeof direction === "string" && ["", "INGRESS"].includes(direction.trim().toUpperCase());
}

/** A source that makes the firewall open to the internet. */
export interface InternetSource {
    /** The range as written, or "0.0.0.0/0" when no source is given. */
    readonly value: string;
    /** `sourceRanges`. */
    readonly propertyPath: string;
    /** True when no source is given at all and the API's default applies. */
    readonly byDefault: boolean;
}

function isEmpty(value: unknown): boolean {
    return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * The firewall's first source open to the whole internet, or undefined. When none is known to
 * be but some range is unknown during preview, that range is read again: its unknown-value error
 * skips the rule rather than letting it pass on a guess.
 */
export function internetSource(props: unknown): InternetSource | undefined {
    const record = recordOf(props);
    // The list itself unknown: nothing known can decide, so the read skips the rule.
    const list = listOf(record.sourceRanges);
    const unknownReads: Array<() => unknown> = [];
    let ranges = 0;
    // By index: iterating with for-of would read an unknown element through the proxy.
    for (let i = 0; i < list.length; i++) {
        const item = known(() => list[i]);
        if (!item.known) unknownReads.push(() => list[i]);
        else if (typeof item.value === "string" && item.value.trim() !== "") {
            if (isInternetWideCidr(item.value)) return { value: item.value.trim(), propertyPath: "sourceRanges", byDefault: false };
            ranges++;
        }
    }
    if (unknownReads.length > 0) {
        unknownReads.forEach((read) => read());
        return undefined;
    }
    if (ranges > 0) return undefined;
    // No range (blank entries are dropped, hashicorp/terraform-provider-google#6789): the rule
    // matches every source unless tags or service accounts narrow it.
    if (isEmpty(record.sourceTags) && isEmpty(record.sourceServiceAccounts)) return { value: "0.0.0.0/0", propertyPath: "sourceRanges", byDefault: true };
    return undefined;
}

/** The ports of `wanted` an entry opens over TCP or UDP (or every protocol). */
export function reachedPorts(entry: AllowEntry, wanted: readonly number[]): number[] {
    if (entry.protocol !== "all" && entry.protocol !== "tcp" && entry.protocol !== "udp") return [];
    return wanted.filter((port) => entry.ports.some((range) => port >= range.from && port <= range.to));
}

/** True when the entry opens every port: protocol "all", or TCP/UDP without a port list or over 0 (or 1) to 65535. */
export function opensEveryPort(entry: AllowEntry): boolean {
    if (entry.protocol === "all") return true;
    if (entry.protocol !== "tcp" && entry.protocol !== "udp") return false;
    return entry.ports.some((range) => range.from <= 1 && range.to >= 65535);
}

/** What an exposure rule reports: the source, the entries involved and the ports they reach. */
export interface FirewallExposure {
    readonly source: InternetSource;
    /** The `allows[i]` paths that reach the ports. */
    readonly entries: readonly string[];
    /** The wanted ports reached, in order, without repeats. */
    readonly ports: readonly number[];
}

/**
 * The internet exposure of `wanted` ports through an enabled ingress firewall, or undefined.
 * Sources are read only when some allowed entry reaches a wanted port.
 */
export function exposedPorts(props: unknown, wanted: readonly number[]): FirewallExposure | undefined {
    if (!isEnabledIngress(props)) return undefined;
    const entries: string[] = [];
    const ports = new Set<number>();
    for (const entry of allowEntries(props)) {
        const reached = reachedPorts(entry, wanted);
        if (reached.length === 0) continue;
        entries.push(entry.path);
        reached.forEach((port) => ports.add(port));
    }
    if (entries.length === 0) return undefined;
    const source = internetSource(props);
    if (!source) return undefined;
    return { source, entries, ports: wanted.filter((port) => ports.has(port)) };
}

const PORT_NAMES: Readonly<Record<number, string>> = { 22: "SSH", 3389: "RDP" };

/** At most this many ports are spelled out in a message; the rest are counted. */
const LISTED_PORTS = 4;

/** "SSH (port 22)", "PostgreSQL (port 5432) and Redis (port 6379)", or "... and 12 more ports". */
export function describePorts(ports: readonly number[], names: Readonly<Record<number, string>> = PORT_NAMES): string {
    const named = ports.map((port) => (names[port] ? `${names[port]} (port ${port})` : `port ${port}`));
    if (named.length > LISTED_PORTS) {
        const rest = named.length - LISTED_PORTS;
        return `${named.slice(0, LISTED_PORTS).join(", ")} and ${rest} more port${rest === 1 ? "" : "s"}`;
    }
    return named.length <= 1 ? named.join("") : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
}

/** "allows[0]" or "allows[0] and allows[2]". */
export function describeEntries(paths: readonly string[]): string {
    return paths.length <= 1 ? paths.join("") : `${paths.slice(0, -1).join(", ")} and ${paths[paths.length - 1]}`;
}

/** "0.0.0.0/0" or "no source range, so the default 0.0.0.0/0". */
export function describeSource(source: InternetSource): string {
    return source.byDefault ? "no source set, so the default 0.0.0.0/0" : source.value;
}
