import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./security-configuration-encrypted";

const TYPE = "aws:glue/securityConfiguration:SecurityConfiguration";
const config = (encryptionConfiguration: MockProps<typeof TYPE>["encryptionConfiguration"]) => mockResource(TYPE, { encryptionConfiguration }, { name: "etl" });

export const cases: RuleCase[] = [
    {
        name: "logs and bookmarks disabled",
        resources: config({ s3Encryption: { s3EncryptionMode: "SSE-S3" }, cloudwatchEncryption: { cloudwatchEncryptionMode: "DISABLED" }, jobBookmarksEncryption: {} }),
        expect: {
            violations: [
                { messageId: "partUnencrypted", data: { name: "etl", part: "CloudWatch logs", field: "cloudwatchEncryption.cloudwatchEncryptionMode", state: '"DISABLED"' } },
                { messageId: "partUnencrypted", data: { name: "etl", part: "job bookmarks", field: "jobBookmarksEncryption.jobBookmarksEncryptionMode", state: 'not set, and defaults to "DISABLED"' } },
            ],
        },
    },
    {
        name: "all encrypted",
        resources: config({ s3Encryption: { s3EncryptionMode: "SSE-KMS" }, cloudwatchEncryption: { cloudwatchEncryptionMode: "SSE-KMS" }, jobBookmarksEncryption: { jobBookmarksEncryptionMode: "CSE-KMS" } }),
        expect: "pass",
    },
    {
        name: "unknown during preview",
        resources: config({ s3Encryption: { s3EncryptionMode: unknown("string") }, cloudwatchEncryption: { cloudwatchEncryptionMode: "SSE-KMS" }, jobBookmarksEncryption: { jobBookmarksEncryptionMode: "CSE-KMS" } }),
        expect: "skipped",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
