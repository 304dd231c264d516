import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./security-group-no-internet-rdp";

type InlineRule = NonNullable<MockProps<"azure-native:network:NetworkSecurityGroup">["securityRules"]>[number];

const inbound = (props: Partial<InlineRule>): InlineRule => ({ name: "allow-rdp", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", ...props });
const nsg = (...securityRules: InlineRule[]) => mockResource("azure-native:network:NetworkSecurityGroup", { resourceGroupName: "rg-net", securityRules }, { name: "jump" });

export const cases: RuleCase[] = [
    {
        name: "RDP from the internet",
        resources: nsg(inbound({ sourceAddressPrefix: "Internet", destinationPortRange: "3389" })),
        expect: {
            violations: [{
                messageId: "internetPorts",
                data: { subject: "Network security group `jump`", ports: "RDP (port 3389)", via: " through securityRules[0] (`allow-rdp`)", source: "Internet" },
                propertyPath: "securityRules[0].sourceAddressPrefix",
            }],
        },
    },
    { name: "RDP over UDP", resources: nsg(inbound({ protocol: "Udp", sourceAddressPrefix: "*", destinationPortRange: "3389" })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    { name: "a range covering 3389", resources: nsg(inbound({ sourceAddressPrefix: "0.0.0.0/0", destinationPortRanges: ["3000-4000"] })), expect: { violations: ["securityRules[0].sourceAddressPrefix"] } },
    {
        name: "standalone rule",
        resources: mockResource("azure-native:network:SecurityRule", {
            resourceGroupName: "rg-net", networkSecurityGroupName: "jump", priority: 100, direction: "Inbound", access: "Allow", protocol: "*", sourceAddressPrefix: "*", destinationPortRange: "*",
        }),
        expect: { violations: ["sourceAddressPrefix"] },
    },
    { name: "RDP from the office", resources: nsg(inbound({ sourceAddressPrefix: "203.0.113.0/24", destinationPortRange: "3389" })), expect: "pass" },
    { name: "SSH is not RDP", resources: nsg(inbound({ sourceAddressPrefix: "*", destinationPortRange: "22" })), expect: "pass" },
    { name: "source unknown during preview", resources: nsg(inbound({ sourceAddressPrefixes: unknown("array"), destinationPortRange: "3389" })), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
