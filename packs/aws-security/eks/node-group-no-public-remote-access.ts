import { defineRule, listOf } from "../../../src";
import type {} from "../../../src/types/aws/eks";

export default defineRule({
    id: "eks-node-group-no-public-remote-access",
    title: "EKS node groups do not open SSH or RDP to the internet",
    description:
        "When a managed node group is given an SSH key without source security groups, EKS opens port 22 (3389 on Windows nodes) on every worker node to 0.0.0.0/0. Worker nodes hold the credentials of every pod scheduled on them, so a brute-forced or leaked key reaches the whole cluster.",
    severity: "high",
    service: "eks",
    frameworks: {
        "nist-800-53-r5": ["AC-4", "SC-7"],
        "pci-dss-4.0": ["1.3.1"],
    },
    tags: ["exposure", "network"],
    remediation:
        "Set `remoteAccess.sourceSecurityGroupIds` to a bastion or VPN security group, or drop `remoteAccess` and reach nodes through SSM Session Manager.",
    defaultLevel: "mandatory",
    messages: {
        openToInternet: "Node group `{{name}}` has an SSH key but no remoteAccess.sourceSecurityGroupIds, so EKS opens remote access on its nodes to the whole internet.",
    },
    examples: {
        violating: [
            {
                description: "an SSH key without source security groups",
                resources: [
                    {
                        type: "aws:eks/nodeGroup:NodeGroup",
                        name: "workers",
                        props: {
                            clusterName: "prod",
                            nodeRoleArn: "arn:aws:iam::123456789012:role/eks-nodes",
                            subnetIds: ["subnet-0a1b2c3d"],
                            scalingConfig: { desiredSize: 3, minSize: 3, maxSize: 6 },
                            remoteAccess: { ec2SshKey: "ops" },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "SSH only from the bastion's security group",
                resources: [
                    {
                        type: "aws:eks/nodeGroup:NodeGroup",
                        name: "workers",
                        props: {
                            clusterName: "prod",
                            nodeRoleArn: "arn:aws:iam::123456789012:role/eks-nodes",
                            subnetIds: ["subnet-0a1b2c3d"],
                            scalingConfig: { desiredSize: 3, minSize: 3, maxSize: 6 },
                            remoteAccess: { ec2SshKey: "ops", sourceSecurityGroupIds: ["sg-0bastion"] },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:eks/nodeGroup:NodeGroup",
    validate(props, ctx) {
        const access = props.remoteAccess;
        if (!access) return;
        const key = access.ec2SshKey;
        if (typeof key !== "string" || key.trim() === "") return;
        if (listOf(access.sourceSecurityGroupIds).length > 0) return;
        ctx.report({ messageId: "openToInternet", data: { name: ctx.name }, propertyPath: "remoteAccess.sourceSecurityGroupIds" });
    },
});
