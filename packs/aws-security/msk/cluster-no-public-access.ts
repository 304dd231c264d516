import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/msk";

export default defineRule({
    id: "msk-cluster-no-public-access",
    title: "MSK clusters have no public access",
    description:
        "With public access on, MSK gives every broker an Elastic IP address, so the brokers can be reached from the internet, limited only by security groups and client authentication. Public access is off by default; this rule reports clusters that turn it on.",
    severity: "high",
    service: "msk",
    frameworks: {
        "aws-fsbp": ["MSK.4"],
        "nist-800-53-r5": ["AC-3", "AC-4", "SC-7"],
        "pci-dss-4.0": ["1.4.4"],
    },
    tags: ["exposure", "network"],
    remediation:
        'Set `brokerNodeGroupInfo.connectivityInfo.publicAccess.type` to "DISABLED" (or leave it out) and reach the cluster from inside the VPC, through VPC peering, Transit Gateway or MSK multi-VPC private connectivity.',
    defaultLevel: "mandatory",
    messages: {
        public: "MSK cluster `{{name}}` gives its brokers public IP addresses (publicAccess.type: \"SERVICE_PROVIDED_EIPS\").",
    },
    examples: {
        violating: [
            {
                description: "brokers with public IP addresses",
                resources: [
                    {
                        type: "aws:msk/cluster:Cluster",
                        name: "events",
                        props: {
                            clusterName: "events",
                            kafkaVersion: "3.6.0",
                            numberOfBrokerNodes: 3,
                            brokerNodeGroupInfo: {
                                instanceType: "kafka.m7g.large",
                                clientSubnets: ["subnet-a", "subnet-b", "subnet-c"],
                                securityGroups: ["sg-0123456789abcdef0"],
                                connectivityInfo: { publicAccess: { type: "SERVICE_PROVIDED_EIPS" } },
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "private brokers",
                resources: [
                    {
                        type: "aws:msk/cluster:Cluster",
                        name: "events",
                        props: {
                            clusterName: "events",
                            kafkaVersion: "3.6.0",
                            numberOfBrokerNodes: 3,
                            brokerNodeGroupInfo: {
                                instanceType: "kafka.m7g.large",
                                clientSubnets: ["subnet-a", "subnet-b", "subnet-c"],
                                securityGroups: ["sg-0123456789abcdef0"],
                                connectivityInfo: { publicAccess: { type: "DISABLED" } },
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:msk/cluster:Cluster",
    validate(props, ctx) {
        const type = props.brokerNodeGroupInfo?.connectivityInfo?.publicAccess?.type;
        // Absent means MSK's default, "DISABLED".
        if (typeof type === "string" && type.trim().toUpperCase() === "SERVICE_PROVIDED_EIPS") {
            ctx.report({ messageId: "public", data: { name: ctx.name }, propertyPath: "brokerNodeGroupInfo.connectivityInfo.publicAccess.type" });
        }
    },
});
