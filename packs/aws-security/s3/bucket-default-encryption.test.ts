import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./bucket-default-encryption";

const SSE = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
const SSE_V2 = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
const KMS_RULES = [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "arn:aws:kms:eu-west-1:111122223333:key/k" } }];

const bucket = (name: string, props: MockProps<"aws:s3/bucket:Bucket"> = { bucket: name }) => mockResource("aws:s3/bucket:Bucket", props, { name });
const config = (name: string, props: MockProps<typeof SSE>, dependsOn?: string, type: typeof SSE | typeof SSE_V2 = SSE) =>
    mockResource(type, props, { name, propertyDependencies: dependsOn ? { bucket: [dependsOn] } : undefined });

const data = bucket("data");
const logs = bucket("logs");

export const cases: RuleCase[] = [
    { name: "bucket without encryption configuration", resources: [data], expect: { violations: [{ urn: data.urn, messageIncludes: "no default encryption" }] } },
    { name: "configuration joined by name", resources: [data, config("data-sse", { bucket: "data", rules: KMS_RULES })], expect: "pass" },
    {
        name: "the V2 alias counts",
        resources: [data, config("data-sse", { bucket: "data", rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] }, undefined, SSE_V2)],
        expect: "pass",
    },
    {
        name: "joined through the property dependency while the bucket name is unknown (preview)",
        resources: [bucket("data", {}), config("data-sse", { bucket: unknown(), rules: KMS_RULES }, data.urn)],
        expect: "pass",
    },
    {
        name: "a configuration with only bucketKeyEnabled is reported on the configuration",
        resources: [data, config("data-sse", { bucket: "data", rules: [{ bucketKeyEnabled: true }] })],
        expect: { violations: [{ propertyPath: "rules", messageIncludes: "`data-sse`" }] },
    },
    { name: "one bucket covered, one not", resources: [data, logs, config("data-sse", { bucket: "data", rules: KMS_RULES })], expect: { violations: [{ urn: logs.urn }] } },
    { name: "a configuration whose bucket cannot be told (unknown, no dependency): not judged", resources: [data, config("x-sse", { bucket: unknown(), rules: KMS_RULES })], expect: "skipped" },
    {
        name: "inline configuration on the bucket",
        resources: [bucket("data", { bucket: "data", serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } } })],
        expect: "pass",
    },
    {
        name: "inline configuration on a BucketV2",
        resources: [
            mockResource("aws:s3/bucketV2:BucketV2", {
                bucket: "v2",
                serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefaults: [{ sseAlgorithm: "aws:kms" }] }] }],
            }),
        ],
        expect: "pass",
    },
    {
        name: "BucketV2 without configuration",
        resources: [mockResource("aws:s3/bucketV2:BucketV2", { bucket: "v2" }, { name: "v2" })],
        expect: { violations: [{ messageIncludes: "Bucket `v2`" }] },
    },
    { name: "rules unknown during preview", resources: [data, config("data-sse", { bucket: "data", rules: unknown("array") })], expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
