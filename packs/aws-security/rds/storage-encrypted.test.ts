import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./storage-encrypted";

const instance = (props: MockProps<"aws:rds/instance:Instance">) =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", engine: "postgres", ...props }, { name: "orders-db" });
const cluster = (props: MockProps<"aws:rds/cluster:Cluster">) => mockResource("aws:rds/cluster:Cluster", { engine: "aurora-postgresql", ...props }, { name: "orders" });

export const cases: RuleCase[] = [
    {
        name: "instance without encryption",
        resources: instance({}),
        expect: { violations: [{ messageId: "unencrypted", data: { kind: "DB instance", name: "orders-db", state: "not set, and defaults to false" }, propertyPath: "storageEncrypted" }] },
    },
    { name: "instance with encryption off", resources: instance({ storageEncrypted: false }), expect: { violations: [{ propertyPath: "storageEncrypted", messageIncludes: "set to false" }] } },
    { name: "provisioned cluster without encryption", resources: cluster({ engineMode: "provisioned" }), expect: { violations: [{ messageIncludes: "DB cluster `orders`" }] } },
    { name: "instance restored from a snapshot without the flag", resources: instance({ snapshotIdentifier: "rds:orders-2024-01-01" }), expect: { violations: ["storageEncrypted"] } },
    { name: "encrypted instance", resources: instance({ storageEncrypted: true, kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1" }), expect: "pass" },
    { name: "encrypted cluster", resources: cluster({ storageEncrypted: true }), expect: "pass" },
    { name: "read replica follows its source", resources: instance({ replicateSourceDb: "orders-db-primary" }), expect: "pass" },
    { name: "Aurora Serverless v1 is always encrypted", resources: cluster({ engineMode: "serverless" }), expect: "pass" },
    { name: "Aurora Serverless v1 with encryption explicitly off", resources: cluster({ engineMode: "serverless", storageEncrypted: false }), expect: { violations: ["storageEncrypted"] } },
    { name: "flag unknown during preview", resources: instance({ storageEncrypted: unknown("boolean") }), expect: "skipped" },
    { name: "replica source unknown during preview", resources: instance({ replicateSourceDb: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
