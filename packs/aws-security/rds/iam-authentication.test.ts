import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./iam-authentication";

const instance = (props: MockProps<"aws:rds/instance:Instance">) =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", engine: "postgres", ...props }, { name: "users-db" });
const cluster = (props: MockProps<"aws:rds/cluster:Cluster">) => mockResource("aws:rds/cluster:Cluster", { engine: "aurora-postgresql", ...props }, { name: "users" });

export const cases: RuleCase[] = [
    {
        name: "PostgreSQL instance without IAM auth",
        resources: instance({}),
        expect: { violations: [{ messageId: "passwordsOnly", data: { kind: "DB instance", name: "users-db", state: "not set" }, propertyPath: "iamDatabaseAuthenticationEnabled" }] },
    },
    { name: "Aurora cluster with IAM auth off", resources: cluster({ iamDatabaseAuthenticationEnabled: false }), expect: { violations: [{ messageIncludes: "is false" }] } },
    { name: "MariaDB instance", resources: instance({ engine: "mariadb" }), expect: { violations: ["iamDatabaseAuthenticationEnabled"] } },
    { name: "enabled", resources: instance({ iamDatabaseAuthenticationEnabled: true }), expect: "pass" },
    { name: "SQL Server does not support it", resources: instance({ engine: "sqlserver-se" }), expect: "pass" },
    { name: "Oracle does not support it", resources: instance({ engine: "oracle-ee" }), expect: "pass" },
    { name: "engine not given (restored or replica)", resources: mockResource("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", replicateSourceDb: "src" }), expect: "pass" },
    { name: "Aurora Serverless v1 does not support it", resources: cluster({ engineMode: "serverless" }), expect: "pass" },
    { name: "engine unknown during preview", resources: instance({ engine: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
