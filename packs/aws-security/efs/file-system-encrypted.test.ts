import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./file-system-encrypted";

const fileSystem = (props: MockProps<"aws:efs/fileSystem:FileSystem">) =>
    mockResource("aws:efs/fileSystem:FileSystem", { creationToken: "shared", ...props }, { name: "shared" });

export const cases: RuleCase[] = [
    { name: "encrypted not set (EFS default: unencrypted)", resources: fileSystem({}), expect: { violations: [{ messageId: "unset", data: { name: "shared" }, propertyPath: "encrypted" }] } },
    { name: "encryption turned off", resources: fileSystem({ encrypted: false }), expect: { violations: [{ messageId: "disabled", data: { name: "shared" }, propertyPath: "encrypted" }] } },
    { name: "encrypted with the AWS managed key", resources: fileSystem({ encrypted: true }), expect: "pass" },
    { name: "encrypted with a customer managed key", resources: fileSystem({ encrypted: true, kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1" }), expect: "pass" },
    { name: "a KMS key alone does not encrypt", resources: fileSystem({ kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1" }), expect: { violations: [{ messageId: "unset" }] } },
    { name: "flag unknown during preview", resources: fileSystem({ encrypted: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
