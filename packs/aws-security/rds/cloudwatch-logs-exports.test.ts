import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./cloudwatch-logs-exports";

const instance = (props: MockProps<"aws:rds/instance:Instance">) =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", engine: "postgres", ...props }, { name: "orders-db" });
const cluster = (props: MockProps<"aws:rds/cluster:Cluster">) => mockResource("aws:rds/cluster:Cluster", { engine: "aurora-mysql", ...props }, { name: "orders" });
const strict = { config: { "rds-cloudwatch-logs-exports": { requireEngineLogTypes: true } } };

export const cases: RuleCase[] = [
    {
        name: "instance exports nothing",
        resources: instance({}),
        expect: { violations: [{ messageId: "none", data: { kind: "DB instance", name: "orders-db", state: "not set" }, propertyPath: "enabledCloudwatchLogsExports" }] },
    },
    { name: "empty list", resources: instance({ enabledCloudwatchLogsExports: [] }), expect: { violations: [{ messageId: "none", data: { kind: "DB instance", name: "orders-db", state: "empty" } }] } },
    { name: "list of blanks", resources: instance({ enabledCloudwatchLogsExports: [""] }), expect: { violations: [{ messageId: "none" }] } },
    { name: "cluster exports nothing", resources: cluster({}), expect: { violations: [{ messageId: "none", data: { kind: "DB cluster", name: "orders", state: "not set" } }] } },
    { name: "one log type is enough by default", resources: instance({ enabledCloudwatchLogsExports: ["postgresql"] }), expect: "pass" },
    { name: "Aurora MySQL audit log", resources: cluster({ enabledCloudwatchLogsExports: ["audit"] }), expect: "pass" },
    {
        name: "strict: PostgreSQL without the upgrade log",
        resources: instance({ enabledCloudwatchLogsExports: ["postgresql"] }),
        options: strict,
        expect: { violations: [{ messageId: "missing", data: { kind: "DB instance", name: "orders-db", engine: "postgres", missing: "upgrade" }, propertyPath: "enabledCloudwatchLogsExports" }] },
    },
    { name: "strict: PostgreSQL with both logs", resources: instance({ enabledCloudwatchLogsExports: ["postgresql", "upgrade"] }), options: strict, expect: "pass" },
    {
        name: "strict: Aurora MySQL with the audit log only",
        resources: cluster({ enabledCloudwatchLogsExports: ["audit"] }),
        options: strict,
        expect: { violations: [{ messageId: "missing", data: { kind: "DB cluster", name: "orders", engine: "aurora", missing: "error, general, slowquery" } }] },
    },
    { name: "strict: Aurora PostgreSQL cluster", resources: cluster({ engine: "aurora-postgresql", enabledCloudwatchLogsExports: ["postgresql"] }), options: strict, expect: "pass" },
    { name: "strict: SQL Server with error and agent", resources: instance({ engine: "sqlserver-se", enabledCloudwatchLogsExports: ["error", "agent"] }), options: strict, expect: "pass" },
    { name: "strict: an engine we do not know", resources: instance({ engine: "custom-thing", enabledCloudwatchLogsExports: ["error"] }), options: strict, expect: "pass" },
    { name: "list unknown during preview", resources: instance({ enabledCloudwatchLogsExports: unknown() }), expect: "skipped" },
    { name: "an entry unknown during preview, no other", resources: instance({ enabledCloudwatchLogsExports: [unknown()] }), expect: "skipped" },
    { name: "an unknown entry beside a known one", resources: instance({ enabledCloudwatchLogsExports: [unknown(), "postgresql"] }), expect: "pass" },
    { name: "strict: an unknown entry might be the missing one", resources: instance({ enabledCloudwatchLogsExports: [unknown(), "postgresql"] }), options: strict, expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
