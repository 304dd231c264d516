import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./cluster-automatic-snapshots";

const cluster = (props: MockProps<"aws:redshift/cluster:Cluster">) =>
    mockResource("aws:redshift/cluster:Cluster", { clusterIdentifier: "warehouse", nodeType: "ra3.xlplus", ...props }, { name: "warehouse" });

export const cases: RuleCase[] = [
    {
        name: "left at the provider default (1 day)",
        resources: cluster({}),
        expect: { violations: [{ messageId: "unset", data: { name: "warehouse", minimum: 7 }, propertyPath: "automatedSnapshotRetentionPeriod" }] },
    },
    { name: "snapshots off", resources: cluster({ automatedSnapshotRetentionPeriod: 0 }), expect: { violations: [{ messageId: "off" }] } },
    { name: "three days", resources: cluster({ automatedSnapshotRetentionPeriod: 3 }), expect: { violations: [{ messageId: "tooShort", data: { name: "warehouse", days: 3, minimum: 7 } }] } },
    { name: "a week", resources: cluster({ automatedSnapshotRetentionPeriod: 7 }), expect: "pass" },
    { name: "35 days", resources: cluster({ automatedSnapshotRetentionPeriod: 35 }), expect: "pass" },
    { name: "a one-day minimum accepts the default", resources: cluster({}), options: { config: { "redshift-cluster-automatic-snapshots": { minimumDays: 1 } } }, expect: "pass" },
    { name: "a one-day minimum still rejects 0", resources: cluster({ automatedSnapshotRetentionPeriod: 0 }), options: { config: { "redshift-cluster-automatic-snapshots": { minimumDays: 1 } } }, expect: { violations: [{ messageId: "off" }] } },
    { name: "retention unknown during preview", resources: cluster({ automatedSnapshotRetentionPeriod: unknown("number") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
