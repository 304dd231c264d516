import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-workload-identity";

const cluster = (props: MockProps<"gcp:container/cluster:Cluster">) => mockResource("gcp:container/cluster:Cluster", { location: "us-central1", initialNodeCount: 1, ...props }, { name: "prod" });

export const cases: RuleCase[] = [
    { name: "no workload identity", resources: cluster({}), expect: { violations: [{ messageId: "noWorkloadPool", data: { name: "prod" }, propertyPath: "workloadIdentityConfig.workloadPool" }] } },
    { name: "an empty block", resources: cluster({ workloadIdentityConfig: {} }), expect: { violations: ["workloadIdentityConfig.workloadPool"] } },
    { name: "an empty pool name", resources: cluster({ workloadIdentityConfig: { workloadPool: "" } }), expect: { violations: ["workloadIdentityConfig.workloadPool"] } },
    { name: "workload pool set", resources: cluster({ workloadIdentityConfig: { workloadPool: "acme.svc.id.goog" } }), expect: "pass" },
    { name: "Autopilot always uses Workload Identity", resources: cluster({ enableAutopilot: true }), expect: "pass" },
    {
        name: "an inline pool opting out with GCE_METADATA",
        resources: cluster({ workloadIdentityConfig: { workloadPool: "acme.svc.id.goog" }, nodePools: [{ name: "legacy", nodeConfig: { workloadMetadataConfig: { mode: "GCE_METADATA" } } }] }),
        expect: { violations: [{ messageId: "nodeMetadataExposed", data: { subject: "Node pool `legacy` of cluster `prod`" }, propertyPath: "nodePools[0].nodeConfig.workloadMetadataConfig.mode" }] },
    },
    {
        name: "the default node pool opting out",
        resources: cluster({ workloadIdentityConfig: { workloadPool: "acme.svc.id.goog" }, nodeConfig: { workloadMetadataConfig: { mode: "gce_metadata" } } }),
        expect: { violations: [{ messageId: "nodeMetadataExposed", propertyPath: "nodeConfig.workloadMetadataConfig.mode" }] },
    },
    {
        name: "a NodePool opting out",
        resources: mockResource("gcp:container/nodePool:NodePool", { cluster: "prod", nodeConfig: { workloadMetadataConfig: { mode: "GCE_METADATA" } } }, { name: "legacy" }),
        expect: { violations: [{ messageId: "nodeMetadataExposed", data: { subject: "Node pool `legacy`" }, propertyPath: "nodeConfig.workloadMetadataConfig.mode" }] },
    },
    { name: "a NodePool with GKE_METADATA", resources: mockResource("gcp:container/nodePool:NodePool", { cluster: "prod", nodeConfig: { workloadMetadataConfig: { mode: "GKE_METADATA" } } }), expect: "pass" },
    { name: "a NodePool that sets nothing", resources: mockResource("gcp:container/nodePool:NodePool", { cluster: "prod" }), expect: "pass" },
    { name: "a NodePool's mode unknown during preview", resources: mockResource("gcp:container/nodePool:NodePool", { cluster: "prod", nodeConfig: { workloadMetadataConfig: { mode: unknown() } } }), expect: "skipped" },
    { name: "pool unknown during preview", resources: cluster({ workloadIdentityConfig: { workloadPool: unknown() } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
