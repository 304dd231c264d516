/** Reading CIDR ranges with ipaddr.js, so every spelling AWS accepts is understood the same way. */
import ipaddr from "ipaddr.js";

/** A parsed range: its family and prefix length. */
export interface CidrRange {
    readonly family: "ipv4" | "ipv6";
    readonly prefixLength: number;
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
        return { family: address.kind(), prefixLength };
    } catch {
        if (!bareAddress || !ipaddr.isValid(text)) return undefined;
        const family = ipaddr.parse(text).kind();
        return { family, prefixLength: family === "ipv4" ? 32 : 128 };
    }
}

/**
 * True for a range that holds every address of its family: any CIDR with prefix length 0
 * (`0.0.0.0/0`, `::/0`, `0::/0`, `::0/0`, ...), however the address is written.
 */
export function isWorldCidr(value: unknown): boolean {
    return parseCidr(value)?.prefixLength === 0;
}
