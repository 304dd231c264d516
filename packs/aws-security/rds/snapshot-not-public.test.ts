import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./snapshot-not-public";

const snapshot = (sharedAccounts?: string[]) =>
    mockResource("aws:rds/snapshot:Snapshot", { dbInstanceIdentifier: "orders-db", dbSnapshotIdentifier: "orders-snap", sharedAccounts }, { name: "orders-snap" });

export const cases: RuleCase[] = [
    {
        name: "DB snapshot shared with all",
        resources: snapshot(["all"]),
        expect: { violations: [{ messageId: "public", data: { kind: "DB snapshot", name: "orders-snap" }, propertyPath: "sharedAccounts[0]" }] },
    },
    { name: "all among account IDs", resources: snapshot(["111122223333", "all"]), expect: { violations: [{ messageId: "public", propertyPath: "sharedAccounts[1]" }] } },
    { name: "all in capitals", resources: snapshot(["ALL"]), expect: { violations: ["sharedAccounts[0]"] } },
    {
        name: "cluster snapshot shared with all",
        resources: mockResource("aws:rds/clusterSnapshot:ClusterSnapshot", { dbClusterIdentifier: "orders", dbClusterSnapshotIdentifier: "orders-snap", sharedAccounts: ["all"] }),
        expect: { violations: [{ messageId: "public", data: { kind: "DB cluster snapshot", name: "clusterSnapshot" } }] },
    },
    {
        name: "snapshot copy shared with all",
        resources: mockResource("aws:rds/snapshotCopy:SnapshotCopy", { sourceDbSnapshotIdentifier: "arn:aws:rds:eu-west-1:111122223333:snapshot:orders", targetDbSnapshotIdentifier: "orders-copy", sharedAccounts: ["all"] }),
        expect: { violations: [{ messageId: "public", data: { kind: "DB snapshot copy", name: "snapshotCopy" } }] },
    },
    {
        name: "cluster snapshot copy shared with all",
        resources: mockResource("aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy", {
            sourceDbClusterSnapshotIdentifier: "arn:aws:rds:eu-west-1:111122223333:cluster-snapshot:orders",
            targetDbClusterSnapshotIdentifier: "orders-copy",
            sharedAccounts: ["all"],
        }),
        expect: { violations: [{ messageId: "public", data: { kind: "DB cluster snapshot copy", name: "clusterSnapshotCopy" } }] },
    },
    { name: "shared with named accounts", resources: snapshot(["111122223333", "444455556666"]), expect: "pass" },
    { name: "not shared", resources: snapshot(undefined), expect: "pass" },
    { name: "empty list", resources: snapshot([]), expect: "pass" },
    { name: "list unknown during preview", resources: mockResource("aws:rds/snapshot:Snapshot", { dbInstanceIdentifier: "orders-db", dbSnapshotIdentifier: "s", sharedAccounts: unknown() }), expect: "skipped" },
    {
        name: "an unknown entry alone: not judged",
        resources: mockResource("aws:rds/snapshot:Snapshot", { dbInstanceIdentifier: "orders-db", dbSnapshotIdentifier: "s", sharedAccounts: ["111122223333", unknown()] }),
        expect: "skipped",
    },
    {
        name: "an unknown entry beside all: still public",
        resources: mockResource("aws:rds/snapshot:Snapshot", { dbInstanceIdentifier: "orders-db", dbSnapshotIdentifier: "s", sharedAccounts: [unknown(), "all"] }),
        expect: { violations: ["sharedAccounts[1]"] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
