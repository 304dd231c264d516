import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./subnet-no-auto-public-ip";

const subnet = (props: MockProps<"aws:ec2/subnet:Subnet">) =>
    mockResource("aws:ec2/subnet:Subnet", { vpcId: "vpc-1", cidrBlock: "10.0.1.0/24", ...props }, { name: "public-a" });

export const cases: RuleCase[] = [
    {
        name: "maps public IPv4 on launch",
        resources: subnet({ mapPublicIpOnLaunch: true }),
        expect: { violations: [{ propertyPath: "mapPublicIpOnLaunch", messageIncludes: "`public-a`" }] },
    },
    {
        name: "assigns IPv6 too: two violations",
        resources: subnet({ mapPublicIpOnLaunch: true, assignIpv6AddressOnCreation: true }),
        expect: { violations: ["mapPublicIpOnLaunch", "assignIpv6AddressOnCreation"] },
    },
    { name: "private subnet", resources: subnet({ mapPublicIpOnLaunch: false }), expect: "pass" },
    { name: "not set (false for non-default subnets)", resources: subnet({}), expect: "pass" },
    { name: "unknown during preview", resources: subnet({ mapPublicIpOnLaunch: unknown("boolean") }), expect: "skipped" },
    {
        name: "default subnet with public IPs",
        resources: mockResource("aws:ec2/defaultSubnet:DefaultSubnet", { availabilityZone: "eu-west-1a", mapPublicIpOnLaunch: true }),
        expect: { violations: [{ propertyPath: "mapPublicIpOnLaunch", messageIncludes: "Default subnet" }] },
    },
    {
        name: "default subnet left at its default (true)",
        resources: mockResource("aws:ec2/defaultSubnet:DefaultSubnet", { availabilityZone: "eu-west-1a" }),
        expect: { violations: [{ propertyPath: "mapPublicIpOnLaunch", messageIncludes: "default to true" }] },
    },
    {
        name: "default subnet switched off",
        resources: mockResource("aws:ec2/defaultSubnet:DefaultSubnet", { availabilityZone: "eu-west-1a", mapPublicIpOnLaunch: false }),
        expect: "pass",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
