import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./cluster-shielded-nodes";

const cluster = (enableShieldedNodes?: boolean) => mockResource("gcp:container/cluster:Cluster", { location: "us-central1", initialNodeCount: 1, enableShieldedNodes }, { name: "prod" });

export const cases: RuleCase[] = [
    { name: "shielded nodes off", resources: cluster(false), expect: { violations: [{ propertyPath: "enableShieldedNodes", messageIncludes: "Cluster `prod` switches Shielded GKE Nodes off" }] } },
    { name: "shielded nodes on", resources: cluster(true), expect: "pass" },
    { name: "left out: on by default", resources: cluster(undefined), expect: "pass" },
    { name: "unknown during preview", resources: cluster(unknown("boolean")), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
