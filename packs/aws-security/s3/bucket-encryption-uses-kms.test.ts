import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./bucket-encryption-uses-kms";
import defaultEncryption from "./bucket-default-encryption";

const SSE = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
const SSE_V2 = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2";
const config = (rules: MockProps<typeof SSE>["rules"], type: typeof SSE | typeof SSE_V2 = SSE) => mockResource(type, { bucket: "data", rules }, { name: "data-sse" });
const byDefault = (sseAlgorithm: string) => ({ applyServerSideEncryptionByDefault: { sseAlgorithm } });

export const cases: RuleCase[] = [
    {
        name: "AES256 default",
        resources: config([byDefault("AES256")]),
        expect: { violations: [{ propertyPath: "rules[0].applyServerSideEncryptionByDefault.sseAlgorithm", messageIncludes: '"AES256"' }] },
    },
    {
        name: "AES256 through the V2 alias",
        resources: config([byDefault("AES256")], SSE_V2),
        expect: { violations: ["rules[0].applyServerSideEncryptionByDefault.sseAlgorithm"] },
    },
    { name: "SSE-KMS", resources: config([{ ...byDefault("aws:kms"), bucketKeyEnabled: true }]), expect: "pass" },
    { name: "DSSE-KMS", resources: config([byDefault("aws:kms:dsse")]), expect: "pass" },
    { name: "no default algorithm: no non-KMS algorithm to report here", resources: config([{ bucketKeyEnabled: true }]), expect: "pass" },
    {
        name: "bucket inline configuration with AES256",
        resources: mockResource.untyped("aws:s3/bucket:Bucket", { serverSideEncryptionConfiguration: { rule: byDefault("AES256") } }, { name: "data" }),
        expect: { violations: [{ propertyPath: "serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault.sseAlgorithm", messageIncludes: "Bucket `data`" }] },
    },
    {
        name: "BucketV2 inline configuration with AES256",
        resources: mockResource("aws:s3/bucketV2:BucketV2", {
            serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefaults: [{ sseAlgorithm: "AES256" }] }] }],
        }),
        expect: { violations: ["serverSideEncryptionConfigurations[0].rules[0].applyServerSideEncryptionByDefaults[0].sseAlgorithm"] },
    },
    { name: "bucket without inline configuration", resources: mockResource("aws:s3/bucket:Bucket", {}), expect: "pass" },
    {
        name: "free-form algorithm text is not echoed",
        resources: config([byDefault("something made up by hand, with spaces")]),
        expect: { violations: [{ messageIncludes: "a non-KMS algorithm" }] },
    },
    { name: "algorithm unknown during preview", resources: config([byDefault(unknown())]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));

test("a configuration without a default algorithm is reported by s3-bucket-default-encryption", async () => {
    const bucket = mockResource("aws:s3/bucket:Bucket", { bucket: "data" }, { name: "data" });
    const noAlgorithm = config([{ bucketKeyEnabled: true }]);
    await checkCase(rule, { name: "this rule", resources: noAlgorithm, expect: "pass" });
    await checkCase(defaultEncryption, {
        name: "the other rule",
        resources: [bucket, noAlgorithm],
        expect: { violations: [{ urn: noAlgorithm.urn, propertyPath: "rules", messageIncludes: "sets no default encryption algorithm" }] },
    });
});
