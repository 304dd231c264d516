import { checkCase, mockResource, secret, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./no-default-admin-username";

const instance = (props: MockProps<"aws:rds/instance:Instance">) =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", engine: "mysql", ...props }, { name: "shop-db" });
const cluster = (props: MockProps<"aws:rds/cluster:Cluster">) => mockResource("aws:rds/cluster:Cluster", { engine: "aurora-postgresql", ...props }, { name: "shop" });

export const cases: RuleCase[] = [
    {
        name: "MySQL instance named admin",
        resources: instance({ username: "admin" }),
        expect: { violations: [{ messageId: "defaultName", data: { kind: "DB instance", name: "shop-db", username: "admin", path: "username" }, propertyPath: "username" }] },
    },
    { name: "capitalised Admin", resources: instance({ username: "Admin" }), expect: { violations: [{ messageId: "defaultName", data: { kind: "DB instance", name: "shop-db", username: "admin", path: "username" } }] } },
    {
        name: "Aurora PostgreSQL cluster named postgres",
        resources: cluster({ masterUsername: "postgres" }),
        expect: { violations: [{ messageId: "defaultName", data: { kind: "DB cluster", name: "shop", username: "postgres", path: "masterUsername" }, propertyPath: "masterUsername" }] },
    },
    { name: "custom instance name", resources: instance({ username: "shop_owner" }), expect: "pass" },
    { name: "custom cluster name", resources: cluster({ masterUsername: "shop_owner" }), expect: "pass" },
    { name: "a name that only contains admin", resources: instance({ username: "shopadmin" }), expect: "pass" },
    { name: "replica without a username", resources: instance({ replicateSourceDb: "shop-db-primary" }), expect: "pass" },
    { name: "username unknown during preview", resources: instance({ username: unknown() }), expect: "skipped" },
    { name: "a secret username is judged, its value withheld", resources: instance({ username: secret("admin") }), expect: { violations: [{ propertyPath: "username" }] } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
