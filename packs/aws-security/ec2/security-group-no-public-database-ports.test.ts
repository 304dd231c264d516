import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./security-group-no-public-database-ports";

const sg = (ingress: MockProps<"aws:ec2/securityGroup:SecurityGroup">["ingress"]) => mockResource("aws:ec2/securityGroup:SecurityGroup", { ingress }, { name: "db" });

export const cases: RuleCase[] = [
    {
        name: "PostgreSQL open to the world",
        resources: sg([{ protocol: "tcp", fromPort: 5432, toPort: 5432, cidrBlocks: ["0.0.0.0/0"] }]),
        expect: { violations: [{ propertyPath: "ingress[0].cidrBlocks", messageIncludes: "PostgreSQL (port 5432)" }] },
    },
    {
        name: "Redis open over IPv6 in the second entry",
        resources: sg([
            { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
            { protocol: "tcp", fromPort: 6379, toPort: 6379, ipv6CidrBlocks: ["::/0"] },
        ]),
        expect: { violations: [{ propertyPath: "ingress[1].ipv6CidrBlocks", messageIncludes: "Redis (port 6379)" }] },
    },
    {
        name: "a range covering MySQL and PostgreSQL is one violation naming both",
        resources: sg([{ protocol: "tcp", fromPort: 3000, toPort: 6000, cidrBlocks: ["10.0.0.0/8", "0.0.0.0/0"] }]),
        expect: { violations: [{ propertyPath: "ingress[0].cidrBlocks", messageIncludes: "MySQL/MariaDB (port 3306), PostgreSQL (port 5432)" }] },
    },
    {
        name: "all traffic reaches every database port, summarised",
        resources: sg([{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }]),
        expect: { violations: [{ propertyPath: "ingress[0].cidrBlocks", messageIncludes: "more database ports" }] },
    },
    { name: "PostgreSQL from a private range", resources: sg([{ protocol: "tcp", fromPort: 5432, toPort: 5432, cidrBlocks: ["10.0.0.0/16"] }]), expect: "pass" },
    {
        name: "the IPv6 world written ::0/0 on a vpc.SecurityGroupIngressRule",
        resources: mockResource("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", { securityGroupId: "sg-1", ipProtocol: "6", fromPort: 6379, toPort: 6379, cidrIpv6: "::0/0" }),
        expect: { violations: [{ propertyPath: "cidrIpv6", messageIncludes: "Redis (port 6379)" }] },
    },
    { name: "HTTPS from the world", resources: sg([{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }]), expect: "pass" },
    { name: "no ingress", resources: sg(undefined), expect: "pass" },
    { name: "ingress unknown during preview", resources: sg(unknown("array")), expect: "skipped" },
    {
        name: "ports unknown on a world-open rule during preview",
        resources: sg([{ protocol: "tcp", fromPort: unknown("number"), toPort: unknown("number"), cidrBlocks: ["0.0.0.0/0"] }]),
        expect: "skipped",
    },
    {
        name: "ports unknown on a private rule still pass",
        resources: sg([{ protocol: "tcp", fromPort: unknown("number"), toPort: unknown("number"), cidrBlocks: ["10.0.0.0/8"] }]),
        expect: "pass",
    },
    {
        name: "default security group with MongoDB open",
        resources: mockResource("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", {
            ingress: [{ protocol: "tcp", fromPort: 27017, toPort: 27017, cidrBlocks: ["0.0.0.0/0"] }],
        }),
        expect: { violations: [{ propertyPath: "ingress[0].cidrBlocks", messageIncludes: "Default security group" }] },
    },
    {
        name: "standalone SecurityGroupRule opening SQL Server",
        resources: mockResource("aws:ec2/securityGroupRule:SecurityGroupRule", {
            type: "ingress", protocol: "tcp", fromPort: 1433, toPort: 1433, cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1",
        }),
        expect: { violations: [{ propertyPath: "cidrBlocks", messageIncludes: "SQL Server (port 1433)" }] },
    },
    {
        name: "egress SecurityGroupRule is not ingress",
        resources: mockResource("aws:ec2/securityGroupRule:SecurityGroupRule", {
            type: "egress", protocol: "tcp", fromPort: 5432, toPort: 5432, cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1",
        }),
        expect: "pass",
    },
    {
        name: "vpc.SecurityGroupIngressRule opening Elasticsearch over IPv6",
        resources: mockResource("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", {
            ipProtocol: "tcp", fromPort: 9200, toPort: 9200, cidrIpv6: "::/0", securityGroupId: "sg-1",
        }),
        expect: { violations: [{ propertyPath: "cidrIpv6", messageIncludes: "(::/0)" }] },
    },
    {
        name: "configured ports replace the defaults",
        resources: sg([
            { protocol: "tcp", fromPort: 5432, toPort: 5432, cidrBlocks: ["0.0.0.0/0"] },
            { protocol: "tcp", fromPort: 8529, toPort: 8529, cidrBlocks: ["0.0.0.0/0"] },
        ]),
        options: { config: { "ec2-security-group-no-public-database-ports": { ports: [8529] } } },
        expect: { violations: [{ propertyPath: "ingress[1].cidrBlocks", messageIncludes: "port 8529" }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
