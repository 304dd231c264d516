import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./security-group-no-public-ssh-rdp";

const sg = (ingress: MockProps<"aws:ec2/securityGroup:SecurityGroup">["ingress"]) => mockResource("aws:ec2/securityGroup:SecurityGroup", { ingress }, { name: "web" });

export const cases: RuleCase[] = [
    {
        name: "SSH open to the world",
        resources: sg([{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }]),
        expect: { violations: [{ propertyPath: "ingress[0].cidrBlocks", messageIncludes: "SSH (port 22)" }] },
    },
    {
        name: "RDP open over IPv6, second entry",
        resources: sg([
            { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
            { protocol: "tcp", fromPort: 3389, toPort: 3389, ipv6CidrBlocks: ["::/0"] },
        ]),
        expect: { violations: ["ingress[1].ipv6CidrBlocks"] },
    },
    {
        name: "all traffic open reaches both ports in one violation",
        resources: sg([{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }]),
        expect: { violations: [{ propertyPath: "ingress[0].cidrBlocks", messageIncludes: "SSH (port 22) and RDP (port 3389)" }] },
    },
    {
        name: "port range covering 22",
        resources: sg([{ protocol: "tcp", fromPort: 0, toPort: 1024, cidrBlocks: ["10.0.0.0/8", "0.0.0.0/0"] }]),
        expect: { violations: ["ingress[0].cidrBlocks"] },
    },
    { name: "SSH from the VPN only", resources: sg([{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.8.0.0/16"] }]), expect: "pass" },
    { name: "HTTPS from the world", resources: sg([{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }]), expect: "pass" },
    { name: "ICMP from the world", resources: sg([{ protocol: "icmp", fromPort: -1, toPort: -1, cidrBlocks: ["0.0.0.0/0"] }]), expect: "pass" },
    {
        name: "default security group with SSH open",
        resources: mockResource("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", { vpcId: "vpc-1", ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] }, { name: "default" }),
        expect: { violations: [{ propertyPath: "ingress[0].cidrBlocks", messageIncludes: "Default security group `default`" }] },
    },
    {
        name: "the IPv6 world written 0::/0",
        resources: sg([{ protocol: "tcp", fromPort: 22, toPort: 22, ipv6CidrBlocks: ["2001:db8::/32", "0::/0"] }]),
        expect: { violations: [{ propertyPath: "ingress[0].ipv6CidrBlocks", messageIncludes: "(0::/0)" }] },
    },
    {
        name: "a world CIDR is reported while another source is unknown during preview",
        resources: sg([{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: unknown("array"), ipv6CidrBlocks: ["::/0"] }]),
        expect: { violations: ["ingress[0].ipv6CidrBlocks"] },
    },
    {
        name: "SSH from a prefix list or another security group",
        resources: sg([{ protocol: "tcp", fromPort: 22, toPort: 22, prefixListIds: ["pl-0a1b2c3d"], securityGroups: ["sg-0bastion"] }]),
        expect: "pass",
    },
    { name: "no ingress", resources: sg(undefined), expect: "pass" },
    { name: "ingress unknown during preview", resources: sg(unknown("array")), expect: "skipped" },
    {
        name: "CIDR list unknown during preview",
        resources: sg([{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: unknown("array") }]),
        expect: "skipped",
    },
    {
        name: "standalone SecurityGroupRule open to the world",
        resources: mockResource("aws:ec2/securityGroupRule:SecurityGroupRule", {
            type: "ingress", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1",
        }),
        expect: { violations: ["cidrBlocks"] },
    },
    {
        name: "egress SecurityGroupRule is not ingress",
        resources: mockResource("aws:ec2/securityGroupRule:SecurityGroupRule", {
            type: "egress", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1",
        }),
        expect: "pass",
    },
    {
        name: "vpc.SecurityGroupIngressRule with IPv4 world CIDR on RDP",
        resources: mockResource("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", {
            ipProtocol: "tcp", fromPort: 3389, toPort: 3389, cidrIpv4: "0.0.0.0/0", securityGroupId: "sg-1",
        }),
        expect: { violations: [{ propertyPath: "cidrIpv4", messageIncludes: "RDP (port 3389)" }] },
    },
    {
        name: "vpc.SecurityGroupIngressRule allowing everything over IPv6",
        resources: mockResource("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", {
            ipProtocol: "-1", cidrIpv6: "::/0", securityGroupId: "sg-1",
        }),
        expect: { violations: ["cidrIpv6"] },
    },
    {
        name: "configured ports replace the defaults",
        resources: sg([{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }]),
        options: { config: { "ec2-security-group-no-public-ssh-rdp": { ports: [5985] } } },
        expect: "pass",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
