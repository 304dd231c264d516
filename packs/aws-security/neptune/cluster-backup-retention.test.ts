import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-backup-retention";

const cluster = (props: MockProps<"aws:neptune/cluster:Cluster">) => mockResource("aws:neptune/cluster:Cluster", { clusterIdentifier: "graph", ...props }, { name: "graph" });
const config = (minimumDays: number) => ({ config: { "neptune-cluster-backup-retention": { minimumDays } } });

export const cases: RuleCase[] = [
    { name: "left at the default (1 day)", resources: cluster({}), expect: { violations: [{ messageId: "unset", data: { name: "graph", minimum: 7 }, propertyPath: "backupRetentionPeriod" }] } },
    { name: "three days", resources: cluster({ backupRetentionPeriod: 3 }), expect: { violations: [{ messageId: "tooShort", data: { name: "graph", days: 3, minimum: 7 } }] } },
    { name: "a week", resources: cluster({ backupRetentionPeriod: 7 }), expect: "pass" },
    { name: "35 days", resources: cluster({ backupRetentionPeriod: 35 }), expect: "pass" },
    { name: "a stricter minimum from the config", resources: cluster({ backupRetentionPeriod: 7 }), options: config(14), expect: { violations: [{ messageId: "tooShort", data: { name: "graph", days: 7, minimum: 14 } }] } },
    { name: "a one-day minimum accepts the default", resources: cluster({}), options: config(1), expect: "pass" },
    { name: "retention unknown during preview", resources: cluster({ backupRetentionPeriod: unknown("number") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
