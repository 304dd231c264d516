import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./security-group-no-internet-all-ports";

type InlineRule = NonNullable<MockProps<"azure-native:network:NetworkSecurityGroup">["securityRules"]>[number];

const inbound = (props: Partial<InlineRule>): InlineRule => ({ name: "open", priority: 4000, direction: "Inbound", access: "Allow", protocol: "*", ...props });
const nsg = (...securityRules: InlineRule[]) => mockResource("azure-native:network:NetworkSecurityGroup", { resourceGroupName: "rg-net", securityRules }, { name: "app" });

export const cases: RuleCase[] = [
    {
        name: "every port, any protocol",
        resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRange: "*" })),
        expect: {
            violations: [{
                messageId: "internetAllPorts",
                data: { subject: "Network security group `app`", protocol: "TCP and UDP", via: " through securityRules[0] (`open`)", source: "*" },
                propertyPath: "securityRules[0].sourceAddressPrefix",
            }],
        },
    },
    {
        name: "TCP 0-65535 from the Internet tag",
        resources: nsg(inbound({ protocol: "Tcp", sourceAddressPrefix: "Internet", destinationPortRange: "0-65535" })),
        expect: { violations: [{ messageId: "internetAllPorts", data: { subject: "Network security group `app`", protocol: "TCP", via: " through securityRules[0] (`open`)", source: "Internet" } }] },
    },
    { name: "UDP 1-65535", resources: nsg(inbound({ protocol: "Udp", sourceAddressPrefix: "0.0.0.0/0", destinationPortRange: "1-65535" })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    {
        name: "every port split into two ranges",
        resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRanges: ["32768-65535", "0-32767"] })),
        expect: { violations: ["securityRules[0].sourceAddressPrefix"] },
    },
    {
        name: "standalone rule",
        resources: mockResource("azure-native:network:SecurityRule", {
            resourceGroupName: "rg-net", networkSecurityGroupName: "app", priority: 4000, direction: "Inbound", access: "Allow", protocol: "*", sourceAddressPrefixes: ["::/0"], destinationPortRange: "*",
        }, { name: "allow-all" }),
        expect: { violations: [{ messageId: "internetAllPorts", data: { subject: "Security rule `allow-all`", protocol: "TCP and UDP", via: "", source: "::/0" }, propertyPath: "sourceAddressPrefixes" }] },
    },
    { name: "two ranges with a gap", resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRanges: ["1-1000", "1002-65535"] })), expect: "pass" },
    { name: "a wide range short of every port", resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRange: "1024-65535" })), expect: "pass" },
    { name: "every port from a private range", resources: nsg(inbound({ sourceAddressPrefix: "10.0.0.0/16", destinationPortRange: "*" })), expect: "pass" },
    { name: "every port denied", resources: nsg(inbound({ access: "Deny", sourceAddressPrefix: "*", destinationPortRange: "*" })), expect: "pass" },
    { name: "ICMP has no ports", resources: nsg(inbound({ protocol: "Icmp", sourceAddressPrefix: "*", destinationPortRange: "*" })), expect: "pass" },
    { name: "protocol unknown during preview", resources: nsg(inbound({ protocol: unknown(), sourceAddressPrefix: "*", destinationPortRange: "*" })), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
