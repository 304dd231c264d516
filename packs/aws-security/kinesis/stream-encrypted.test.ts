import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./stream-encrypted";

const stream = (props: MockProps<"aws:kinesis/stream:Stream">) => mockResource("aws:kinesis/stream:Stream", { name: "events", shardCount: 1, ...props }, { name: "events" });

export const cases: RuleCase[] = [
    { name: "left at the default (NONE)", resources: stream({}), expect: { violations: [{ messageId: "unset", data: { name: "events" }, propertyPath: "encryptionType" }] } },
    { name: "explicitly NONE", resources: stream({ encryptionType: "NONE" }), expect: { violations: [{ messageId: "none", data: { name: "events" } }] } },
    { name: "a KMS key without the encryption type does not encrypt", resources: stream({ kmsKeyId: "alias/aws/kinesis" }), expect: { violations: [{ messageId: "unset" }] } },
    { name: "KMS with the AWS managed key", resources: stream({ encryptionType: "KMS", kmsKeyId: "alias/aws/kinesis" }), expect: "pass" },
    { name: "KMS with a customer managed key", resources: stream({ encryptionType: "KMS", kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1" }), expect: "pass" },
    { name: "encryption type unknown during preview", resources: stream({ encryptionType: unknown() }), expect: "skipped" },
    { name: "remediation turns on KMS with the AWS managed key", resources: stream({}), expect: { remediated: { encryptionType: "KMS", kmsKeyId: "alias/aws/kinesis" } } },
    { name: "remediation keeps a chosen key", resources: stream({ encryptionType: "NONE", kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1" }), expect: { remediated: { encryptionType: "KMS", kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1" } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
