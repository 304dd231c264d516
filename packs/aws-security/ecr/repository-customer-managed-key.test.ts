import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./repository-customer-managed-key";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const repository = (encryptionConfigurations?: MockProps<"aws:ecr/repository:Repository">["encryptionConfigurations"]) =>
    mockResource("aws:ecr/repository:Repository", { name: "orders/api", encryptionConfigurations }, { name: "api" });

export const cases: RuleCase[] = [
    {
        name: "default encryption (AES256)",
        resources: repository(undefined),
        expect: { violations: [{ messageId: "defaultEncryption", data: { name: "api" }, propertyPath: "encryptionConfigurations" }] },
    },
    { name: "empty list", resources: repository([]), expect: { violations: [{ messageId: "defaultEncryption" }] } },
    {
        name: "AES256 explicitly",
        resources: repository([{ encryptionType: "AES256" }]),
        expect: { violations: [{ messageId: "notKms", data: { name: "api", path: "encryptionConfigurations[0]" }, propertyPath: "encryptionConfigurations[0].encryptionType" }] },
    },
    { name: "block without a type (AES256)", resources: repository([{}]), expect: { violations: [{ messageId: "notKms", propertyPath: "encryptionConfigurations[0].encryptionType" }] } },
    {
        name: "KMS with the AWS managed key",
        resources: repository([{ encryptionType: "KMS" }]),
        expect: { violations: [{ messageId: "noKey", data: { name: "api", path: "encryptionConfigurations[0]" }, propertyPath: "encryptionConfigurations[0].kmsKey" }] },
    },
    { name: "KMS with an empty key", resources: repository([{ encryptionType: "KMS", kmsKey: "" }]), expect: { violations: [{ messageId: "noKey" }] } },
    {
        name: "KMS with the aws/ecr alias",
        resources: repository([{ encryptionType: "KMS", kmsKey: "arn:aws:kms:eu-west-1:111122223333:alias/aws/ecr" }]),
        expect: { violations: [{ messageId: "awsManagedKey", propertyPath: "encryptionConfigurations[0].kmsKey" }] },
    },
    { name: "KMS with a customer managed key", resources: repository([{ encryptionType: "KMS", kmsKey: KEY }]), expect: "pass" },
    { name: "dual-layer KMS with a customer managed key", resources: repository([{ encryptionType: "KMS_DSSE", kmsKey: KEY }]), expect: "pass" },
    { name: "key unknown during preview", resources: repository([{ encryptionType: "KMS", kmsKey: unknown() }]), expect: "skipped" },
    { name: "type unknown during preview", resources: repository([{ encryptionType: unknown(), kmsKey: KEY }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
