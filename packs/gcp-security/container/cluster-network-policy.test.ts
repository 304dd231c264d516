import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-network-policy";

const cluster = (props: MockProps<"gcp:container/cluster:Cluster">) => mockResource("gcp:container/cluster:Cluster", { location: "us-central1", initialNodeCount: 1, ...props }, { name: "prod" });

export const cases: RuleCase[] = [
    { name: "defaults: legacy datapath, no policy", resources: cluster({}), expect: { violations: [{ messageId: "notEnforced", data: { name: "prod" }, propertyPath: "networkPolicy" }] } },
    { name: "network policy disabled", resources: cluster({ networkPolicy: { enabled: false } }), expect: { violations: ["networkPolicy.enabled"] } },
    { name: "legacy datapath named", resources: cluster({ datapathProvider: "LEGACY_DATAPATH" }), expect: { violations: ["networkPolicy"] } },
    { name: "Calico network policy", resources: cluster({ networkPolicy: { enabled: true, provider: "CALICO" } }), expect: "pass" },
    { name: "Dataplane V2", resources: cluster({ datapathProvider: "ADVANCED_DATAPATH" }), expect: "pass" },
    { name: "Dataplane V2 in lower case", resources: cluster({ datapathProvider: "advanced_datapath" }), expect: "pass" },
    { name: "Autopilot always runs Dataplane V2", resources: cluster({ enableAutopilot: true }), expect: "pass" },
    { name: "datapath unknown during preview", resources: cluster({ datapathProvider: unknown() }), expect: "skipped" },
    { name: "network policy unknown during preview", resources: cluster({ networkPolicy: { enabled: unknown("boolean") } }), expect: "skipped" },
    { name: "Autopilot unknown during preview", resources: cluster({ enableAutopilot: unknown("boolean"), datapathProvider: "ADVANCED_DATAPATH" }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
