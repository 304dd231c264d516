import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./storage-customer-managed-key";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const instance = (props: MockProps<"aws:rds/instance:Instance">) =>
    mockResource("aws:rds/instance:Instance", { instanceClass: "db.t4g.micro", engine: "postgres", storageEncrypted: true, ...props }, { name: "orders-db" });
const cluster = (props: MockProps<"aws:rds/cluster:Cluster">) =>
    mockResource("aws:rds/cluster:Cluster", { engine: "aurora-postgresql", storageEncrypted: true, ...props }, { name: "orders" });

export const cases: RuleCase[] = [
    {
        name: "encrypted instance without a key",
        resources: instance({}),
        expect: { violations: [{ messageId: "noKey", data: { kind: "DB instance", name: "orders-db" }, propertyPath: "kmsKeyId" }] },
    },
    { name: "encrypted cluster without a key", resources: cluster({}), expect: { violations: [{ messageId: "noKey", data: { kind: "DB cluster", name: "orders" }, propertyPath: "kmsKeyId" }] } },
    { name: "unencrypted instance without a key", resources: instance({ storageEncrypted: false }), expect: { violations: [{ messageId: "noKey", propertyPath: "kmsKeyId" }] } },
    {
        name: "the aws/rds alias",
        resources: instance({ kmsKeyId: "alias/aws/rds" }),
        expect: { violations: [{ messageId: "awsManagedKey", data: { kind: "DB instance", name: "orders-db" }, propertyPath: "kmsKeyId" }] },
    },
    { name: "the aws/rds alias ARN on a cluster", resources: cluster({ kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:alias/aws/rds" }), expect: { violations: [{ messageId: "awsManagedKey" }] } },
    { name: "instance with a customer managed key", resources: instance({ kmsKeyId: KEY }), expect: "pass" },
    { name: "cluster with a customer alias", resources: cluster({ kmsKeyId: "alias/orders-db" }), expect: "pass" },
    { name: "same-Region replica inherits its source's key", resources: instance({ replicateSourceDb: "orders-db-primary", storageEncrypted: undefined }), expect: "pass" },
    {
        name: "replica cluster inherits its source's key",
        resources: cluster({ replicationSourceIdentifier: "arn:aws:rds:eu-west-1:111122223333:cluster:orders-primary" }),
        expect: "pass",
    },
    { name: "replica on the aws/rds alias", resources: instance({ replicateSourceDb: "orders-db-primary", kmsKeyId: "alias/aws/rds" }), expect: { violations: [{ messageId: "awsManagedKey" }] } },
    { name: "key unknown during preview", resources: instance({ kmsKeyId: unknown() }), expect: "skipped" },
    { name: "replica source unknown during preview", resources: instance({ replicateSourceDb: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
