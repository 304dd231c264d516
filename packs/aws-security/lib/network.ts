/** Facts about addresses and ports shared by network rules. */

/** CIDRs that mean "anyone on the internet". */
const WORLD_CIDRS = new Set(["0.0.0.0/0", "::/0"]);

export function isWorldCidr(cidr: unknown): cidr is string {
    return typeof cidr === "string" && WORLD_CIDRS.has(cidr.trim());
}

/** Protocol values that mean every protocol and port (`-1`, `all`). */
export function isAllTraffic(protocol: unknown): boolean {
    return protocol === "-1" || protocol === -1 || (typeof protocol === "string" && protocol.toLowerCase() === "all");
}

/**
 * The ports of `wanted` that a rule with the given protocol and port range reaches. Protocol
 * `-1` reaches every port; ICMP reaches none; missing bounds mean the whole range.
 */
export function reachedPorts(protocol: unknown, fromPort: unknown, toPort: unknown, wanted: readonly number[]): number[] {
    if (isAllTraffic(protocol)) return [...wanted];
    const p = typeof protocol === "string" ? protocol.toLowerCase() : protocol;
    if (p !== "tcp" && p !== "udp" && p !== "6" && p !== "17" && p !== 6 && p !== 17) return [];
    const from = typeof fromPort === "number" ? fromPort : 0;
    const to = typeof toPort === "number" ? toPort : 65535;
    // AWS treats 0-0 with tcp as "all ports" only for protocol -1; a 0..65535 range is explicit.
    return wanted.filter((port) => port >= from && port <= to);
}

const PORT_NAMES: Readonly<Record<number, string>> = { 22: "SSH", 3389: "RDP" };

/** "SSH (port 22) and RDP (port 3389)". */
export function describePorts(ports: readonly number[]): string {
    const parts = ports.map((p) => (PORT_NAMES[p] ? `${PORT_NAMES[p]} (port ${p})` : `port ${p}`));
    return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
