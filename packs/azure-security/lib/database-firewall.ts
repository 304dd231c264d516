/**
 * Server-level firewall rules of Azure's database services (Azure SQL, PostgreSQL and MySQL
 * flexible servers). Each rule allows one inclusive range of client addresses, written as a
 * start and an end address rather than a CIDR, so a range is judged by the addresses it holds.
 */
import ipaddr from "ipaddr.js";
import type { ResourceRuleContext } from "../../../src";
import { MAX_INTERNET_WIDE_IPV4_PREFIX } from "../../shared/cidr";

/**
 * What a firewall rule's range lets in:
 * - `azure-services`: 0.0.0.0–0.0.0.0, Azure's marker for "allow Azure services and resources
 *   to access this server", which admits every address inside Azure, any tenant's included;
 * - `internet`: a range as broad as the shared notion of "internet-wide" (packs/shared/cidr.ts);
 * - `undefined`: anything narrower, or a range Azure would refuse (not an address, end before start).
 */
export type FirewallRangeVerdict = "azure-services" | "internet" | undefined;

/** An IPv4 range holding at least this many addresses is as broad as a /7, and so internet-wide. */
const INTERNET_WIDE_IPV4_SIZE = 2n ** BigInt(32 - MAX_INTERNET_WIDE_IPV4_PREFIX);

/** The IPv6 global unicast space, 2000::/3: a range holding all of it is internet-wide. */
const GLOBAL_UNICAST_V6_FIRST = toNumber(ipaddr.parse("2000::"));
const GLOBAL_UNICAST_V6_LAST = toNumber(ipaddr.parse("3fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));

function toNumber(address: ipaddr.IPv4 | ipaddr.IPv6): bigint {
    return address.toByteArray().reduce((n, byte) => (n << 8n) + BigInt(byte), 0n);
}

/** The address as a number, or undefined when `value` is not an address of that family. */
function parseAddress(value: unknown, family: "ipv4" | "ipv6"): bigint | undefined {
    if (typeof value !== "string") return undefined;
    const text = value.trim();
    if (family === "ipv4" ? !ipaddr.IPv4.isValidFourPartDecimal(text) : !ipaddr.IPv6.isValid(text)) return undefined;
    return toNumber(ipaddr.parse(text));
}

/** Judges the IPv4 range `start`–`end` of a firewall rule. */
export function judgeIpv4Range(start: unknown, end: unknown): FirewallRangeVerdict {
    const first = parseAddress(start, "ipv4");
    const last = parseAddress(end, "ipv4");
    if (first === undefined || last === undefined || last < first) return undefined;
    if (first === 0n && last === 0n) return "azure-services";
    return last - first + 1n >= INTERNET_WIDE_IPV4_SIZE ? "internet" : undefined;
}

/** Judges the IPv6 range `start`–`end` of a firewall rule: internet-wide when it holds all of 2000::/3. */
export function judgeIpv6Range(start: unknown, end: unknown): FirewallRangeVerdict {
    const first = parseAddress(start, "ipv6");
    const last = parseAddress(end, "ipv6");
    if (first === undefined || last === undefined || last < first) return undefined;
    return first <= GLOBAL_UNICAST_V6_FIRST && last >= GLOBAL_UNICAST_V6_LAST ? "internet" : undefined;
}

/** A firewall address safe to echo in a message: an address as written, or a placeholder. */
export function addressText(value: unknown): string {
    return typeof value === "string" && /^[0-9A-Fa-f:.]{1,45}$/.test(value.trim()) ? value.trim() : "(not an address)";
}

/**
 * Reports a range's verdict with the rule's `azureServices` or `internet` message (every firewall
 * rule of these services words them the same way), at the start address's property.
 */
export function reportFirewallRange(ctx: Pick<ResourceRuleContext, "name" | "report">, verdict: FirewallRangeVerdict, range: { start: unknown; end: unknown; startPath: string }): void {
    if (verdict === "azure-services") {
        ctx.report({ messageId: "azureServices", data: { name: ctx.name }, propertyPath: range.startPath });
    } else if (verdict === "internet") {
        ctx.report({ messageId: "internet", data: { name: ctx.name, start: addressText(range.start), end: addressText(range.end) }, propertyPath: range.startPath });
    }
}
