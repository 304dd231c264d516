/**
 * Network ACL ingress, read the same way from every resource that can carry it: inline
 * `ingress` blocks of an `ec2.NetworkAcl` or `ec2.DefaultNetworkAcl`, and a standalone
 * `ec2.NetworkAclRule` whose `egress` is not true. Then which ports the internet reaches,
 * honouring AWS's evaluation order: entries are tried lowest rule number first and the first
 * that matches decides, so an allow behind a deny of the whole world for the same traffic is
 * harmless.
 *
 * Every read goes through `known()`: an entry with a value unknown during preview is
 * "uncertain", and `exposures` decides nothing that such an entry could change.
 */
import { known, listOf, propertyPath, recordOf } from "../../src";
import { isInternetWideCidr, isWorldCidr } from "./cidr";
import { normaliseProtocol } from "./ingress";

export const NETWORK_ACL = "aws:ec2/networkAcl:NetworkAcl";
export const DEFAULT_NETWORK_ACL = "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl";
export const NETWORK_ACL_RULE = "aws:ec2/networkAclRule:NetworkAclRule";

/** One NACL ingress entry, normalised. */
export interface NaclEntry {
    /** Where it is: `ingress[1]` for an inline block, "" for a NetworkAclRule. */
    readonly path: string;
    /** `allow`, `deny`, or another value in lower case. */
    readonly action: string | undefined;
    readonly ruleNumber: number | undefined;
    /** `all`, `tcp`, `udp`, `icmp`, ... (see `normaliseProtocol`). */
    readonly protocol: string | undefined;
    readonly fromPort: number | undefined;
    readonly toPort: number | undefined;
    /** The source CIDRs that are set: `cidrBlock` (IPv4) and `ipv6CidrBlock`. */
    readonly sources: ReadonlyArray<{ readonly family: "ipv4" | "ipv6"; readonly value: string; readonly propertyPath: string }>;
    /** True when a value this entry's verdict needs is unknown during preview (noted by `known()`). */
    readonly uncertain: boolean;
}

const BLOCK_FIELDS = { action: "action", ruleNumber: "ruleNo" } as const;
const RULE_FIELDS = { action: "ruleAction", ruleNumber: "ruleNumber" } as const;

/** The ingress entries of a NetworkAcl, DefaultNetworkAcl or NetworkAclRule (none for an egress rule or another type). */
export function naclIngressEntries(type: string, rawProps: unknown): NaclEntry[] {
    const props = known(() => recordOf(rawProps));
    if (!props.known) return [];
    if (type === NETWORK_ACL || type === DEFAULT_NETWORK_ACL) {
        const list = known(() => listOf(props.value.ingress));
        if (!list.known) return [uncertainEntry("ingress")];
        const entries: NaclEntry[] = [];
        // By index: for-of would read an unknown element through the proxy.
        for (let i = 0; i < list.value.length; i++) {
            const block = known(() => recordOf(list.value[i]));
            const path = propertyPath("ingress", i);
            entries.push(block.known ? entryOf(block.value, path, BLOCK_FIELDS) : uncertainEntry(path));
        }
        return entries;
    }
    if (type === NETWORK_ACL_RULE) {
        const egress = known(() => props.value.egress);
        if (!egress.known) return [uncertainEntry("")];
        // `egress` defaults to false: an ingress rule.
        return egress.value === true ? [] : [entryOf(props.value, "", RULE_FIELDS)];
    }
    return [];
}

function uncertainEntry(path: string): NaclEntry {
    return { path, action: undefined, ruleNumber: undefined, protocol: undefined, fromPort: undefined, toPort: undefined, sources: [], uncertain: true };
}

