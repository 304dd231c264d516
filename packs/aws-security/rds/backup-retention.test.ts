import { resolvePolicyConfig } from "../../../src/engine";
import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./backup-retention";

const instance = (props: MockProps<"aws:rds/instance:Instance">) =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", engine: "postgres", ...props }, { name: "billing-db" });
const cluster = (props: MockProps<"aws:rds/cluster:Cluster">) => mockResource("aws:rds/cluster:Cluster", { engine: "aurora-mysql", ...props }, { name: "billing" });
const minimum = (minimumDays: number) => ({ config: { "rds-backup-retention": { minimumDays } } });

export const cases: RuleCase[] = [
    {
        name: "instance default: backups off",
        resources: instance({}),
        expect: { violations: [{ messageId: "instanceDefaultOff", data: { name: "billing-db" }, propertyPath: "backupRetentionPeriod" }] },
    },
    {
        name: "instance default is off even with a 1-day minimum",
        resources: instance({}),
        options: minimum(1),
        expect: { violations: [{ messageId: "instanceDefaultOff", propertyPath: "backupRetentionPeriod" }] },
    },
    {
        name: "instance with 0 days",
        resources: instance({ backupRetentionPeriod: 0 }),
        expect: { violations: [{ messageId: "backupsOff", data: { kind: "DB instance", name: "billing-db" }, propertyPath: "backupRetentionPeriod" }] },
    },
    {
        name: "cluster default: 1 day",
        resources: cluster({}),
        expect: { violations: [{ messageId: "clusterDefaultOneDay", data: { name: "billing", minimum: 7 }, propertyPath: "backupRetentionPeriod" }] },
    },
    { name: "cluster default with a 1-day minimum", resources: cluster({}), options: minimum(1), expect: "pass" },
    {
        name: "cluster with 3 days",
        resources: cluster({ backupRetentionPeriod: 3 }),
        expect: { violations: [{ messageId: "tooShort", data: { kind: "DB cluster", name: "billing", days: 3, minimum: 7 }, propertyPath: "backupRetentionPeriod" }] },
    },
    { name: "instance with 1 day", resources: instance({ backupRetentionPeriod: 1 }), expect: { violations: [{ messageId: "tooShort", data: { kind: "DB instance", name: "billing-db", days: 1, minimum: 7 } }] } },
    { name: "instance with 7 days", resources: instance({ backupRetentionPeriod: 7 }), expect: "pass" },
    { name: "cluster with 35 days", resources: cluster({ backupRetentionPeriod: 35 }), expect: "pass" },
    {
        name: "instance above AWS's 35 days",
        resources: instance({ backupRetentionPeriod: 36 }),
        expect: { violations: [{ messageId: "outOfRange", data: { kind: "DB instance", name: "billing-db", days: 36, low: 0 }, propertyPath: "backupRetentionPeriod" }] },
    },
    { name: "negative retention", resources: instance({ backupRetentionPeriod: -1 }), expect: { violations: [{ messageId: "outOfRange", data: { kind: "DB instance", name: "billing-db", days: -1, low: 0 } }] } },
    {
        name: "cluster with 0 days (clusters accept 1–35)",
        resources: cluster({ backupRetentionPeriod: 0 }),
        expect: { violations: [{ messageId: "outOfRange", data: { kind: "DB cluster", name: "billing", days: 0, low: 1 }, propertyPath: "backupRetentionPeriod" }] },
    },
    { name: "fractional days", resources: cluster({ backupRetentionPeriod: 7.5 }), expect: { violations: [{ messageId: "notWholeDays", data: { kind: "DB cluster", name: "billing", low: 1 } }] } },
    {
        name: "wrong-typed retention",
        resources: mockResource.untyped("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", engine: "postgres", backupRetentionPeriod: "7" }, { name: "billing-db" }),
        expect: { violations: [{ messageId: "notWholeDays", propertyPath: "backupRetentionPeriod" }] },
    },
    { name: "read replica", resources: instance({ replicateSourceDb: "billing-db-primary" }), expect: "pass" },
    { name: "read replica with 0 days", resources: instance({ replicateSourceDb: "billing-db-primary", backupRetentionPeriod: 0 }), expect: "pass" },
    { name: "read replica above 35 days", resources: instance({ replicateSourceDb: "billing-db-primary", backupRetentionPeriod: 40 }), expect: { violations: [{ messageId: "outOfRange" }] } },
    {
        name: "configured minimum of 14 days",
        resources: cluster({ backupRetentionPeriod: 7 }),
        options: minimum(14),
        expect: { violations: [{ messageId: "tooShort", data: { kind: "DB cluster", name: "billing", days: 7, minimum: 14 } }] },
    },
    { name: "configured maximum of 35 days met", resources: cluster({ backupRetentionPeriod: 35 }), options: minimum(35), expect: "pass" },
    { name: "retention unknown during preview", resources: instance({ backupRetentionPeriod: unknown("number") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

describe("configured minimum", () => {
    const resolve = (minimumDays: unknown) => () => resolvePolicyConfig([rule], [{ file: "config.json", document: { "rds-backup-retention": { minimumDays } } }]);
    test.each([36, 0, 7.5, "14"])("%p is refused by the schema", (value) => expect(resolve(value)).toThrow());
    test.each([1, 14, 35])("%p is accepted", (value) => expect(resolve(value)).not.toThrow());
});
