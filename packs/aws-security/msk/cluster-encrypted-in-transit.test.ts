import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-encrypted-in-transit";

type EncryptionInfo = MockProps<"aws:msk/cluster:Cluster">["encryptionInfo"];
const cluster = (encryptionInfo: EncryptionInfo) =>
    mockResource(
        "aws:msk/cluster:Cluster",
        { clusterName: "events", kafkaVersion: "3.6.0", numberOfBrokerNodes: 3, brokerNodeGroupInfo: { instanceType: "kafka.m7g.large", clientSubnets: ["subnet-a"] }, encryptionInfo },
        { name: "events" },
    );
const CLIENT = "encryptionInfo.encryptionInTransit.clientBroker";

export const cases: RuleCase[] = [
    {
        name: "plain-text clients",
        resources: cluster({ encryptionInTransit: { clientBroker: "PLAINTEXT" } }),
        expect: { violations: [{ messageId: "clientPlainText", data: { name: "events", clientBroker: "PLAINTEXT" }, propertyPath: CLIENT }] },
    },
    { name: "TLS and plain text", resources: cluster({ encryptionInTransit: { clientBroker: "TLS_PLAINTEXT" } }), expect: { violations: [{ messageId: "clientPlainText", data: { name: "events", clientBroker: "TLS_PLAINTEXT" } }] } },
    { name: "an unrecognised client setting", resources: cluster({ encryptionInTransit: { clientBroker: "tls" } }), expect: { violations: [{ messageId: "clientInvalid", propertyPath: CLIENT }] } },
    {
        name: "unencrypted broker-to-broker traffic",
        resources: cluster({ encryptionInTransit: { clientBroker: "TLS", inCluster: false } }),
        expect: { violations: [{ messageId: "inClusterOff", data: { name: "events" }, propertyPath: "encryptionInfo.encryptionInTransit.inCluster" }] },
    },
    {
        name: "both loosened: two violations",
        resources: cluster({ encryptionInTransit: { clientBroker: "PLAINTEXT", inCluster: false } }),
        expect: { violations: [{ messageId: "clientPlainText" }, { messageId: "inClusterOff" }] },
    },
    { name: "TLS everywhere, explicitly", resources: cluster({ encryptionInTransit: { clientBroker: "TLS", inCluster: true } }), expect: "pass" },
    { name: "no encryptionInfo: MSK's defaults are TLS", resources: cluster(undefined), expect: "pass" },
    { name: "only an at-rest key: transit defaults apply", resources: cluster({ encryptionAtRestKmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/1" }), expect: "pass" },
    { name: "client setting unknown during preview", resources: cluster({ encryptionInTransit: { clientBroker: unknown() } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
