import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./firewall-no-internet-rdp";

type FirewallProps = MockProps<"gcp:compute/firewall:Firewall">;
const firewall = (props: FirewallProps) => mockResource("gcp:compute/firewall:Firewall", { network: "prod-vpc", ...props }, { name: "fw" });
const violation = (source: string, entries = "allows[0]") => ({
    violations: [{ messageId: "internetPorts", data: { name: "fw", source, ports: "RDP (port 3389)", entries }, propertyPath: "sourceRanges" }],
});

export const cases: RuleCase[] = [
    { name: "RDP from 0.0.0.0/0", resources: firewall({ allows: [{ protocol: "tcp", ports: ["3389"] }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("0.0.0.0/0") },
    { name: "RDP over UDP from ::/0", resources: firewall({ allows: [{ protocol: "udp", ports: ["3389"] }], sourceRanges: ["::/0"] }), expect: violation("::/0") },
    { name: "RDP from an office range", resources: firewall({ allows: [{ protocol: "tcp", ports: ["3389"] }], sourceRanges: ["203.0.113.0/24"] }), expect: "pass" },
    { name: "source ranges unknown during preview", resources: firewall({ allows: [{ protocol: "tcp", ports: ["3389"] }], sourceRanges: unknown("array") }), expect: "skipped" },
    { name: "allows unknown during preview", resources: firewall({ allows: unknown("array"), sourceRanges: ["0.0.0.0/0"] }), expect: "skipped" },
    { name: "a range covering 3389 in the second entry", resources: firewall({ allows: [{ protocol: "tcp", ports: ["443"] }, { protocol: "tcp", ports: ["3000-4000"] }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("0.0.0.0/0", "allows[1]") },
    { name: "protocol all", resources: firewall({ allows: [{ protocol: "all" }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("0.0.0.0/0") },
    { name: "SSH only", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "deny rule", resources: firewall({ denies: [{ protocol: "all" }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "disabled rule", resources: firewall({ disabled: true, allows: [{ protocol: "tcp", ports: ["3389"] }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "egress rule", resources: firewall({ direction: "EGRESS", allows: [{ protocol: "tcp", ports: ["3389"] }], destinationRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "SCTP does not carry RDP", resources: firewall({ allows: [{ protocol: "sctp", ports: ["3389"] }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
