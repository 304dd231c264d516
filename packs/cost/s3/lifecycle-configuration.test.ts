import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./lifecycle-configuration";

const RULES = [{ id: "expire", status: "Enabled", expiration: { days: 90 } }];
const bucket = (name: string, props: MockProps<"aws:s3/bucket:Bucket"> = { bucket: name }) => mockResource("aws:s3/bucket:Bucket", props, { name });
const lifecycle = (name: string, props: MockProps<"aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration">, dependsOn?: string) =>
    mockResource("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", props, {
        name,
        propertyDependencies: dependsOn ? { bucket: [dependsOn] } : undefined,
    });

const logs = bucket("logs");
const assets = bucket("assets");

export const cases: RuleCase[] = [
    { name: "bucket without lifecycle configuration", resources: [logs], expect: { violations: [{ urn: logs.urn, messageIncludes: "no lifecycle configuration" }] } },
    { name: "bucket with a lifecycle configuration joined by name", resources: [logs, lifecycle("logs-lc", { bucket: "logs", rules: RULES })], expect: "pass" },
    {
        name: "joined through the property dependency while the bucket id is unknown (preview)",
        resources: [bucket("logs", {}), lifecycle("logs-lc", { bucket: unknown(), rules: RULES }, logs.urn)],
        expect: "pass",
    },
    {
        name: "a configuration whose bucket cannot be told (unknown, no dependency): not judged",
        resources: [logs, lifecycle("mystery", { bucket: unknown(), rules: RULES })],
        expect: "skipped",
    },
    {
        name: "one bucket covered, one not",
        resources: [logs, assets, lifecycle("logs-lc", { bucket: "logs", rules: RULES })],
        expect: { violations: [{ urn: assets.urn }] },
    },
    {
        name: "a configuration with only disabled rules is reported on the configuration",
        resources: [logs, lifecycle("logs-lc", { bucket: "logs", rules: [{ id: "x", status: "Disabled" }] })],
        expect: { violations: [{ propertyPath: "rules", messageIncludes: "no enabled rule" }] },
    },
    {
        name: "the v2 token of the configuration counts too",
        resources: [logs, mockResource("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", { bucket: "logs", rules: RULES })],
        expect: "pass",
    },
    { name: "inline lifecycle rules count", resources: [bucket("logs", { bucket: "logs", lifecycleRules: [{ enabled: true, expiration: { days: 30 } }] })], expect: "pass" },
    { name: "inline lifecycle rules unknown during preview", resources: [bucket("logs", { bucket: "logs", lifecycleRules: unknown("array") })], expect: "skipped" },
    { name: "no buckets", resources: [mockResource("aws:sqs/queue:Queue", {})], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
