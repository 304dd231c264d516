import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./security-group-no-public-all-ports";

const sg = (ingress: MockProps<"aws:ec2/securityGroup:SecurityGroup">["ingress"]) => mockResource("aws:ec2/securityGroup:SecurityGroup", { ingress }, { name: "web" });

export const cases: RuleCase[] = [
    {
        name: "all traffic from the world",
        resources: sg([{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }]),
        expect: { violations: [{ propertyPath: "ingress[0].cidrBlocks", messageIncludes: "all traffic" }] },
    },
    {
        name: "every TCP port over IPv6",
        resources: sg([
            { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
            { protocol: "tcp", fromPort: 0, toPort: 65535, ipv6CidrBlocks: ["::/0"] },
        ]),
        expect: { violations: [{ propertyPath: "ingress[1].ipv6CidrBlocks", messageIncludes: "every TCP port (0-65535)" }] },
    },
    {
        name: "UDP 1-65535 by protocol number",
        resources: sg([{ protocol: "17", fromPort: 1, toPort: 65535, cidrBlocks: ["0.0.0.0/0"] }]),
        expect: { violations: [{ messageIncludes: "every UDP port (1-65535)" }] },
    },
    { name: "a wide but partial range", resources: sg([{ protocol: "tcp", fromPort: 1024, toPort: 65535, cidrBlocks: ["0.0.0.0/0"] }]), expect: "pass" },
    { name: "all traffic from a private range", resources: sg([{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["10.0.0.0/8"] }]), expect: "pass" },
    { name: "ICMP from the world", resources: sg([{ protocol: "icmp", fromPort: -1, toPort: -1, cidrBlocks: ["0.0.0.0/0"] }]), expect: "pass" },
    { name: "no ingress", resources: sg(undefined), expect: "pass" },
    { name: "ingress unknown during preview", resources: sg(unknown("array")), expect: "skipped" },
    {
        name: "protocol unknown on a world-open rule during preview",
        resources: sg([{ protocol: unknown(), fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }]),
        expect: "skipped",
    },
    {
        name: "default security group allowing all traffic",
        resources: mockResource("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", {
            ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, ipv6CidrBlocks: ["::/0"] }],
        }),
        expect: { violations: ["ingress[0].ipv6CidrBlocks"] },
    },
    {
        name: "standalone SecurityGroupRule with all traffic",
        resources: mockResource("aws:ec2/securityGroupRule:SecurityGroupRule", {
            type: "ingress", protocol: "all", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1",
        }),
        expect: { violations: [{ propertyPath: "cidrBlocks", messageIncludes: "Security group rule `" }] },
    },
    {
        name: "egress SecurityGroupRule is not ingress",
        resources: mockResource("aws:ec2/securityGroupRule:SecurityGroupRule", {
            type: "egress", protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1",
        }),
        expect: "pass",
    },
    {
        name: "vpc.SecurityGroupIngressRule with ipProtocol -1",
        resources: mockResource("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", { ipProtocol: "-1", cidrIpv4: "0.0.0.0/0", securityGroupId: "sg-1" }),
        expect: { violations: ["cidrIpv4"] },
    },
    {
        name: "vpc.SecurityGroupIngressRule on a single port",
        resources: mockResource("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", {
            ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0", securityGroupId: "sg-1",
        }),
        expect: "pass",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
