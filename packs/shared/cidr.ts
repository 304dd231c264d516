/** Reading CIDR ranges with ipaddr.js, so every spelling AWS accepts is understood the same way. */
import ipaddr from "ipaddr.js";

/** A parsed range: its family and prefix length. */
export interface CidrRange {
    readonly family: "ipv4" | "ipv6";
    readonly prefixLength: number;
    /** True when the range holds every global unicast address of its family (see `isInternetWideCidr`). */
    readonly internetWide: boolean;
}

/**
 * The range a CIDR string names (surrounding spaces ignored), or undefined when it is not one.
 * With `bareAddress`, a lone address counts as its single-address range (IAM's aws:SourceIp
 * takes both forms; security-group rules take only CIDRs).
 */
export function parseCidr(value: unknown, options: { readonly bareAddress?: boolean } = {}): CidrRange | undefined {
    if (typeof value !== "string") return undefined;
    // Estates repeat a handful of ranges thousands of times; parsing throws for bare addresses.
    const key = options.bareAddress ? `a ${value}` : `c ${value}`;
    if (parsed.has(key)) return parsed.get(key);
    const range = parseUncached(value.trim(), options.bareAddress === true);
    if (range) Object.freeze(range);
    if (parsed.size >= MAX_CACHED) parsed.clear();
    parsed.set(key, range);
    return range;
}

const MAX_CACHED = 4096;
const parsed = new Map<string, CidrRange | undefined>();

function parseUncached(text: string, bareAddress: boolean): CidrRange | undefined {
    try {
        const [address, prefixLength] = ipaddr.parseCIDR(text);
        return { family: address.kind(), prefixLength, internetWide: coversInternet(address, prefixLength) };
    } catch {
        if (!bareAddress || !ipaddr.isValid(text)) return undefined;
        const family = ipaddr.parse(text).kind();
        return { family, prefixLength: family === "ipv4" ? 32 : 128, internetWide: false };
    }
}

/** The IPv6 global unicast space (2000::/3), where every routable IPv6 address lives today. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");

/**
 * IPv4: a prefix of 7 or shorter. Such a range spans at least 2^25 addresses, and the largest
 * private block is 10.0.0.0/8, so it always holds a large share of the public internet
 * (`0.0.0.0/1` and `128.0.0.0/1` together are 0.0.0.0/0). IPv6: a range holding all of 2000::/3.
 */
function coversInternet(address: ipaddr.IPv4 | ipaddr.IPv6, prefixLength: number): boolean {
    if (prefixLength === 0) return true;
    if (address.kind() === "ipv4") return prefixLength <= MAX_INTERNET_WIDE_IPV4_PREFIX;
    return prefixLength <= GLOBAL_UNICAST_V6[1] && (GLOBAL_UNICAST_V6[0] as ipaddr.IPv6).match(address as ipaddr.IPv6, prefixLength);
}

/** IPv4 ranges with a prefix this short or shorter count as open to the internet. */
export const MAX_INTERNET_WIDE_IPV4_PREFIX = 7;

/**
 * True for a range that holds every address of its family: any CIDR with prefix length 0
 * (`0.0.0.0/0`, `::/0`, `0::/0`, `::0/0`, ...), however the address is written.
 */
export function isWorldCidr(value: unknown): boolean {
    return parseCidr(value)?.prefixLength === 0;
}

/**
 * True for a range that lets the internet in, for ingress and network ACL rules: the world
 * (prefix 0), and ranges so broad they hold much of the public internet — any IPv4 prefix of
 * /7 or shorter (`0.0.0.0/1`, `128.0.0.0/1`, `64.0.0.0/2`, ...) and any IPv6 range holding all of
 * the global unicast space 2000::/3 (`::/1`, `2000::/3`). Splitting 0.0.0.0/0 into halves is a
 * known way round checks that look for the literal "0.0.0.0/0", so those halves count.
 * Stricter than checkov and Prowler (which match only /0), laxer than Trivy (which flags any
 * public range). IPv4-mapped IPv6 ranges (`::ffff:0.0.0.0/96`) are not the IPv6 internet.
 */
export function isInternetWideCidr(value: unknown): boolean {
    return parseCidr(value)?.internetWide === true;
}
