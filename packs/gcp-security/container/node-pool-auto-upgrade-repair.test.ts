import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./node-pool-auto-upgrade-repair";

const pool = (management?: { autoUpgrade?: boolean; autoRepair?: boolean }) => mockResource("gcp:container/nodePool:NodePool", { cluster: "prod", nodeCount: 2, management }, { name: "workers" });

export const cases: RuleCase[] = [
    {
        name: "auto-upgrade off",
        resources: pool({ autoUpgrade: false, autoRepair: true }),
        expect: { violations: [{ messageId: "autoUpgradeOff", data: { subject: "Node pool `workers`" }, propertyPath: "management.autoUpgrade" }] },
    },
    {
        name: "both off",
        resources: pool({ autoUpgrade: false, autoRepair: false }),
        expect: { violations: [{ messageId: "autoUpgradeOff" }, { messageId: "autoRepairOff", data: { subject: "Node pool `workers`" }, propertyPath: "management.autoRepair" }] },
    },
    { name: "both on", resources: pool({ autoUpgrade: true, autoRepair: true }), expect: "pass" },
    { name: "no management block: both on by default", resources: pool(undefined), expect: "pass" },
    { name: "a partial block keeps the other default", resources: pool({ autoRepair: true }), expect: "pass" },
    {
        name: "an inline cluster node pool with auto-repair off",
        resources: mockResource("gcp:container/cluster:Cluster", { location: "us-central1", nodePools: [{ name: "default" }, { name: "batch", management: { autoRepair: false } }] }, { name: "prod" }),
        expect: { violations: [{ messageId: "autoRepairOff", data: { subject: "Node pool `batch` of cluster `prod`" }, propertyPath: "nodePools[1].management.autoRepair" }] },
    },
    { name: "a cluster with only its default node pool", resources: mockResource("gcp:container/cluster:Cluster", { location: "us-central1", initialNodeCount: 1 }), expect: "pass" },
    {
        name: "Autopilot manages its own nodes",
        resources: mockResource.untyped("gcp:container/cluster:Cluster", { location: "us-central1", enableAutopilot: true, nodePools: [{ management: { autoUpgrade: false } }] }),
        expect: "pass",
    },
    { name: "auto-upgrade unknown during preview", resources: pool({ autoUpgrade: unknown("boolean") }), expect: "skipped" },
    { name: "inline pools unknown during preview", resources: mockResource("gcp:container/cluster:Cluster", { location: "us-central1", nodePools: unknown("array") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
