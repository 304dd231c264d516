import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./security-group-no-public-high-risk-ports";

const sg = (ingress: MockProps<"aws:ec2/securityGroup:SecurityGroup">["ingress"]) => mockResource("aws:ec2/securityGroup:SecurityGroup", { ingress }, { name: "app" });
const violation = (ports: string, propertyPath = "ingress[0].cidrBlocks", cidr = "0.0.0.0/0", subject = "Security group `app`", via = " through ingress[0]") => ({
    messageId: "publicHighRiskPorts",
    data: { subject, ports, via, cidr },
    propertyPath,
});

export const cases: RuleCase[] = [
    { name: "Telnet open to the world", resources: sg([{ protocol: "tcp", fromPort: 23, toPort: 23, cidrBlocks: ["0.0.0.0/0"] }]), expect: { violations: [violation("Telnet (port 23)")] } },
    { name: "FTP 20-21 in one entry", resources: sg([{ protocol: "6", fromPort: 20, toPort: 21, cidrBlocks: ["0.0.0.0/0"] }]), expect: { violations: [violation("FTP data (port 20) and FTP (port 21)")] } },
    { name: "SMB over IPv6", resources: sg([{ protocol: "tcp", fromPort: 445, toPort: 445, ipv6CidrBlocks: ["::/0"] }]), expect: { violations: [violation("SMB (port 445)", "ingress[0].ipv6CidrBlocks", "::/0")] } },
    {
        name: "a wide range is summarised",
        resources: sg([{ protocol: "tcp", fromPort: 1, toPort: 9000, cidrBlocks: ["0.0.0.0/0"] }]),
        expect: { violations: [violation("FTP data (port 20), FTP (port 21), Telnet (port 23), SMTP (port 25) and 12 more high-risk ports")] },
    },
    { name: "SSH alone is left to the SSH/RDP rule", resources: sg([{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }]), expect: "pass" },
    { name: "MySQL alone is left to the database rule", resources: sg([{ protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlocks: ["0.0.0.0/0"] }]), expect: "pass" },
    { name: "HTTPS from the world", resources: sg([{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }]), expect: "pass" },
    { name: "Kibana from a private range", resources: sg([{ protocol: "tcp", fromPort: 5601, toPort: 5601, cidrBlocks: ["10.0.0.0/8"] }]), expect: "pass" },
    { name: "ports unknown on a world-open entry during preview", resources: sg([{ protocol: "tcp", fromPort: unknown("number"), toPort: unknown("number"), cidrBlocks: ["0.0.0.0/0"] }]), expect: "skipped" },
    {
        name: "vpc.SecurityGroupIngressRule opening 8080",
        resources: mockResource("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 8080, toPort: 8080, cidrIpv4: "0.0.0.0/0" }, { name: "proxy" }),
        expect: { violations: [violation("HTTP alternate (port 8080)", "cidrIpv4", "0.0.0.0/0", "Ingress rule `proxy`", "")] },
    },
    {
        name: "standalone SecurityGroupRule opening VNC",
        resources: mockResource("aws:ec2/securityGroupRule:SecurityGroupRule", { type: "ingress", protocol: "tcp", fromPort: 5500, toPort: 5500, cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1" }, { name: "vnc" }),
        expect: { violations: [violation("VNC (port 5500)", "cidrBlocks", "0.0.0.0/0", "Security group rule `vnc`", "")] },
    },
    {
        name: "configured ports replace the defaults",
        resources: sg([{ protocol: "tcp", fromPort: 23, toPort: 23, cidrBlocks: ["0.0.0.0/0"] }]),
        options: { config: { "ec2-security-group-no-public-high-risk-ports": { ports: [6443] } } },
        expect: "pass",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
