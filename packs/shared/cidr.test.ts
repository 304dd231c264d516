/** Every spelling of "the whole internet" AWS accepts, and the ranges that are not it. */
import { isInternetWideCidr, isWorldCidr, parseCidr } from "./cidr";

// [value, the world (prefix 0), open to the internet (world or too broad)]
test.each<[unknown, boolean, boolean]>([
    // The world, however it is written.
    ["0.0.0.0/0", true, true],
    [" 0.0.0.0/0 ", true, true],
    ["\t0.0.0.0/0\n", true, true],
    ["0.0.0.0/00", true, true],
    ["::/0", true, true],
    ["0::/0", true, true],
    ["::0/0", true, true],
    ["0:0:0:0:0:0:0:0/0", true, true],
    ["0000:0000:0000:0000:0000:0000:0000:0000/0", true, true],
    ["0000:0000::/0", true, true],
    // Host bits set under a /0 still name every address.
    ["10.1.2.3/0", true, true],
    ["2001:DB8::/0", true, true],
    // Too broad: halves and quarters of the internet (0.0.0.0/1 + 128.0.0.0/1 = 0.0.0.0/0).
    ["0.0.0.0/1", false, true],
    ["128.0.0.0/1", false, true],
    ["64.0.0.0/2", false, true],
    ["0.0.0.0/7", false, true],
    ["::/1", false, true],
    ["2000::/3", false, true],
    ["2000::/3 ", false, true],
    // Not the internet.
    ["0.0.0.0/8", false, false],
    ["10.0.0.0/8", false, false],
    ["172.16.0.0/12", false, false],
    ["203.0.113.0/24", false, false],
    ["2000::/4", false, false],
    ["8000::/1", false, false],
    ["::/3", false, false],
    ["2001:db8::/32", false, false],
    ["2001:DB8:ABCD::/48", false, false],
    ["fc00::/7", false, false],
    // IPv4-mapped IPv6 is not the IPv6 internet, and not a spelling of 0.0.0.0/0 AWS takes.
    ["::ffff:0.0.0.0/96", false, false],
    ["::FFFF:0:0/96", false, false],
    // Not CIDRs at all.
    ["0.0.0.0", false, false],
    ["::", false, false],
    ["0.0.0.0/33", false, false],
    ["::/129", false, false],
    ["0.0.0.0/-1", false, false],
    ["anywhere", false, false],
    ["", false, false],
    ["0.0.0.0/0,10.0.0.0/8", false, false],
    [42, false, false],
    [null, false, false],
    [undefined, false, false],
    [["0.0.0.0/0"], false, false],
])("%p: world %s, internet-wide %s", (value, world, wide) => {
    expect(isWorldCidr(value)).toBe(world);
    expect(isInternetWideCidr(value)).toBe(wide);
});

test("families and prefix lengths", () => {
    expect(parseCidr("::0/0")).toEqual({ family: "ipv6", prefixLength: 0, internetWide: true });
    expect(parseCidr(" 10.0.0.0/8 ")).toEqual({ family: "ipv4", prefixLength: 8, internetWide: false });
});

test("a bare address is a range only where asked, and never internet-wide", () => {
    expect(parseCidr("203.0.113.7")).toBeUndefined();
    expect(parseCidr("203.0.113.7", { bareAddress: true })).toEqual({ family: "ipv4", prefixLength: 32, internetWide: false });
    expect(parseCidr("2001:db8::1", { bareAddress: true })).toEqual({ family: "ipv6", prefixLength: 128, internetWide: false });
});

test("answers are cached without mixing the two forms", () => {
    expect(parseCidr("0.0.0.0/0")).toBe(parseCidr("0.0.0.0/0"));
    expect(parseCidr("198.51.100.1", { bareAddress: true })).toBeDefined();
    expect(parseCidr("198.51.100.1")).toBeUndefined();
});
