import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./flow-logs-enabled";

const vpc = (name: string, props: MockProps<"aws:ec2/vpc:Vpc"> = { id: `${name}-id` }) =>
    mockResource("aws:ec2/vpc:Vpc", { cidrBlock: "10.0.0.0/16", ...props }, { name });
const flowLog = (name: string, props: MockProps<"aws:ec2/flowLog:FlowLog">, dependsOn?: string) =>
    mockResource("aws:ec2/flowLog:FlowLog", { logDestination: "arn:aws:logs:eu-west-1:123456789012:log-group:flows", ...props }, {
        name,
        propertyDependencies: dependsOn ? { vpcId: [dependsOn] } : undefined,
    });

const main = vpc("main");
const edge = vpc("edge");

export const cases: RuleCase[] = [
    { name: "VPC without a flow log", resources: [main], expect: { violations: [{ urn: main.urn, messageIncludes: "no flow log" }] } },
    { name: "flow log joined by the VPC's ID", resources: [main, flowLog("main-flows", { vpcId: "main-id", trafficType: "ALL" })], expect: "pass" },
    {
        name: "flow log joined through the property dependency while the VPC id is unknown (preview)",
        resources: [vpc("main", {}), flowLog("main-flows", { vpcId: unknown(), trafficType: "REJECT" }, main.urn)],
        expect: "pass",
    },
    {
        name: "one VPC covered, one not",
        resources: [main, edge, flowLog("main-flows", { vpcId: "main-id", trafficType: "ALL" })],
        expect: { violations: [{ urn: edge.urn }] },
    },
    {
        name: "a flow log recording only accepted traffic is reported on the flow log",
        resources: [main, flowLog("main-flows", { vpcId: "main-id", trafficType: "ACCEPT" })],
        expect: { violations: [{ propertyPath: "trafficType", messageIncludes: "only accepted traffic" }] },
    },
    {
        name: "an ACCEPT flow log next to a REJECT one is fine",
        resources: [main, flowLog("accepts", { vpcId: "main-id", trafficType: "ACCEPT" }), flowLog("rejects", { vpcId: "main-id", trafficType: "REJECT" })],
        expect: "pass",
    },
    {
        name: "traffic type unknown during preview: not judged",
        resources: [main, flowLog("main-flows", { vpcId: "main-id", trafficType: unknown() })],
        expect: "skipped",
    },
    {
        name: "a flow log whose VPC cannot be told (unknown, no dependency): not judged",
        resources: [main, flowLog("mystery", { vpcId: unknown(), trafficType: "ALL" })],
        expect: "skipped",
    },
    {
        name: "a subnet flow log does not cover the VPC",
        resources: [main, flowLog("subnet-flows", { subnetId: "subnet-1", trafficType: "ALL" })],
        expect: { violations: [{ urn: main.urn }] },
    },
    {
        name: "a flow log for a VPC outside the stack does not cover ours",
        resources: [main, flowLog("other", { vpcId: "vpc-elsewhere", trafficType: "ALL" })],
        expect: { violations: [{ urn: main.urn }] },
    },
    {
        name: "the adopted default VPC needs one too",
        resources: [mockResource("aws:ec2/defaultVpc:DefaultVpc", {}, { name: "default" })],
        expect: { violations: [{ messageIncludes: "`default` has no flow log" }] },
    },
    { name: "no VPCs, nothing to check", resources: [mockResource("aws:s3/bucket:Bucket", { bucket: "b" })], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
