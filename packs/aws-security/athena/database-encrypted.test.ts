import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./database-encrypted";

const database = (props: MockProps<"aws:athena/database:Database">) => mockResource("aws:athena/database:Database", { name: "events", bucket: "results", ...props }, { name: "events" });

export const cases: RuleCase[] = [
    { name: "no encryption configuration", resources: database({}), expect: { violations: [{ messageId: "unset", data: { name: "events" }, propertyPath: "encryptionConfiguration" }] } },
    { name: "an unknown option", resources: database({ encryptionConfiguration: { encryptionOption: "sse_s3" } }), expect: { violations: [{ messageId: "invalid", propertyPath: "encryptionConfiguration.encryptionOption" }] } },
    { name: "SSE_S3", resources: database({ encryptionConfiguration: { encryptionOption: "SSE_S3" } }), expect: "pass" },
    { name: "SSE_KMS", resources: database({ encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKey: "arn:aws:kms:eu-west-1:111122223333:key/1" } }), expect: "pass" },
    { name: "option unknown during preview", resources: database({ encryptionConfiguration: { encryptionOption: unknown() } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
