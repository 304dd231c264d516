import { defineRule, known, listOf, propertyPath } from "../../../src";
import type {} from "../../../src/types/aws/rds";

const KINDS: Readonly<Record<string, string>> = {
    "aws:rds/snapshot:Snapshot": "DB snapshot",
    "aws:rds/snapshotCopy:SnapshotCopy": "DB snapshot copy",
    "aws:rds/clusterSnapshot:ClusterSnapshot": "DB cluster snapshot",
    "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy": "DB cluster snapshot copy",
};

export default defineRule({
    id: "rds-snapshot-not-public",
    title: "RDS and Aurora snapshots are not public",
    description:
        'Sharing a manual snapshot with "all" makes it public: any AWS account can copy it and restore the whole database, with every row, from it. Unencrypted snapshots are the usual way database contents leak this way; share with named account IDs instead.',
    severity: "critical",
    service: "rds",
    frameworks: {
        "aws-fsbp": ["RDS.1"],
        "nist-800-53-r5": ["AC-3", "AC-4", "AC-21", "SC-7"],
    },
    tags: ["exposure", "data", "backup"],
    remediation:
        'Remove "all" from `sharedAccounts` and list only the 12-digit account IDs that need the snapshot (e.g. `sharedAccounts: ["111122223333"]`), or leave `sharedAccounts` out to keep the snapshot private.',
    defaultLevel: "mandatory",
    messages: {
        public: '{{kind}} `{{name}}` is public: sharedAccounts includes "all", so any AWS account can copy and restore it.',
    },
    examples: {
        violating: [
            {
                description: "a snapshot shared with every AWS account",
                resources: [
                    {
                        type: "aws:rds/snapshot:Snapshot",
                        name: "orders-before-migration",
                        props: { dbInstanceIdentifier: "orders-db", dbSnapshotIdentifier: "orders-before-migration", sharedAccounts: ["all"] },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a snapshot shared with one named account",
                resources: [
                    {
                        type: "aws:rds/snapshot:Snapshot",
                        name: "orders-before-migration",
                        props: { dbInstanceIdentifier: "orders-db", dbSnapshotIdentifier: "orders-before-migration", sharedAccounts: ["111122223333"] },
                    },
                ],
            },
        ],
    },
    resourceType: ["aws:rds/snapshot:Snapshot", "aws:rds/snapshotCopy:SnapshotCopy", "aws:rds/clusterSnapshot:ClusterSnapshot", "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy"],
    validate(props, ctx) {
        const accounts = listOf(props.sharedAccounts);
        for (let index = 0; index < accounts.length; index++) {
            // An unknown entry is noted and passed over: another entry may still be "all".
            const entry = known(() => accounts[index]);
            if (!entry.known || typeof entry.value !== "string" || entry.value.trim().toLowerCase() !== "all") continue;
            ctx.report({ messageId: "public", data: { kind: KINDS[ctx.type] ?? "Snapshot", name: ctx.name }, propertyPath: propertyPath("sharedAccounts", index) });
            return;
        }
    },
});