function entryOf(record: Record<string, unknown>, path: string, fields: typeof BLOCK_FIELDS | typeof RULE_FIELDS): NaclEntry {
    let uncertain = false;
    const read = (field: string): unknown => {
        const value = known(() => record[field]);
        if (!value.known) uncertain = true;
        return value.known ? value.value : undefined;
    };
    const action = read(fields.action);
    const ruleNumber = read(fields.ruleNumber);
    const protocol = normaliseProtocol(read("protocol"));
    const fromPort = read("fromPort");
    const toPort = read("toPort");
    const sources: Array<NaclEntry["sources"][number]> = [];
    for (const [field, family] of [["cidrBlock", "ipv4"], ["ipv6CidrBlock", "ipv6"]] as const) {
        const value = read(field);
        if (typeof value === "string" && value.trim() !== "") sources.push({ family, value: value.trim(), propertyPath: path === "" ? field : `${path}.${field}` });
    }
    return {
        path,
        action: typeof action === "string" ? action.trim().toLowerCase() : undefined,
        ruleNumber: typeof ruleNumber === "number" && Number.isFinite(ruleNumber) ? ruleNumber : undefined,
        protocol,
        fromPort: typeof fromPort === "number" && Number.isFinite(fromPort) ? fromPort : undefined,
        toPort: typeof toPort === "number" && Number.isFinite(toPort) ? toPort : undefined,
        sources,
        uncertain,
    };
}

/** Protocols that carry ports. */
const PORT_PROTOCOLS = ["tcp", "udp"] as const;

/** True when the entry matches `protocol` traffic to `port`: protocol -1/all matches every port; a missing bound counts as open. */
function matches(entry: NaclEntry, protocol: string, port: number): boolean {
    if (entry.protocol === "all") return true;
    if (entry.protocol !== protocol) return false;
    return port >= (entry.fromPort ?? 0) && port <= (entry.toPort ?? 65535);
}

/** One allow entry that lets the internet reach some of the wanted ports. */
export interface NaclExposure<E extends NaclEntry = NaclEntry> {
    readonly entry: E;
    /** The internet-wide source it admits (the first one). */
    readonly source: NaclEntry["sources"][number];
    /** The wanted ports it exposes, ascending. */
    readonly ports: number[];
}

/**
 * The allow entries of one ACL (all its ingress entries, inline or NetworkAclRule) through which
 * the internet reaches any of `ports` over TCP or UDP. An entry is decided only when every entry
 * that could come before it is known; an entry with an unknown value decides nothing, so a rule
 * using this reports only what is certain.
 *
 * Traffic from the internet to a port is exposed by an allow entry whose source is internet-wide
 * (`isInternetWideCidr`) unless an entry with a lower rule number matching the same traffic
 * denies the whole world of that family (`0.0.0.0/0` / `::/0`): a deny of a narrower range
 * leaves the rest of the internet through.
 */
export function naclExposures<E extends NaclEntry>(entries: readonly E[], ports: readonly number[]): NaclExposure<E>[] {
    const uncertain = entries.filter((e) => e.uncertain);
    const found: NaclExposure<E>[] = [];
    for (const entry of entries) {
        if (entry.uncertain || entry.action !== "allow") continue;
        for (const source of entry.sources) {
            if (!isInternetWideCidr(source.value)) continue;
            const exposed = ports.filter((port) =>
                PORT_PROTOCOLS.some((protocol) => matches(entry, protocol, port) && !deniedBefore(entries, entry, source.family, protocol, port)),
            );
            // An unknown entry might be a deny in front of this one: decide nothing then.
            if (exposed.length > 0 && uncertain.length === 0) found.push({ entry, source, ports: [...new Set(exposed)].sort((a, b) => a - b) });
            if (exposed.length > 0) break;
        }
    }
    return found;
}

/** True when an entry evaluated before `allow` denies `protocol`/`port` traffic from the whole `family` world. */
function deniedBefore(entries: readonly NaclEntry[], allow: NaclEntry, family: "ipv4" | "ipv6", protocol: string, port: number): boolean {
    return entries.some(
        (other) =>
            other !== allow &&
            other.action === "deny" &&
            other.ruleNumber !== undefined &&
            allow.ruleNumber !== undefined &&
            other.ruleNumber < allow.ruleNumber &&
            matches(other, protocol, port) &&
            other.sources.some((s) => s.family === family && isWorldCidr(s.value)),
    );
}
