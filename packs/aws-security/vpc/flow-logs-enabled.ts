import { defineRule, knownOr, type StackResource } from "../../../src";
import { joinSatellites } from "../../shared/join";
import type {} from "../../../src/types/aws/ec2";

const VPC_TYPES = ["aws:ec2/vpc:Vpc", "aws:ec2/defaultVpc:DefaultVpc"] as const;
const FLOW_LOG_TYPE = "aws:ec2/flowLog:FlowLog";

/** A flow log that records rejected packets (ALL or REJECT). Unknown or unset counts as yes. */
function recordsRejects(flowLog: StackResource): boolean {
    const trafficType = knownOr(() => flowLog.props.trafficType, undefined);
    return typeof trafficType !== "string" || trafficType.toUpperCase() !== "ACCEPT";
}

/**
 * Every VPC needs a flow log that refers to it through `vpcId`. Flow logs are separate resources,
 * so this is a stack rule joining them to VPCs (lib/join.ts): through the property dependency of
 * `vpcId` (which works in preview, when the VPC's ID is unknown) or by the ID's value.
 */
export default defineRule({
    id: "vpc-flow-logs-enabled",
    title: "VPCs have flow logs",
    description:
        "Flow logs are the record of who talked to whom inside a VPC. Without them there is nothing to investigate a breach with, and they cannot be turned on after the fact for traffic that already happened.",
    severity: "medium",
    service: "vpc",
    frameworks: {
        "cis-aws-3.0": ["3.7"],
        "aws-fsbp": ["EC2.6"],
        "nist-800-53-r5": ["AU-2", "AU-3", "AU-12", "CA-7"],
    },
    tags: ["logging"],
    remediation:
        'Add an aws.ec2.FlowLog for each VPC (vpcId: vpc.id, trafficType: "ALL" or "REJECT") delivering to CloudWatch Logs or S3 (logDestination, plus iamRoleArn for CloudWatch Logs).',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a VPC without a flow log",
                resources: [{ type: "aws:ec2/vpc:Vpc", name: "main", props: { cidrBlock: "10.0.0.0/16" } }],
            },
        ],
        compliant: [
            {
                description: "a flow log for the VPC, created elsewhere and referred to by its ID",
                resources: [
                    {
                        type: "aws:ec2/flowLog:FlowLog",
                        name: "main-flow-log",
                        props: {
                            vpcId: "vpc-0a1b2c3d4e5f67890",
                            trafficType: "ALL",
                            logDestinationType: "s3",
                            logDestination: "arn:aws:s3:::acme-flow-logs",
                        },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const join = joinSatellites(stack, { parentTypes: VPC_TYPES, parentKeys: ["id"], childTypes: [FLOW_LOG_TYPE], childKey: "vpcId" });
        for (const vpc of join.parents) {
            const flowLogs = join.childrenOf(vpc.urn);
            if (flowLogs.length === 0) {
                // A flow log whose VPC cannot be told yet (unknown vpcId, no dependency) may be this one's.
                if (!join.hasUnknownReferences) {
                    ctx.report({ urn: vpc.urn, message: `VPC \`${vpc.name}\` has no flow log.` });
                }
                continue;
            }
            if (flowLogs.some(recordsRejects)) continue;
            for (const flowLog of flowLogs) {
                ctx.report({
                    urn: flowLog.urn,
                    message: `Flow log \`${flowLog.name}\` of VPC \`${vpc.name}\` records only accepted traffic, so rejected connection attempts leave no trace.`,
                    propertyPath: "trafficType",
                    fix: 'Set trafficType to "ALL" (or add a second flow log with "REJECT").',
                });
            }
        }
    },
});
