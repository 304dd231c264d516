import { defineRule, listOf } from "../../../src";
import type {} from "../../../src/types/aws/ec2";

/**
 * A managed `ec2.DefaultSecurityGroup` removes every rule of the VPC's default group and keeps
 * only those it declares, so declaring it with no ingress and no egress closes the group.
 */
export default defineRule({
    id: "vpc-default-security-group-no-rules",
    title: "Default security groups allow no traffic",
    description:
        "Resources launched without an explicit security group land in the VPC's default group, so any rule it holds silently applies to them. Keeping the default group empty forces every workload to use a purpose-built group.",
    severity: "medium",
    service: "vpc",
    frameworks: {
        "cis-aws-3.0": ["5.4"],
        "aws-fsbp": ["EC2.2"],
        "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    },
    tags: ["network"],
    remediation:
        "Declare the default security group with no rules (new aws.ec2.DefaultSecurityGroup(\"default\", { vpcId: vpc.id }) without `ingress` or `egress`), and give each workload its own security group.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "the default group keeps the rules AWS creates it with",
                resources: [
                    {
                        type: "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
                        name: "default",
                        props: {
                            vpcId: "vpc-0a1b2c3d4e5f67890",
                            ingress: [{ protocol: "-1", self: true, fromPort: 0, toPort: 0 }],
                            egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the default group emptied",
                resources: [{ type: "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", name: "default", props: { vpcId: "vpc-0a1b2c3d4e5f67890" } }],
            },
        ],
    },
    resourceType: "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
    validate(props, ctx) {
        for (const direction of ["ingress", "egress"] as const) {
            const count = listOf(props[direction]).length;
            if (count === 0) continue;
            ctx.report({
                message: `Default security group \`${ctx.name}\` declares ${count} ${direction} rule${count === 1 ? "" : "s"}; it should allow no traffic.`,
                propertyPath: direction,
            });
        }
    },
});
