import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./node-group-no-public-remote-access";

const nodeGroup = (remoteAccess: MockProps<"aws:eks/nodeGroup:NodeGroup">["remoteAccess"]) =>
    mockResource(
        "aws:eks/nodeGroup:NodeGroup",
        { clusterName: "prod", nodeRoleArn: "arn:aws:iam::123456789012:role/n", subnetIds: ["subnet-1"], scalingConfig: { desiredSize: 1, minSize: 1, maxSize: 2 }, remoteAccess },
        { name: "workers" },
    );

export const cases: RuleCase[] = [
    { name: "key without source groups", resources: nodeGroup({ ec2SshKey: "ops" }), expect: { violations: [{ messageId: "openToInternet", data: { name: "workers" }, propertyPath: "remoteAccess.sourceSecurityGroupIds" }] } },
    { name: "key with an empty source list", resources: nodeGroup({ ec2SshKey: "ops", sourceSecurityGroupIds: [] }), expect: { violations: [{ messageId: "openToInternet" }] } },
    { name: "key with source groups", resources: nodeGroup({ ec2SshKey: "ops", sourceSecurityGroupIds: ["sg-1"] }), expect: "pass" },
    { name: "no remote access", resources: nodeGroup(undefined), expect: "pass" },
    { name: "source groups unknown during preview", resources: nodeGroup({ ec2SshKey: "ops", sourceSecurityGroupIds: unknown("array") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
