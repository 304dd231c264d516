/**
 * Security-group ingress, read the same way from every resource that can carry it: inline
 * `ingress` blocks of a SecurityGroup or DefaultSecurityGroup, a standalone
 * `ec2.SecurityGroupRule` of type "ingress", and a `vpc.SecurityGroupIngressRule`.
 *
 * "Open to the internet" is `isInternetWideCidr`: the world however written (`0.0.0.0/0`, `::/0`,
 * `0::/0`, ...) and ranges broad enough to hold much of the public internet (`0.0.0.0/1`,
 * `128.0.0.0/1`, `::/1`), so splitting 0.0.0.0/0 into halves is no way round the rules.
 *
 * Protocols are read as AWS takes them: `-1` (string or number), `all`, names in any case,
 * numbers (`6` tcp, `17` udp, `1` icmp, `58` icmpv6), surrounding spaces ignored.
 *
 * Sources that are unknown during preview do not stop the reading: a rule can still report a
 * source that is known to be open to the world, and `worldSources` re-reads an unknown one (so
 * the rule is skipped) only when nothing known decides.
 */
import { known, listOf, propertyPath, recordOf } from "../../src";
import { isInternetWideCidr } from "./cidr";

export const SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
export const DEFAULT_SECURITY_GROUP = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
export const SECURITY_GROUP_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
export const INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";

/** Type tokens that can let traffic in. */
export const INGRESS_TYPES = [SECURITY_GROUP, DEFAULT_SECURITY_GROUP, SECURITY_GROUP_RULE, INGRESS_RULE] as const;

export type SourceKind = "ipv4" | "ipv6" | "prefix-list" | "security-group";

/** One source an ingress entry admits traffic from. */
export interface IngressSource {
    readonly kind: SourceKind;
    /** As written: a CIDR, a prefix list ID, a security group ID or name. */
    readonly value: string;
    /** Where it is, e.g. `ingress[1].ipv6CidrBlocks` or `cidrIpv4` (the field, not the list element). */
    readonly propertyPath: string;
    /** A CIDR open to the internet: the world (prefix 0, however written) or a range as broad (see `isInternetWideCidr`). */
    readonly world: boolean;
}

/** One ingress rule, normalised. Protocol and ports are read on use. */
export interface IngressEntry {
    /** The entry itself: `ingress[1]`, or "" for a standalone rule resource. */
    readonly path: string;
    /** Its sources whose values are known. */
    readonly sources: readonly IngressSource[];
    /** Reads of source fields whose values are unknown during preview (each throws when called). */
    readonly unknownSources: ReadonlyArray<() => unknown>;
    /** `all` (protocol -1), `tcp`, `udp`, `icmp`, `icmpv6`, or another value in lower case. */
    readonly protocol: string | undefined;
    readonly fromPort: number | undefined;
    readonly toPort: number | undefined;
}

/** Source fields of each shape: the list fields of inline blocks and SecurityGroupRule, the single fields of SecurityGroupIngressRule. */
const BLOCK_FIELDS: ReadonlyArray<readonly [string, SourceKind]> = [
    ["cidrBlocks", "ipv4"],
    ["ipv6CidrBlocks", "ipv6"],
    ["prefixListIds", "prefix-list"],
    ["securityGroups", "security-group"],
];
const RULE_FIELDS: ReadonlyArray<readonly [string, SourceKind]> = [...BLOCK_FIELDS.slice(0, 3), ["sourceSecurityGroupId", "security-group"]];
const INGRESS_RULE_FIELDS: ReadonlyArray<readonly [string, SourceKind]> = [
    ["cidrIpv4", "ipv4"],
    ["cidrIpv6", "ipv6"],
    ["prefixListId", "prefix-list"],
    ["referencedSecurityGroupId", "security-group"],
];

