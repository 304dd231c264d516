import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-no-public-access";

type ConnectivityInfo = NonNullable<MockProps<"aws:msk/cluster:Cluster">["brokerNodeGroupInfo"]>["connectivityInfo"];
const cluster = (connectivityInfo: ConnectivityInfo) =>
    mockResource(
        "aws:msk/cluster:Cluster",
        { clusterName: "events", kafkaVersion: "3.6.0", numberOfBrokerNodes: 3, brokerNodeGroupInfo: { instanceType: "kafka.m7g.large", clientSubnets: ["subnet-a"], connectivityInfo } },
        { name: "events" },
    );

export const cases: RuleCase[] = [
    {
        name: "public access with service-provided EIPs",
        resources: cluster({ publicAccess: { type: "SERVICE_PROVIDED_EIPS" } }),
        expect: { violations: [{ messageId: "public", data: { name: "events" }, propertyPath: "brokerNodeGroupInfo.connectivityInfo.publicAccess.type" }] },
    },
    { name: "public access disabled", resources: cluster({ publicAccess: { type: "DISABLED" } }), expect: "pass" },
    { name: "no connectivity settings (private by default)", resources: cluster(undefined), expect: "pass" },
    { name: "public access block without a type", resources: cluster({ publicAccess: {} }), expect: "pass" },
    { name: "type unknown during preview", resources: cluster({ publicAccess: { type: unknown() } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
