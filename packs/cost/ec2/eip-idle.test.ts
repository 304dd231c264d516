import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./eip-idle";

const eip = (name: string, props: MockProps<"aws:ec2/eip:Eip"> = { domain: "vpc" }) => mockResource("aws:ec2/eip:Eip", props, { name });
// An Elastic IP as a stack export has it: `allocationId` is an output, which the inputs' type lacks.
const exportedEip = (name: string, allocationId: string) => mockResource.untyped("aws:ec2/eip:Eip", { domain: "vpc", allocationId }, { name });
const spare = eip("spare");

export const cases: RuleCase[] = [
    { name: "an Elastic IP nothing uses", resources: [spare], expect: { violations: [{ urn: spare.urn, messageIncludes: "Elastic IP `spare` is not attached" }] } },
    { name: "attached to an instance directly", resources: [eip("web-ip", { domain: "vpc", instance: "i-123" })], expect: "pass" },
    { name: "attached to an instance whose ID is unknown during preview: not judged", resources: [eip("web-ip", { domain: "vpc", instance: unknown() })], expect: "skipped" },
    { name: "attached to a network interface", resources: [eip("eni-ip", { domain: "vpc", networkInterface: "eni-1" })], expect: "pass" },
    {
        name: "an EipAssociation joined through the property dependency while the allocation ID is unknown (preview)",
        resources: [spare, mockResource("aws:ec2/eipAssociation:EipAssociation", { allocationId: unknown(), instanceId: "i-1" }, { propertyDependencies: { allocationId: [spare.urn] } })],
        expect: "pass",
    },
    {
        name: "an EipAssociation joined by allocation ID (stack export outputs)",
        resources: [exportedEip("spare", "eipalloc-1"), mockResource("aws:ec2/eipAssociation:EipAssociation", { allocationId: "eipalloc-1", instanceId: "i-1" })],
        expect: "pass",
    },
    {
        name: "an EipAssociation for another address does not count",
        resources: [exportedEip("spare", "eipalloc-1"), mockResource("aws:ec2/eipAssociation:EipAssociation", { allocationId: "eipalloc-other", instanceId: "i-1" })],
        expect: { violations: [{ urn: spare.urn }] },
    },
    {
        name: "used by a NAT gateway",
        resources: [spare, mockResource("aws:ec2/natGateway:NatGateway", { allocationId: unknown(), subnetId: "subnet-1" }, { propertyDependencies: { allocationId: [spare.urn] } })],
        expect: "pass",
    },
    {
        name: "used by a network load balancer's subnet mapping",
        resources: [
            exportedEip("spare", "eipalloc-9"),
            mockResource("aws:lb/loadBalancer:LoadBalancer", { loadBalancerType: "network", subnetMappings: [{ subnetId: "s", allocationId: "eipalloc-9" }] }),
        ],
        expect: "pass",
    },
    {
        name: "an association whose allocation cannot be told (unknown, no dependency): not judged",
        resources: [spare, mockResource("aws:ec2/eipAssociation:EipAssociation", { allocationId: unknown(), instanceId: "i-1" })],
        expect: "skipped",
    },
    {
        name: "an association whose allocation cannot be told does not matter when every Elastic IP is used",
        resources: [
            spare,
            mockResource("aws:ec2/natGateway:NatGateway", { allocationId: unknown(), subnetId: "subnet-1" }, { propertyDependencies: { allocationId: [spare.urn] } }),
            mockResource("aws:ec2/eipAssociation:EipAssociation", { allocationId: unknown(), instanceId: "i-1" }),
        ],
        expect: "pass",
    },
    { name: "no Elastic IPs", resources: [mockResource("aws:ec2/instance:Instance", { ami: "a", instanceType: "t3.micro" })], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
