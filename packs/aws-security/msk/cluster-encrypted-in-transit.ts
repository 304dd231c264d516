import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/msk";

export default defineRule({
    id: "msk-cluster-encrypted-in-transit",
    title: "MSK clusters encrypt traffic in transit",
    description:
        "With plain-text listeners or unencrypted broker-to-broker traffic, Kafka messages, and SASL/SCRAM credentials with them, cross the network readable by anyone on the path. MSK encrypts both by default (clientBroker \"TLS\", inCluster true); this rule reports clusters that loosen either.",
    severity: "high",
    service: "msk",
    frameworks: {
        "aws-fsbp": ["MSK.1"],
        "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-23"],
        "pci-dss-4.0": ["4.2.1"],
    },
    tags: ["encryption", "network"],
    remediation:
        'Set `encryptionInfo.encryptionInTransit.clientBroker` to "TLS" (or leave it out) once every client connects over TLS, and leave `encryptionInfo.encryptionInTransit.inCluster` at its default, `true`. Turning inCluster back on replaces the cluster.',
    defaultLevel: "mandatory",
    messages: {
        clientPlainText: "MSK cluster `{{name}}` accepts plain-text client connections (clientBroker: \"{{clientBroker}}\").",
        clientInvalid: "MSK cluster `{{name}}` sets clientBroker to a value other than \"TLS\", so client traffic may be unencrypted.",
        inClusterOff: "MSK cluster `{{name}}` sends traffic between brokers unencrypted (inCluster: false).",
    },
    examples: {
        violating: [
            {
                description: "a cluster that also accepts plain-text clients",
                resources: [
                    {
                        type: "aws:msk/cluster:Cluster",
                        name: "events",
                        props: {
                            clusterName: "events",
                            kafkaVersion: "3.6.0",
                            numberOfBrokerNodes: 3,
                            brokerNodeGroupInfo: { instanceType: "kafka.m7g.large", clientSubnets: ["subnet-a", "subnet-b", "subnet-c"], securityGroups: ["sg-0123456789abcdef0"] },
                            encryptionInfo: { encryptionInTransit: { clientBroker: "TLS_PLAINTEXT", inCluster: true } },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a TLS-only cluster",
                resources: [
                    {
                        type: "aws:msk/cluster:Cluster",
                        name: "events",
                        props: {
                            clusterName: "events",
                            kafkaVersion: "3.6.0",
                            numberOfBrokerNodes: 3,
                            brokerNodeGroupInfo: { instanceType: "kafka.m7g.large", clientSubnets: ["subnet-a", "subnet-b", "subnet-c"], securityGroups: ["sg-0123456789abcdef0"] },
                            encryptionInfo: { encryptionInTransit: { clientBroker: "TLS", inCluster: true } },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:msk/cluster:Cluster",
    validate(props, ctx) {
        const inTransit = props.encryptionInfo?.encryptionInTransit;
        const clientBroker = inTransit?.clientBroker;
        // Absent means MSK's default, "TLS".
        if (clientBroker !== undefined && clientBroker !== null && clientBroker !== "TLS") {
            if (clientBroker === "TLS_PLAINTEXT" || clientBroker === "PLAINTEXT") {
                ctx.report({ messageId: "clientPlainText", data: { name: ctx.name, clientBroker }, propertyPath: "encryptionInfo.encryptionInTransit.clientBroker" });
            } else {
                ctx.report({ messageId: "clientInvalid", data: { name: ctx.name }, propertyPath: "encryptionInfo.encryptionInTransit.clientBroker" });
            }
        }
        // Absent means MSK's default, true.
        if (inTransit?.inCluster === false) {
            ctx.report({ messageId: "inClusterOff", data: { name: ctx.name }, propertyPath: "encryptionInfo.encryptionInTransit.inCluster" });
        }
    },
});
