import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./bucket-key-enabled";

const SSE = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
const SSE_V2 = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const config = (rules: MockProps<typeof SSE>["rules"], type: typeof SSE | typeof SSE_V2 = SSE) => mockResource(type, { bucket: "data", rules }, { name: "data-sse" });
const kms = (sseAlgorithm: string = "aws:kms") => ({ applyServerSideEncryptionByDefault: { sseAlgorithm, kmsMasterKeyId: KEY } });

export const cases: RuleCase[] = [
    {
        name: "SSE-KMS without bucketKeyEnabled",
        resources: config([kms()]),
        expect: {
            violations: [
                {
                    messageId: "bucketKeyOff",
                    data: { kind: "Encryption configuration", name: "data-sse", path: "rules[0].bucketKeyEnabled", value: "not set" },
                    propertyPath: "rules[0].bucketKeyEnabled",
                },
            ],
        },
    },
    {
        name: "SSE-KMS with bucketKeyEnabled false, through the V2 alias",
        resources: config([{ ...kms(), bucketKeyEnabled: false }], SSE_V2),
        expect: { violations: [{ messageId: "bucketKeyOff", data: { kind: "Encryption configuration", name: "data-sse", path: "rules[0].bucketKeyEnabled", value: "false" } }] },
    },
    { name: "SSE-KMS with a Bucket Key", resources: config([{ ...kms(), bucketKeyEnabled: true }]), expect: "pass" },
    { name: "DSSE-KMS does not support Bucket Keys: not judged", resources: config([kms("aws:kms:dsse")]), expect: "pass" },
    { name: "SSE-S3 (AES256) makes no KMS calls", resources: config([{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }]), expect: "pass" },
    { name: "a Bucket Key unknown during preview", resources: config([{ ...kms(), bucketKeyEnabled: unknown("boolean") }]), expect: "skipped" },
    { name: "the algorithm unknown during preview", resources: config([{ applyServerSideEncryptionByDefault: { sseAlgorithm: unknown() }, bucketKeyEnabled: false }]), expect: "skipped" },
    { name: "an unknown Bucket Key on an AES256 rule is not needed", resources: config([{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" }, bucketKeyEnabled: unknown("boolean") }]), expect: "pass" },
    {
        name: "legacy bucket inline SSE-KMS without a Bucket Key",
        resources: mockResource("aws:s3/bucket:Bucket", { serverSideEncryptionConfiguration: { rule: kms() } }, { name: "data" }),
        expect: { violations: [{ messageId: "bucketKeyOff", data: { kind: "Bucket", name: "data", path: "serverSideEncryptionConfiguration.rule.bucketKeyEnabled", value: "not set" } }] },
    },
    {
        name: "BucketV2 inline SSE-KMS without a Bucket Key",
        resources: mockResource("aws:s3/bucketV2:BucketV2", {
            serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefaults: [{ sseAlgorithm: "aws:kms" }] }] }],
        }),
        expect: { violations: ["serverSideEncryptionConfigurations[0].rules[0].bucketKeyEnabled"] },
    },
    { name: "a bucket without inline encryption", resources: mockResource("aws:s3/bucket:Bucket", {}), expect: "pass" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