/** The ingress entries of a resource of one of INGRESS_TYPES (none for other types and egress rules). */
export function ingressEntries(type: string, rawProps: unknown): IngressEntry[] {
    const props = recordOf(rawProps);
    if (type === SECURITY_GROUP || type === DEFAULT_SECURITY_GROUP) {
        return listOf(props.ingress).map((block, index) => entry(recordOf(block), propertyPath("ingress", index), BLOCK_FIELDS, "protocol"));
    }
    if (type === SECURITY_GROUP_RULE) return props.type === "ingress" ? [entry(props, "", RULE_FIELDS, "protocol")] : [];
    if (type === INGRESS_RULE) return [entry(props, "", INGRESS_RULE_FIELDS, "ipProtocol")];
    return [];
}

function entry(
    record: Record<string, unknown>,
    path: string,
    fields: ReadonlyArray<readonly [string, SourceKind]>,
    protocolField: string,
): IngressEntry {
    const sources: IngressSource[] = [];
    const unknownSources: Array<() => unknown> = [];
    for (const [field, kind] of fields) {
        const at = path === "" ? field : `${path}.${field}`;
        const value = known(() => record[field]);
        if (!value.known) {
            unknownSources.push(() => record[field]);
            continue;
        }
        const list: unknown[] = Array.isArray(value.value) ? value.value : [value.value];
        // By index: iterating with forEach or for-of would read an unknown element through the proxy.
        for (let i = 0; i < list.length; i++) {
            const item = known(() => list[i]);
            if (!item.known) unknownSources.push(() => list[i]);
            else if (typeof item.value === "string" && item.value.trim() !== "") {
                sources.push({ kind, value: item.value.trim(), propertyPath: at, world: (kind === "ipv4" || kind === "ipv6") && isInternetWideCidr(item.value) });
            }
        }
    }
    return {
        path,
        sources,
        unknownSources,
        get protocol() {
            return normaliseProtocol(record[protocolField]);
        },
        get fromPort() {
            return portOf(record.fromPort);
        },
        get toPort() {
            return portOf(record.toPort);
        },
    };
}

const PROTOCOL_NUMBERS: Readonly<Record<string, string>> = { "-1": "all", "1": "icmp", "6": "tcp", "17": "udp", "58": "icmpv6" };

/** A protocol as AWS takes it (`-1`, -1, "all", "TCP", "6", ...) in one spelling: `all`, `tcp`, `udp`, `icmp`, `icmpv6`, or the value in lower case. */
export function normaliseProtocol(value: unknown): string | undefined {
    if (typeof value !== "string" && typeof value !== "number") return undefined;
    const text = String(value).trim().toLowerCase();
    return PROTOCOL_NUMBERS[text] ?? text;
}

function portOf(value: unknown): number | undefined {
    return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * The entry's sources open to the whole internet. When none is known to be, but some source is
 * unknown during preview, that source is read again: its unknown-value error skips the rule
 * rather than letting it pass on a guess.
 */
export function worldSources(entry: IngressEntry): IngressSource[] {
    const found = entry.sources.filter((source) => source.world);
    if (found.length === 0) entry.unknownSources.forEach((read) => read());
    return found;
}

/** True for protocol `-1`/`all`: every protocol and every port. */
export function isAllTraffic(entry: IngressEntry): boolean {
    return entry.protocol === "all";
}

function isTcpOrUdp(protocol: string | undefined): boolean {
    return protocol === "tcp" || protocol === "udp";
}

/** The port range a TCP/UDP entry opens (a missing bound counts as open), or undefined for other protocols. */
export function portRange(entry: IngressEntry): { readonly from: number; readonly to: number } | undefined {
    if (!isTcpOrUdp(entry.protocol)) return undefined;
    return { from: entry.fromPort ?? 0, to: entry.toPort ?? 65535 };
}

/** The ports of `wanted` the entry reaches: all of them for all traffic, none for ICMP and other protocols. */
export function reachedPorts(entry: IngressEntry, wanted: readonly number[]): number[] {
    if (isAllTraffic(entry)) return [...wanted];
    const range = portRange(entry);
    return range ? wanted.filter((port) => port >= range.from && port <= range.to) : [];
}

/** True when the entry opens every port: all traffic, or TCP/UDP over 0 (or 1) to 65535. */
export function opensEveryPort(entry: IngressEntry): boolean {
    if (isAllTraffic(entry)) return true;
    const range = portRange(entry);
    return range !== undefined && range.from <= 1 && range.to >= 65535;
}
