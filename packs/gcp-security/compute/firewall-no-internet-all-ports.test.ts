import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./firewall-no-internet-all-ports";

type FirewallProps = MockProps<"gcp:compute/firewall:Firewall">;
const firewall = (props: FirewallProps) => mockResource("gcp:compute/firewall:Firewall", { network: "prod-vpc", ...props }, { name: "fw" });
const violation = (opening: string, source = "0.0.0.0/0", entries = "allows[0]") => ({
    violations: [{ messageId: "internetAllPorts", data: { name: "fw", source, opening, entries }, propertyPath: "sourceRanges" }],
});

export const cases: RuleCase[] = [
    { name: "protocol all from the internet", resources: firewall({ allows: [{ protocol: "all" }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("every port and protocol (protocol all)") },
    { name: "TCP without a port list", resources: firewall({ allows: [{ protocol: "tcp" }], sourceRanges: ["::/0"] }), expect: violation("every TCP port", "::/0") },
    { name: "TCP and UDP over 0-65535", resources: firewall({ allows: [{ protocol: "tcp", ports: ["0-65535"] }, { protocol: "udp", ports: ["1-65535"] }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("every TCP and UDP port", "0.0.0.0/0", "allows[0] and allows[1]") },
    { name: "HTTPS only", resources: firewall({ allows: [{ protocol: "tcp", ports: ["443"] }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "a wide but partial range", resources: firewall({ allows: [{ protocol: "tcp", ports: ["1024-65535"] }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "all traffic from a private range", resources: firewall({ allows: [{ protocol: "all" }], sourceRanges: ["10.128.0.0/9"] }), expect: "pass" },
    { name: "ICMP without ports is not every port", resources: firewall({ allows: [{ protocol: "icmp" }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "source ranges unknown during preview", resources: firewall({ allows: [{ protocol: "all" }], sourceRanges: unknown("array") }), expect: "skipped" },
    { name: "protocol unknown during preview", resources: firewall({ allows: [{ protocol: unknown() }], sourceRanges: ["0.0.0.0/0"] }), expect: "skipped" },
    { name: "deny all", resources: firewall({ denies: [{ protocol: "all" }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "disabled", resources: firewall({ disabled: true, allows: [{ protocol: "all" }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "egress", resources: firewall({ direction: "EGRESS", allows: [{ protocol: "all" }], destinationRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "protocol ALL in capitals", resources: firewall({ allows: [{ protocol: "ALL" }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("every port and protocol (protocol all)") },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
