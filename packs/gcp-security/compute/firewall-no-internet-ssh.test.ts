import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./firewall-no-internet-ssh";

type FirewallProps = MockProps<"gcp:compute/firewall:Firewall">;
const firewall = (props: FirewallProps) => mockResource("gcp:compute/firewall:Firewall", { network: "prod-vpc", ...props }, { name: "fw" });
const violation = (source: string, ports = "SSH (port 22)", entries = "allows[0]") => ({
    violations: [{ messageId: "internetPorts", data: { name: "fw", source, ports, entries }, propertyPath: "sourceRanges" }],
});

export const cases: RuleCase[] = [
    { name: "SSH from 0.0.0.0/0", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("0.0.0.0/0") },
    { name: "SSH from the IAP range", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["35.235.240.0/20"] }), expect: "pass" },
    { name: "source ranges unknown during preview", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: unknown("array") }), expect: "skipped" },
    { name: "one source range unknown, none known open", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["10.0.0.0/8", unknown()] }), expect: "skipped" },
    { name: "a known open range is reported while another is unknown", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: [unknown(), "0.0.0.0/0"] }), expect: violation("0.0.0.0/0") },
    { name: "ports unknown during preview", resources: firewall({ allows: [{ protocol: "tcp", ports: unknown("array") }], sourceRanges: ["0.0.0.0/0"] }), expect: "skipped" },
    { name: "IPv6 internet", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["::/0"] }), expect: violation("::/0") },
    { name: "0.0.0.0/0 split in halves", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["0.0.0.0/1", "128.0.0.0/1"] }), expect: violation("0.0.0.0/1") },
    { name: "a port range covering 22", resources: firewall({ allows: [{ protocol: "tcp", ports: ["20-30"] }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("0.0.0.0/0") },
    { name: "a port range next to 22", resources: firewall({ allows: [{ protocol: "tcp", ports: ["23-3388"] }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "TCP without ports opens every port", resources: firewall({ allows: [{ protocol: "tcp" }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("0.0.0.0/0") },
    { name: "protocol all", resources: firewall({ allows: [{ protocol: "all" }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("0.0.0.0/0") },
    { name: "protocol by number, in capitals elsewhere", resources: firewall({ allows: [{ protocol: "6", ports: ["22"] }, { protocol: "TCP", ports: ["22"] }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("0.0.0.0/0", "SSH (port 22)", "allows[0] and allows[1]") },
    { name: "ICMP only", resources: firewall({ allows: [{ protocol: "icmp" }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "HTTPS only", resources: firewall({ allows: [{ protocol: "tcp", ports: ["80", "443"] }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "a deny rule allows nothing", resources: firewall({ denies: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "a disabled rule lets nothing in", resources: firewall({ disabled: true, allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "an explicitly enabled rule", resources: firewall({ disabled: false, allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("0.0.0.0/0") },
    { name: "disabled unknown during preview", resources: firewall({ disabled: unknown("boolean"), allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["0.0.0.0/0"] }), expect: "skipped" },
    { name: "an egress rule", resources: firewall({ direction: "EGRESS", allows: [{ protocol: "tcp", ports: ["22"] }], destinationRanges: ["0.0.0.0/0"] }), expect: "pass" },
    { name: "direction in lower case", resources: firewall({ direction: "ingress", allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["0.0.0.0/0"] }), expect: violation("0.0.0.0/0") },
    { name: "sources by tag only", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }], sourceTags: ["bastion"] }), expect: "pass" },
    { name: "no source at all takes the default 0.0.0.0/0", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }] }), expect: violation("no source set, so the default 0.0.0.0/0") },
    { name: "a blank source range is no range, so the default applies", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: [""] }), expect: violation("no source set, so the default 0.0.0.0/0") },
    { name: "no source range but service accounts", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }], sourceServiceAccounts: ["bastion@prod.iam.gserviceaccount.com"] }), expect: "pass" },
    { name: "no source range, tags unknown during preview", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }], sourceTags: unknown("array") }), expect: "skipped" },
    { name: "a /8 is not the internet", resources: firewall({ allows: [{ protocol: "tcp", ports: ["22"] }], sourceRanges: ["10.0.0.0/8"] }), expect: "pass" },
    { name: "a port as a number", resources: mockResource.untyped("gcp:compute/firewall:Firewall", { network: "prod-vpc", allows: [{ protocol: "tcp", ports: [22] }], sourceRanges: ["0.0.0.0/0"] }, { name: "fw" }), expect: violation("0.0.0.0/0") },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
