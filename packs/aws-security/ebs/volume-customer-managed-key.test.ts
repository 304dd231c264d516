import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./volume-customer-managed-key";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const volume = (props: MockProps<"aws:ebs/volume:Volume">) =>
    mockResource("aws:ebs/volume:Volume", { availabilityZone: "eu-west-1a", size: 20, encrypted: true, ...props }, { name: "data" });

export const cases: RuleCase[] = [
    { name: "encrypted without a key", resources: volume({}), expect: { violations: [{ messageId: "noKey", data: { name: "data" }, propertyPath: "kmsKeyId" }] } },
    { name: "not encrypted, no key", resources: volume({ encrypted: false }), expect: { violations: [{ messageId: "noKey", propertyPath: "kmsKeyId" }] } },
    { name: "empty key", resources: volume({ kmsKeyId: "  " }), expect: { violations: [{ messageId: "noKey", propertyPath: "kmsKeyId" }] } },
    { name: "AWS managed alias by name", resources: volume({ kmsKeyId: "alias/aws/ebs" }), expect: { violations: [{ messageId: "awsManagedKey", data: { name: "data" }, propertyPath: "kmsKeyId" }] } },
    {
        name: "AWS managed alias by ARN",
        resources: volume({ kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs" }),
        expect: { violations: [{ messageId: "awsManagedKey", propertyPath: "kmsKeyId" }] },
    },
    {
        name: "AWS managed alias by GovCloud ARN",
        resources: volume({ kmsKeyId: "arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/aws/ebs" }),
        expect: { violations: [{ messageId: "awsManagedKey" }] },
    },
    { name: "customer managed key ARN", resources: volume({ kmsKeyId: KEY }), expect: "pass" },
    { name: "customer alias", resources: volume({ kmsKeyId: "alias/ebs-data" }), expect: "pass" },
    { name: "customer alias that merely starts with aws", resources: volume({ kmsKeyId: "alias/aws-backup-key" }), expect: "pass" },
    { name: "customer alias ARN", resources: volume({ kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:alias/ebs-data" }), expect: "pass" },
    { name: "key unknown during preview", resources: volume({ kmsKeyId: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
