import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./cluster-private-nodes";

const base = { location: "us-central1", initialNodeCount: 1 };

export const cases: RuleCase[] = [
    {
        name: "no private cluster config",
        resources: mockResource("gcp:container/cluster:Cluster", base, { name: "prod" }),
        expect: { violations: [{ messageId: "publicNodes", data: { name: "prod" }, propertyPath: "privateClusterConfig.enablePrivateNodes" }] },
    },
    {
        name: "private nodes switched off",
        resources: mockResource("gcp:container/cluster:Cluster", { ...base, privateClusterConfig: { enablePrivateNodes: false } }, { name: "prod" }),
        expect: { violations: ["privateClusterConfig.enablePrivateNodes"] },
    },
    { name: "private nodes", resources: mockResource("gcp:container/cluster:Cluster", { ...base, privateClusterConfig: { enablePrivateNodes: true, masterIpv4CidrBlock: "172.16.0.0/28" } }), expect: "pass" },
    {
        name: "an inline pool overriding a private cluster",
        resources: mockResource("gcp:container/cluster:Cluster", { ...base, privateClusterConfig: { enablePrivateNodes: true }, nodePools: [{ name: "a" }, { name: "edge", networkConfig: { enablePrivateNodes: false } }] }, { name: "prod" }),
        expect: { violations: [{ messageId: "publicPool", data: { subject: "Node pool `edge` of cluster `prod`" }, propertyPath: "nodePools[1].networkConfig.enablePrivateNodes" }] },
    },
    {
        name: "every inline pool private on a public-by-default cluster",
        resources: mockResource("gcp:container/cluster:Cluster", { location: "us-central1", nodePools: [{ name: "a", networkConfig: { enablePrivateNodes: true } }] }),
        expect: "pass",
    },
    {
        name: "some inline pools left to the public default",
        resources: mockResource("gcp:container/cluster:Cluster", { location: "us-central1", nodePools: [{ name: "a", networkConfig: { enablePrivateNodes: true } }, { name: "b" }] }),
        expect: { violations: ["privateClusterConfig.enablePrivateNodes"] },
    },
    {
        name: "a NodePool opting out of private nodes",
        resources: mockResource("gcp:container/nodePool:NodePool", { cluster: "prod", networkConfig: { enablePrivateNodes: false } }, { name: "edge" }),
        expect: { violations: [{ messageId: "publicPool", data: { subject: "Node pool `edge`" }, propertyPath: "networkConfig.enablePrivateNodes" }] },
    },
    { name: "a NodePool that takes its cluster's setting", resources: mockResource("gcp:container/nodePool:NodePool", { cluster: "prod" }), expect: "pass" },
    { name: "enablePrivateNodes unknown during preview", resources: mockResource("gcp:container/cluster:Cluster", { ...base, privateClusterConfig: { enablePrivateNodes: unknown("boolean") } }), expect: "skipped" },
    { name: "a NodePool's setting unknown during preview", resources: mockResource("gcp:container/nodePool:NodePool", { cluster: "prod", networkConfig: { enablePrivateNodes: unknown("boolean") } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
