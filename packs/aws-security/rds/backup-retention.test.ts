import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./backup-retention";

const instance = (props: MockProps<"aws:rds/instance:Instance">) =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", engine: "postgres", ...props }, { name: "billing-db" });
const cluster = (props: MockProps<"aws:rds/cluster:Cluster">) => mockResource("aws:rds/cluster:Cluster", { engine: "aurora-mysql", ...props }, { name: "billing" });

export const cases: RuleCase[] = [
    { name: "instance default: backups off", resources: instance({}), expect: { violations: [{ propertyPath: "backupRetentionPeriod", messageIncludes: "automated backups are off" }] } },
    { name: "instance with 0 days", resources: instance({ backupRetentionPeriod: 0 }), expect: { violations: [{ messageIncludes: "turns automated backups off" }] } },
    { name: "cluster default: 1 day", resources: cluster({}), expect: { violations: [{ propertyPath: "backupRetentionPeriod", messageIncludes: "1 day" }] } },
    { name: "cluster with 3 days", resources: cluster({ backupRetentionPeriod: 3 }), expect: { violations: [{ messageIncludes: "backupRetentionPeriod is 3" }] } },
    { name: "instance with 7 days", resources: instance({ backupRetentionPeriod: 7 }), expect: "pass" },
    { name: "cluster with 35 days", resources: cluster({ backupRetentionPeriod: 35 }), expect: "pass" },
    { name: "read replica", resources: instance({ replicateSourceDb: "billing-db-primary" }), expect: "pass" },
    {
        name: "configured minimum of 14 days",
        resources: cluster({ backupRetentionPeriod: 7 }),
        options: { config: { "rds-backup-retention": { minimumDays: 14 } } },
        expect: { violations: [{ messageIncludes: "fewer than 14 days" }] },
    },
    { name: "retention unknown during preview", resources: instance({ backupRetentionPeriod: unknown("number") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
