import { defineRule, peek, recordOf, type StackResource } from "../../../src";
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

const VPC_TYPE = "aws:ec2/vpc:Vpc";
const SUBNET_TYPE = "aws:ec2/subnet:Subnet";
const NAT_TYPE = "aws:ec2/natGateway:NatGateway";

/** What a reference resolves to: a VPC key, nothing set, or a value unknown during preview. */
type Resolved = { kind: "vpc"; key: string } | { kind: "none" } | { kind: "unknown" };

/**
 * NAT gateways grouped by VPC. A NAT gateway names its VPC directly (`vpcId`, regional NAT
 * gateways) or through its subnet (`subnetId` → Subnet → `vpcId`). References are followed
 * through property dependencies first (known even in preview), then by value.
 */
export default defineRule({
    id: "cost-vpc-nat-gateways-per-vpc",
    title: "VPCs stay under the NAT gateway cap",
    description: `Each NAT gateway bills about $${(HOURLY.natGateway * HOURS_PER_MONTH).toFixed(2)} a month before a single byte passes, plus a charge per GB processed. One per Availability Zone is the usual high-availability design; more than that per VPC is usually an accident of copy-paste or of one gateway per subnet.`,
    severity: "low",
    service: "vpc",
    tags: ["cost", "network"],
    remediation:
        "Share one NAT gateway per Availability Zone among the VPC's private subnets (route tables can point at the same gateway), use a single gateway outside production, and add S3/DynamoDB gateway endpoints to keep that traffic off NAT. Raise `maxNatGatewaysPerVpc` if more are intended.",
    defaultLevel: "advisory",
    configSchema: {
        properties: { maxNatGatewaysPerVpc: { type: "integer", minimum: 0, description: "Largest number of NAT gateways allowed in one VPC." } },
    },
    configDefaults: { maxNatGatewaysPerVpc: 3 },
    examples: {
        violating: [
            {
                description: "four regional NAT gateways in one VPC, one per Availability Zone by copy-paste",
                resources: [
                    {
                        type: "aws:ec2/natGateway:NatGateway",
                        name: "nat-a",
                        props: { vpcId: "vpc-0a1b2c3d4e5f67890", availabilityMode: "regional", tags: { Name: "nat-a" } },
                    },
                    {
                        type: "aws:ec2/natGateway:NatGateway",
                        name: "nat-b",
                        props: { vpcId: "vpc-0a1b2c3d4e5f67890", availabilityMode: "regional", tags: { Name: "nat-b" } },
                    },
                    {
                        type: "aws:ec2/natGateway:NatGateway",
                        name: "nat-c",
                        props: { vpcId: "vpc-0a1b2c3d4e5f67890", availabilityMode: "regional", tags: { Name: "nat-c" } },
                    },
                    {
                        type: "aws:ec2/natGateway:NatGateway",
                        name: "nat-d",
                        props: { vpcId: "vpc-0a1b2c3d4e5f67890", availabilityMode: "regional", tags: { Name: "nat-d" } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "one regional NAT gateway serving every Availability Zone",
                resources: [
                    {
                        type: "aws:ec2/natGateway:NatGateway",
                        name: "nat",
                        props: { vpcId: "vpc-0a1b2c3d4e5f67890", availabilityMode: "regional", tags: { Name: "nat" } },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const nats = stack.ofType(NAT_TYPE);
        if (nats.length === 0) return;
        const cap = ctx.config.maxNatGatewaysPerVpc;

        // VPCs and subnets of the stack, by URN and by (known) ID. IDs and references are only
        // peeked at: an unknown one is read for real below, when it could change the verdict.
        const vpcKeyById = new Map<string, string>();
        for (const vpc of stack.ofType(VPC_TYPE)) {
            const id = peek(() => recordOf(vpc.props).id);
            if (id.known && typeof id.value === "string" && id.value !== "") vpcKeyById.set(id.value, vpc.urn);
        }
        const subnetById = new Map<string, StackResource>();
        for (const subnet of stack.ofType(SUBNET_TYPE)) {
            const id = peek(() => recordOf(subnet.props).id);
            if (id.known && typeof id.value === "string" && id.value !== "") subnetById.set(id.value, subnet);
        }
        const vpcOf = (resource: StackResource): Resolved => {
            const dependency = resource.propertyDependencies.vpcId?.find((r) => r.type === VPC_TYPE);
            if (dependency) return { kind: "vpc", key: dependency.urn };
            const value = peek(() => resource.props.vpcId);
            if (!value.known) return { kind: "unknown" };
            if (typeof value.value === "string" && value.value !== "") return { kind: "vpc", key: vpcKeyById.get(value.value) ?? value.value };
            return { kind: "none" };
        };

        const groups = new Map<string, StackResource[]>();
        const unresolved: Array<{ nat: StackResource; prop: string }> = [];
        for (const nat of nats) {
            let resolved = vpcOf(nat);
            let prop = "vpcId";
            if (resolved.kind === "none") {
                prop = "subnetId";
                const dependency = nat.propertyDependencies.subnetId?.find((r) => r.type === SUBNET_TYPE);
                const value = peek(() => nat.props.subnetId);
                const subnet = dependency ?? (value.known && typeof value.value === "string" ? subnetById.get(value.value) : undefined);
                if (subnet) {
                    resolved = vpcOf(subnet);
                    if (resolved.kind === "unknown") {
                        unresolved.push({ nat: subnet, prop: "vpcId" });
                        continue;
                    }
                } else if (!value.known) resolved = { kind: "unknown" };
            }
            if (resolved.kind === "vpc") {
                const list = groups.get(resolved.key);
                if (list) list.push(nat);
                else groups.set(resolved.key, [nat]);
            } else if (resolved.kind === "unknown") {
                unresolved.push({ nat, prop });
            }
            // Otherwise the NAT gateway's subnet is outside the stack: its VPC cannot be told.
        }

        for (const [key, list] of groups) {
            if (list.length <= cap) continue;
            const vpc = stack.byUrn(key);
            const label = vpc ? `VPC \`${vpc.name}\`` : /^vpc-[0-9a-f]{1,32}$/.test(key) ? `VPC ${key}` : "A VPC";
            const names = list.slice(0, 6).map((n) => `\`${n.name}\``).join(", ") + (list.length > 6 ? ", ..." : "");
            ctx.report({
                urn: vpc?.urn ?? list[list.length - 1].urn,
                message: `${label} has ${list.length} NAT gateways (${names}), above the cap of ${cap}.`,
            });
        }

        // NAT gateways whose VPC is unknown during preview could tip a VPC over the cap: if they
        // could change the verdict, read the value for real so the rule reports it cannot run.
        const couldTip = [...groups.values()].some((list) => list.length <= cap && list.length + unresolved.length > cap) || unresolved.length > cap;
        if (unresolved.length > 0 && couldTip) {
            const { nat, prop } = unresolved[0];
            void nat.props[prop];
        }
    },
});
