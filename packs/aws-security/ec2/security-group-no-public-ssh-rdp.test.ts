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
    {
        name: "the message names the resource, the ports, the entry and the source",
        resources: sg([{ protocol: "tcp", fromPort: 20, toPort: 30, cidrBlocks: ["0.0.0.0/0"] }]),
        expect: {
            violations: [{
                messageId: "publicPorts",
                data: { subject: "Security group `web`", ports: "SSH (port 22)", via: " through ingress[0]", cidr: "0.0.0.0/0" },
                propertyPath: "ingress[0].cidrBlocks",
            }],
        },
    },
    { name: "protocol -1 as a number", resources: mockResource.untyped("aws:ec2/securityGroup:SecurityGroup", { ingress: [{ protocol: -1, fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] }, { name: "web" }), expect: { violations: ["ingress[0].cidrBlocks"] } },
    { name: "protocol all", resources: sg([{ protocol: "all", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }]), expect: { violations: ["ingress[0].cidrBlocks"] } },
    { name: "protocol 6 by number", resources: sg([{ protocol: "6", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }]), expect: { violations: ["ingress[0].cidrBlocks"] } },
    { name: "protocol TCP in capitals", resources: sg([{ protocol: "TCP", fromPort: 3389, toPort: 3389, cidrBlocks: ["0.0.0.0/0"] }]), expect: { violations: ["ingress[0].cidrBlocks"] } },
    { name: "TCP 0-65535", resources: sg([{ protocol: "tcp", fromPort: 0, toPort: 65535, ipv6CidrBlocks: ["::/0"] }]), expect: { violations: ["ingress[0].ipv6CidrBlocks"] } },
    { name: "a range next to 22 but not over it", resources: sg([{ protocol: "tcp", fromPort: 23, toPort: 3388, cidrBlocks: ["0.0.0.0/0"] }]), expect: "pass" },
    {
        name: "0.0.0.0/0 split into halves is still the internet",
        resources: sg([{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/1", "128.0.0.0/1"] }]),
        expect: { violations: [{ messageId: "publicPorts", data: { subject: "Security group `web`", ports: "SSH (port 22)", via: " through ingress[0]", cidr: "0.0.0.0/1" }, propertyPath: "ingress[0].cidrBlocks" }] },
    },
    { name: "a /8 is not the internet", resources: sg([{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8"] }]), expect: "pass" },
    {
        name: "vpc.SecurityGroupIngressRule with ipProtocol -1 and no ports",
        resources: mockResource("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", { ipProtocol: "-1", cidrIpv4: " 0.0.0.0/0 ", securityGroupId: "sg-1" }),
        expect: { violations: ["cidrIpv4"] },
    },
    {
        name: "standalone SecurityGroupRule with protocol -1 and no ports",
        resources: mockResource.untyped("aws:ec2/securityGroupRule:SecurityGroupRule", { type: "ingress", protocol: "-1", cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1" }),
        expect: { violations: ["cidrBlocks"] },
    },
    {
        // Deliberate: reported here and by the all-ports rule (each rule has its own level and exemptions).
        name: "an all-traffic entry is reported by this rule as well as by the all-ports rule",
        resources: mockResource("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", { ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] }, { name: "default" }),
        expect: { violations: [{ messageId: "publicPorts", data: { subject: "Default security group `default`", ports: "SSH (port 22) and RDP (port 3389)", via: " through ingress[0]", cidr: "0.0.0.0/0" } }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
