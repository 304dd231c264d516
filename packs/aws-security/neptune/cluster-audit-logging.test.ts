import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-audit-logging";

const cluster = (props: MockProps<"aws:neptune/cluster:Cluster">) => mockResource("aws:neptune/cluster:Cluster", { clusterIdentifier: "graph", ...props }, { name: "graph" });

export const cases: RuleCase[] = [
    { name: "no log exports", resources: cluster({}), expect: { violations: [{ messageId: "unset", data: { name: "graph" }, propertyPath: "enableCloudwatchLogsExports" }] } },
    { name: "an empty list", resources: cluster({ enableCloudwatchLogsExports: [] }), expect: { violations: [{ messageId: "noAudit" }] } },
    { name: "only the slowquery log", resources: cluster({ enableCloudwatchLogsExports: ["slowquery"] }), expect: { violations: [{ messageId: "noAudit", data: { name: "graph" } }] } },
    { name: "audit exported", resources: cluster({ enableCloudwatchLogsExports: ["audit"] }), expect: "pass" },
    { name: "audit among others", resources: cluster({ enableCloudwatchLogsExports: ["slowquery", "audit"] }), expect: "pass" },
    { name: "list unknown during preview", resources: cluster({ enableCloudwatchLogsExports: unknown() }), expect: "skipped" },
    { name: "one entry unknown during preview", resources: cluster({ enableCloudwatchLogsExports: [unknown()] }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
