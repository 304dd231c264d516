import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./node-pool-secure-boot";

const pool = (shieldedInstanceConfig?: { enableSecureBoot?: boolean; enableIntegrityMonitoring?: boolean }) =>
    mockResource("gcp:container/nodePool:NodePool", { cluster: "prod", nodeCount: 2, nodeConfig: { machineType: "e2-standard-4", shieldedInstanceConfig } }, { name: "workers" });

export const cases: RuleCase[] = [
    {
        name: "secure boot off",
        resources: pool({ enableSecureBoot: false }),
        expect: { violations: [{ messageId: "secureBootOff", data: { subject: "Node pool `workers`", state: "false" }, propertyPath: "nodeConfig.shieldedInstanceConfig.enableSecureBoot" }] },
    },
    {
        name: "no shielded instance config",
        resources: pool(undefined),
        expect: { violations: [{ messageId: "secureBootOff", data: { subject: "Node pool `workers`", state: "not set (it defaults to false)" } }] },
    },
    { name: "integrity monitoring alone is not Secure Boot", resources: pool({ enableIntegrityMonitoring: true }), expect: { violations: ["nodeConfig.shieldedInstanceConfig.enableSecureBoot"] } },
    { name: "no nodeConfig at all", resources: mockResource("gcp:container/nodePool:NodePool", { cluster: "prod" }), expect: { violations: ["nodeConfig.shieldedInstanceConfig.enableSecureBoot"] } },
    { name: "secure boot on", resources: pool({ enableSecureBoot: true, enableIntegrityMonitoring: true }), expect: "pass" },
    {
        name: "a cluster's default node pool without Secure Boot",
        resources: mockResource("gcp:container/cluster:Cluster", { location: "us-central1", initialNodeCount: 1 }, { name: "prod" }),
        expect: { violations: [{ messageId: "secureBootOff", data: { subject: "The default node pool of cluster `prod`", state: "not set (it defaults to false)" }, propertyPath: "nodeConfig.shieldedInstanceConfig.enableSecureBoot" }] },
    },
    {
        name: "a cluster's default node pool with Secure Boot",
        resources: mockResource("gcp:container/cluster:Cluster", { location: "us-central1", initialNodeCount: 1, nodeConfig: { shieldedInstanceConfig: { enableSecureBoot: true } } }),
        expect: "pass",
    },
    { name: "a removed default node pool is not judged", resources: mockResource("gcp:container/cluster:Cluster", { location: "us-central1", initialNodeCount: 1, removeDefaultNodePool: true }), expect: "pass" },
    {
        name: "inline node pools are judged one by one",
        resources: mockResource("gcp:container/cluster:Cluster", { location: "us-central1", nodePools: [{ name: "a", nodeConfig: { shieldedInstanceConfig: { enableSecureBoot: true } } }, { name: "b" }] }, { name: "prod" }),
        expect: { violations: [{ messageId: "secureBootOff", data: { subject: "Node pool `b` of cluster `prod`", state: "not set (it defaults to false)" }, propertyPath: "nodePools[1].nodeConfig.shieldedInstanceConfig.enableSecureBoot" }] },
    },
    { name: "Autopilot always boots securely", resources: mockResource("gcp:container/cluster:Cluster", { location: "us-central1", enableAutopilot: true }), expect: "pass" },
    { name: "secure boot unknown during preview", resources: pool({ enableSecureBoot: unknown("boolean") }), expect: "skipped" },
    { name: "removeDefaultNodePool unknown during preview", resources: mockResource("gcp:container/cluster:Cluster", { location: "us-central1", removeDefaultNodePool: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
