import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-audit-logging";

const cluster = (props: MockProps<"aws:docdb/cluster:Cluster">) => mockResource("aws:docdb/cluster:Cluster", { clusterIdentifier: "orders", ...props }, { name: "orders" });

export const cases: RuleCase[] = [
    { name: "no log exports", resources: cluster({}), expect: { violations: [{ messageId: "unset", data: { name: "orders" }, propertyPath: "enabledCloudwatchLogsExports" }] } },
    { name: "an empty list", resources: cluster({ enabledCloudwatchLogsExports: [] }), expect: { violations: [{ messageId: "noAudit" }] } },
    { name: "only the profiler log", resources: cluster({ enabledCloudwatchLogsExports: ["profiler"] }), expect: { violations: [{ messageId: "noAudit", data: { name: "orders" } }] } },
    { name: "audit exported", resources: cluster({ enabledCloudwatchLogsExports: ["audit"] }), expect: "pass" },
    { name: "audit among others", resources: cluster({ enabledCloudwatchLogsExports: ["profiler", "audit"] }), expect: "pass" },
    { name: "list unknown during preview", resources: cluster({ enabledCloudwatchLogsExports: unknown() }), expect: "skipped" },
    { name: "one entry unknown during preview", resources: cluster({ enabledCloudwatchLogsExports: [unknown()] }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
