import { defineRule, known, listOf, peek, recordOf, type ResourceType, type StackResource } from "../../../src";
import { HOURLY, HOURS_PER_MONTH } from "../pricing";
import type {} from "../../../src/types/aws/alb";
import type {} from "../../../src/types/aws/autoscaling";
import type {} from "../../../src/types/aws/dynamodb";
import type {} from "../../../src/types/aws/ebs";
import type {} from "../../../src/types/aws/ec2";
import type {} from "../../../src/types/aws/eks";
import type {} from "../../../src/types/aws/elasticache";
import type {} from "../../../src/types/aws/elasticsearch";
import type {} from "../../../src/types/aws/elb";
import type {} from "../../../src/types/aws/lb";
import type {} from "../../../src/types/aws/opensearch";
import type {} from "../../../src/types/aws/rds";

const EIP_TYPE = "aws:ec2/eip:Eip";

/**
 * Where other resources refer to an Elastic IP's allocation ID, by type: the props holding the
 * reference, and how to read the allocation IDs from a prop's value.
 */
const USERS: ReadonlyArray<{ type: ResourceType; prop: string; ids: (value: unknown) => unknown[] }> = [
    { type: "aws:ec2/eipAssociation:EipAssociation", prop: "allocationId", ids: (v) => [v] },
    { type: "aws:ec2/natGateway:NatGateway", prop: "allocationId", ids: (v) => [v] },
    { type: "aws:ec2/natGateway:NatGateway", prop: "secondaryAllocationIds", ids: (v) => listOf(v) },
    { type: "aws:ec2/natGateway:NatGateway", prop: "availabilityZoneAddresses", ids: (v) => listOf(v).flatMap((a) => listOf(recordOf(a).allocationIds)) },
    { type: "aws:lb/loadBalancer:LoadBalancer", prop: "subnetMappings", ids: (v) => listOf(v).map((m) => recordOf(m).allocationId) },
    { type: "aws:alb/loadBalancer:LoadBalancer", prop: "subnetMappings", ids: (v) => listOf(v).map((m) => recordOf(m).allocationId) },
];

/** An Elastic IP is attached on its own when it names an instance or a network interface (even an unknown one). */
function attachedDirectly(eip: StackResource): boolean {
    return ["instance", "networkInterface"].some((prop) => {
        const value = known(() => eip.props[prop]);
        return !value.known || (typeof value.value === "string" && value.value !== "");
    });
}

export default defineRule({
    id: "cost-ec2-eip-idle",
    title: "Elastic IPs are attached to something",
    description: `Every public IPv4 address, an Elastic IP included, bills about $${(HOURLY.publicIpv4 * HOURS_PER_MONTH).toFixed(2)} a month, attached or not. An Elastic IP that no instance, network interface, NAT gateway or load balancer uses is pure waste, and easy to forget after the instance it served is gone.`,
    severity: "low",
    service: "ec2",
    tags: ["cost", "network"],
    remediation:
        "Attach the Elastic IP (`instance`/`networkInterface` on the Eip, an aws.ec2.EipAssociation, or a NAT gateway's `allocationId`), or remove it.",
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "an Elastic IP nothing uses", resources: [{ type: "aws:ec2/eip:Eip", name: "spare", props: { domain: "vpc" } }] }],
        compliant: [{ description: "an Elastic IP on an instance", resources: [{ type: "aws:ec2/eip:Eip", name: "web-ip", props: { domain: "vpc", instance: "i-0123456789abcdef0" } }] }],
    },
    stack: true,
    validate(stack, ctx) {
        const eips = stack.ofType(EIP_TYPE);
        if (eips.length === 0) return;
        // Allocation IDs of the stack's Elastic IPs (known after creation, e.g. from a stack export).
        // Join keys are only peeked at: property dependencies join too, while IDs are unknown.
        const byAllocationId = new Map<string, string>();
        for (const eip of eips) {
            for (const key of ["allocationId", "id"]) {
                const value = peek(() => recordOf(eip.props)[key]);
                if (value.known && typeof value.value === "string" && value.value !== "") byAllocationId.set(value.value, eip.urn);
            }
        }
        const used = new Set<string>();
        // References unknown during preview with no dependency: read for real (noted) only when
        // they keep an Elastic IP from being reported.
        const unknownReferences: Array<() => unknown> = [];
        for (const user of USERS) {
            for (const resource of stack.ofType(user.type)) {
                // A property dependency on an Elastic IP is a reference even while its ID is unknown.
                for (const dependency of resource.propertyDependencies[user.prop] ?? []) {
                    if (dependency.type === EIP_TYPE) used.add(dependency.urn);
                }
                const read = () => user.ids(recordOf(resource.props)[user.prop]);
                const value = peek(read);
                if (!value.known) {
                    if ((resource.propertyDependencies[user.prop] ?? []).length === 0) unknownReferences.push(read);
                    continue;
                }
                for (const id of value.value) {
                    if (typeof id === "string" && byAllocationId.has(id)) used.add(byAllocationId.get(id) as string);
                }
            }
        }
        for (const eip of eips) {
            if (used.has(eip.urn) || attachedDirectly(eip)) continue;
            // A reference unknown during preview, with no dependency, might be this Elastic IP's.
            if (unknownReferences.length > 0) {
                for (const read of unknownReferences) known(read);
                continue;
            }
            ctx.report({
                urn: eip.urn,
                message: `Elastic IP \`${eip.name}\` is not attached to an instance, network interface, NAT gateway or load balancer in this stack.`,
            });
        }
    },
});
