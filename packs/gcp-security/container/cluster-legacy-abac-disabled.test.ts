import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./cluster-legacy-abac-disabled";

const cluster = (enableLegacyAbac?: boolean) => mockResource("gcp:container/cluster:Cluster", { location: "us-central1", initialNodeCount: 1, enableLegacyAbac }, { name: "prod" });

export const cases: RuleCase[] = [
    { name: "legacy ABAC on", resources: cluster(true), expect: { violations: [{ propertyPath: "enableLegacyAbac", messageIncludes: "Cluster `prod` enables legacy ABAC" }] } },
    { name: "legacy ABAC off", resources: cluster(false), expect: "pass" },
    { name: "left out: off by default", resources: cluster(undefined), expect: "pass" },
    { name: "a wrong-typed value", resources: mockResource.untyped("gcp:container/cluster:Cluster", { enableLegacyAbac: "true" }), expect: { violations: ["enableLegacyAbac"] } },
    { name: "unknown during preview", resources: cluster(unknown("boolean")), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
