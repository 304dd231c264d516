import { checkCase, mockResource, secret, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./secret-customer-managed-key";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const US_KEY = "arn:aws:kms:us-east-1:111122223333:key/5678abcd-12ab-34cd-56ef-1234567890ab";
const dbSecret = (props: MockProps<"aws:secretsmanager/secret:Secret">) =>
    mockResource("aws:secretsmanager/secret:Secret", { name: "orders/db-credentials", ...props }, { name: "db-credentials" });

export const cases: RuleCase[] = [
    { name: "no key (aws/secretsmanager)", resources: dbSecret({}), expect: { violations: [{ messageId: "noKey", data: { name: "db-credentials" }, propertyPath: "kmsKeyId" }] } },
    { name: "empty key", resources: dbSecret({ kmsKeyId: "" }), expect: { violations: [{ messageId: "noKey", propertyPath: "kmsKeyId" }] } },
    {
        name: "the AWS managed alias",
        resources: dbSecret({ kmsKeyId: "alias/aws/secretsmanager" }),
        expect: { violations: [{ messageId: "awsManagedKey", data: { name: "db-credentials" }, propertyPath: "kmsKeyId" }] },
    },
    { name: "customer managed key", resources: dbSecret({ kmsKeyId: KEY }), expect: "pass" },
    { name: "customer managed key by ID", resources: dbSecret({ kmsKeyId: "1234abcd-12ab-34cd-56ef-1234567890ab" }), expect: "pass" },
    { name: "replica with its own key", resources: dbSecret({ kmsKeyId: KEY, replicas: [{ region: "us-east-1", kmsKeyId: US_KEY }] }), expect: "pass" },
    {
        name: "replica without a key",
        resources: dbSecret({ kmsKeyId: KEY, replicas: [{ region: "us-east-1", kmsKeyId: US_KEY }, { region: "eu-central-1" }] }),
        expect: { violations: [{ messageId: "replicaNoKey", data: { name: "db-credentials", path: "replicas[1]" }, propertyPath: "replicas[1].kmsKeyId" }] },
    },
    {
        name: "replica on the AWS managed alias",
        resources: dbSecret({ kmsKeyId: KEY, replicas: [{ region: "us-east-1", kmsKeyId: "alias/aws/secretsmanager" }] }),
        expect: { violations: [{ messageId: "replicaAwsManagedKey", propertyPath: "replicas[0].kmsKeyId" }] },
    },
    { name: "key unknown during preview", resources: dbSecret({ kmsKeyId: unknown() }), expect: "skipped" },
    {
        name: "a secret key reference is read, never printed",
        resources: dbSecret({ kmsKeyId: secret("alias/aws/secretsmanager") }),
        expect: { violations: [{ propertyPath: "kmsKeyId" }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
