import { defineRule, known, listOf } from "../../../src";
import { joinSatellites } from "../../shared/join";
import type {} from "../../../src/types/aws/ec2";
import type {} from "../../../src/types/aws/vpc";

const DEFAULT_SECURITY_GROUP = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
/** Standalone rules that add traffic to a group named by `securityGroupId`. */
const RULE_TYPES = [
    "aws:ec2/securityGroupRule:SecurityGroupRule",
    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
    "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule",
] as const;

/**
 * A managed `ec2.DefaultSecurityGroup` removes every rule of the VPC's default group and keeps
 * only those it declares, so declaring it with no ingress and no egress closes the group. A
 * stack rule, because standalone SecurityGroupRule / SecurityGroupIngressRule /
 * SecurityGroupEgressRule resources attached to the default group (`securityGroupId`, joined by
 * property dependency or ID) open it just as well; each is reported on itself.
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
    messages: {
        inlineRules: "Default security group `{{name}}` declares {{count}} {{direction}} rule{{plural}}; it should allow no traffic.",
        attachedRule: "{{kind}} `{{name}}` adds a rule to default security group `{{group}}`; it should allow no traffic.",
    },
    stack: true,
    validate(stack, ctx) {
        const join = joinSatellites(stack, { parentTypes: [DEFAULT_SECURITY_GROUP], parentKeys: ["id"], childTypes: [...RULE_TYPES], childKey: "securityGroupId" });
        for (const group of join.parents) {
            for (const direction of ["ingress", "egress"] as const) {
                const list = known(() => listOf(group.props[direction]));
                if (!list.known || list.value.length === 0) continue;
                const count = list.value.length;
                ctx.report({
                    urn: group.urn,
                    messageId: "inlineRules",
                    data: { name: group.name, count, direction, plural: count === 1 ? "" : "s" },
                    propertyPath: direction,
                });
            }
            for (const rule of join.childrenOf(group.urn)) {
                const kind = rule.type === "aws:ec2/securityGroupRule:SecurityGroupRule" ? "Security group rule" : rule.type.endsWith(":SecurityGroupIngressRule") ? "Ingress rule" : "Egress rule";
                ctx.report({ urn: rule.urn, messageId: "attachedRule", data: { kind, name: rule.name, group: group.name }, propertyPath: "securityGroupId" });
            }
        }
    },
});
