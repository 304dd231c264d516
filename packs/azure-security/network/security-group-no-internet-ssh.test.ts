import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./security-group-no-internet-ssh";

type InlineRule = NonNullable<MockProps<"azure-native:network:NetworkSecurityGroup">["securityRules"]>[number];

const inbound = (props: Partial<InlineRule>): InlineRule => ({
    name: "allow-ssh",
    priority: 100,
    direction: "Inbound",
    access: "Allow",
    protocol: "Tcp",
    sourcePortRange: "*",
    destinationAddressPrefix: "*",
    ...props,
});
const nsg = (...securityRules: InlineRule[]) => mockResource("azure-native:network:NetworkSecurityGroup", { resourceGroupName: "rg-net", securityRules }, { name: "web" });
const standalone = (props: MockProps<"azure-native:network:SecurityRule">) =>
    mockResource(
        "azure-native:network:SecurityRule",
        { resourceGroupName: "rg-net", networkSecurityGroupName: "web", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", ...props },
        { name: "ssh" },
    );

export const cases: RuleCase[] = [
    {
        name: "SSH from * in an inline rule",
        resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRange: "22" })),
        expect: {
            violations: [{
                messageId: "internetPorts",
                data: { subject: "Network security group `web`", ports: "SSH (port 22)", via: " through securityRules[0] (`allow-ssh`)", source: "*" },
                propertyPath: "securityRules[0].sourceAddressPrefix",
            }],
        },
    },
    { name: "the Internet service tag", resources: nsg(inbound({ sourceAddressPrefix: "Internet", destinationPortRange: "22" })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    { name: "the Internet tag in lower case", resources: nsg(inbound({ sourceAddressPrefix: "internet", destinationPortRange: "22" })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    { name: "Any", resources: nsg(inbound({ sourceAddressPrefix: "Any", destinationPortRange: "22" })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    { name: "0.0.0.0/0", resources: nsg(inbound({ sourceAddressPrefix: "0.0.0.0/0", destinationPortRange: "22" })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    { name: "a bare 0.0.0.0", resources: nsg(inbound({ sourceAddressPrefix: "0.0.0.0", destinationPortRange: "22" })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    {
        name: "::/0 in the prefix list, second rule",
        resources: nsg(
            inbound({ name: "https", sourceAddressPrefix: "*", destinationPortRange: "443" }),
            inbound({ name: "ssh6", priority: 110, sourceAddressPrefixes: ["10.0.0.0/8", "::/0"], destinationPortRange: "22" }),
        ),
        expect: { violations: [{ messageId: "internetPorts", data: { subject: "Network security group `web`", ports: "SSH (port 22)", via: " through securityRules[1] (`ssh6`)", source: "::/0" }, propertyPath: "securityRules[1].sourceAddressPrefixes" }] },
    },
    {
        name: "0.0.0.0/0 split into halves is still the internet",
        resources: nsg(inbound({ sourceAddressPrefixes: ["0.0.0.0/1", "128.0.0.0/1"], destinationPortRange: "22" })),
        expect: { violations: ["securityRules[0].sourceAddressPrefixes"] },
    },
    { name: "a port range covering 22", resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRange: "20-30" })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    { name: "22 in a port list", resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRanges: ["80", "443", "22"] })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    { name: "every port", resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRange: "*" })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    { name: "protocol any", resources: nsg(inbound({ protocol: "*", sourceAddressPrefix: "*", destinationPortRange: "22" })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    { name: "protocol in lower case", resources: nsg(inbound({ protocol: "tcp", sourceAddressPrefix: "*", destinationPortRange: "22" })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    { name: "direction and access in lower case", resources: nsg(inbound({ direction: "inbound", access: "allow", sourceAddressPrefix: "*", destinationPortRange: "22" })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    {
        name: "standalone SecurityRule",
        resources: standalone({ sourceAddressPrefix: "Internet", destinationPortRange: "22" }),
        expect: { violations: [{ messageId: "internetPorts", data: { subject: "Security rule `ssh`", ports: "SSH (port 22)", via: "", source: "Internet" }, propertyPath: "sourceAddressPrefix" }] },
    },
    { name: "SSH from the management range", resources: nsg(inbound({ sourceAddressPrefix: "10.20.0.0/24", destinationPortRange: "22" })), expect: "pass" },
    { name: "SSH from the VirtualNetwork tag", resources: nsg(inbound({ sourceAddressPrefix: "VirtualNetwork", destinationPortRange: "22" })), expect: "pass" },
    { name: "a /8 is not the internet", resources: nsg(inbound({ sourceAddressPrefixes: ["10.0.0.0/8"], destinationPortRange: "22" })), expect: "pass" },
    { name: "Deny rule", resources: nsg(inbound({ access: "Deny", sourceAddressPrefix: "*", destinationPortRange: "22" })), expect: "pass" },
    { name: "outbound rule", resources: nsg(inbound({ direction: "Outbound", sourceAddressPrefix: "*", destinationPortRange: "22" })), expect: "pass" },
    { name: "HTTPS from the internet", resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRange: "443" })), expect: "pass" },
    { name: "a range next to 22 but not over it", resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRanges: ["23-1024", "1-21"] })), expect: "pass" },
    { name: "ICMP from the internet", resources: nsg(inbound({ protocol: "Icmp", sourceAddressPrefix: "*", destinationPortRange: "*" })), expect: "pass" },
    { name: "a group without rules", resources: nsg(), expect: "pass" },
    { name: "a rule name unknown during preview does not stop a verdict", resources: nsg(inbound({ name: unknown("string"), sourceAddressPrefix: "*", destinationPortRange: "443" })), expect: "pass" },
    {
        name: "an open rule whose name is unknown is reported without it",
        resources: nsg(inbound({ name: unknown("string"), sourceAddressPrefix: "*", destinationPortRange: "22" })),
        expect: { violations: [{ messageId: "internetPorts", data: { subject: "Network security group `web`", ports: "SSH (port 22)", via: " through securityRules[0]", source: "*" } }] },
    },
    { name: "rules unknown during preview", resources: mockResource("azure-native:network:NetworkSecurityGroup", { resourceGroupName: "rg-net", securityRules: unknown("array") }), expect: "skipped" },
    { name: "source unknown during preview", resources: nsg(inbound({ sourceAddressPrefix: unknown("string"), destinationPortRange: "22" })), expect: "skipped" },
    { name: "port unknown during preview", resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRange: unknown("string") })), expect: "skipped" },
    { name: "direction unknown during preview", resources: standalone({ direction: unknown(), sourceAddressPrefix: "*", destinationPortRange: "22" }), expect: "skipped" },
    {
        name: "a known open rule is reported while another rule is unknown",
        resources: nsg(inbound({ sourceAddressPrefix: unknown("string"), destinationPortRange: "22" }), inbound({ name: "open", sourceAddressPrefix: "*", destinationPortRange: "22" })),
        expect: { violations: ["securityRules[1].sourceAddressPrefix"] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
