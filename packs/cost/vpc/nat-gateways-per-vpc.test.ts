import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./nat-gateways-per-vpc";

const vpc = mockResource("aws:ec2/vpc:Vpc", { cidrBlock: "10.0.0.0/16" }, { name: "main" });
const subnet = (name: string, vpcId: MockProps<"aws:ec2/subnet:Subnet">["vpcId"] = unknown(), dependsOnVpc = true) =>
    mockResource("aws:ec2/subnet:Subnet", { vpcId, cidrBlock: "10.0.1.0/24" }, { name, propertyDependencies: dependsOnVpc ? { vpcId: [vpc.urn] } : undefined });
const nat = (name: string, subnetUrn: string | undefined, subnetId: MockProps<"aws:ec2/natGateway:NatGateway">["subnetId"] = unknown()) =>
    mockResource("aws:ec2/natGateway:NatGateway", { subnetId }, { name, propertyDependencies: subnetUrn ? { subnetId: [subnetUrn] } : undefined });

const subnets = ["a", "b", "c", "d"].map((az) => subnet(`public-${az}`));
const natsPerSubnet = subnets.map((s, i) => nat(`nat-${i}`, s.urn));

export const cases: RuleCase[] = [
    {
        name: "four NAT gateways in one VPC, joined through subnet dependencies while IDs are unknown (preview)",
        resources: [vpc, ...subnets, ...natsPerSubnet],
        expect: { violations: [{ urn: vpc.urn, messageIncludes: "VPC `main` has 4 NAT gateways (`nat-0`, `nat-1`, `nat-2`, `nat-3`), above the cap of 3" }] },
    },
    { name: "three NAT gateways (one per AZ) is within the default cap", resources: [vpc, ...subnets, ...natsPerSubnet.slice(0, 3)], expect: "pass" },
    {
        name: "a configured cap of 1",
        resources: [vpc, ...subnets.slice(0, 2), ...natsPerSubnet.slice(0, 2)],
        options: { config: { "cost-vpc-nat-gateways-per-vpc": { maxNatGatewaysPerVpc: 1 } } },
        expect: { violations: [{ urn: vpc.urn }] },
    },
    {
        name: "joined by value: NAT subnetId → subnet outputs id → vpcId outside the stack",
        resources: [
            mockResource("aws:ec2/subnet:Subnet", { id: "subnet-1", vpcId: "vpc-0abc" }, { name: "s1" }),
            mockResource("aws:ec2/subnet:Subnet", { id: "subnet-2", vpcId: "vpc-0abc" }, { name: "s2" }),
            nat("n1", undefined, "subnet-1"),
            nat("n2", undefined, "subnet-2"),
        ],
        options: { config: { "cost-vpc-nat-gateways-per-vpc": { maxNatGatewaysPerVpc: 1 } } },
        expect: { violations: [{ messageIncludes: "VPC vpc-0abc has 2 NAT gateways" }] },
    },
    {
        name: "regional NAT gateways name their VPC directly",
        resources: [vpc, ...[1, 2].map((i) => mockResource("aws:ec2/natGateway:NatGateway", { vpcId: unknown(), availabilityMode: "regional" }, { name: `r${i}`, propertyDependencies: { vpcId: [vpc.urn] } }))],
        options: { config: { "cost-vpc-nat-gateways-per-vpc": { maxNatGatewaysPerVpc: 1 } } },
        expect: { violations: [{ urn: vpc.urn }] },
    },
    {
        name: "NAT gateways in different VPCs are counted apart",
        resources: [
            mockResource("aws:ec2/subnet:Subnet", { id: "subnet-1", vpcId: "vpc-1" }, { name: "s1" }),
            mockResource("aws:ec2/subnet:Subnet", { id: "subnet-2", vpcId: "vpc-2" }, { name: "s2" }),
            nat("n1", undefined, "subnet-1"),
            nat("n2", undefined, "subnet-2"),
        ],
        options: { config: { "cost-vpc-nat-gateways-per-vpc": { maxNatGatewaysPerVpc: 1 } } },
        expect: "pass",
    },
    {
        name: "a NAT gateway whose subnet cannot be told could tip the VPC over: skipped",
        resources: [vpc, ...subnets, ...natsPerSubnet.slice(0, 3), nat("mystery", undefined)],
        expect: "skipped",
    },
    {
        name: "an unjoinable NAT gateway that cannot change the verdict is ignored",
        resources: [vpc, ...subnets, natsPerSubnet[0], nat("mystery", undefined)],
        expect: "pass",
    },
    { name: "no NAT gateways", resources: [vpc, ...subnets], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
