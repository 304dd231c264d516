import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./bucket-replication-enabled";

const REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
const ROLE = "arn:aws:iam::111122223333:role/s3-replication";
const DESTINATION = { bucket: "arn:aws:s3:::data-replica", storageClass: "STANDARD_IA" };

const bucket = (name: string, props: MockProps<"aws:s3/bucket:Bucket"> = { bucket: name }) => mockResource("aws:s3/bucket:Bucket", props, { name });
const replication = (name: string, props: MockProps<typeof REPLICATION>, dependsOn?: string) =>
    mockResource(REPLICATION, props, { name, propertyDependencies: dependsOn ? { bucket: [dependsOn] } : undefined });
const rules = (...statuses: unknown[]) => statuses.map((status, i) => ({ id: `r${i}`, status: status as string, filter: {}, destination: DESTINATION }));

const data = bucket("data");

export const cases: RuleCase[] = [
    { name: "bucket without replication", resources: [data], expect: { violations: [{ urn: data.urn, messageId: "missing", data: { name: "data" } }] } },
    { name: "replication with an enabled rule, joined by name", resources: [data, replication("data-repl", { bucket: "data", role: ROLE, rules: rules("Enabled") })], expect: "pass" },
    { name: "one enabled rule among disabled ones is enough", resources: [data, replication("data-repl", { bucket: "data", role: ROLE, rules: rules("Disabled", "Enabled") })], expect: "pass" },
    {
        name: "every rule disabled: reported on the replication configuration",
        resources: [data, replication("data-repl", { bucket: "data", role: ROLE, rules: rules("Disabled") })],
        expect: { violations: [{ messageId: "noEnabledRule", data: { name: "data-repl", index: 0, status: '"Disabled"' }, propertyPath: "rules[0].status" }] },
    },
    {
        name: "status is case-sensitive (\"enabled\" is not a valid status)",
        resources: [data, replication("data-repl", { bucket: "data", role: ROLE, rules: rules("enabled") })],
        expect: { violations: [{ messageId: "noEnabledRule", propertyPath: "rules[0].status" }] },
    },
    {
        name: "no rules at all",
        resources: [data, replication("data-repl", { bucket: "data", role: ROLE, rules: [] })],
        expect: { violations: [{ messageId: "noRules", data: { name: "data-repl" }, propertyPath: "rules" }] },
    },
    {
        name: "joined through the property dependency while the bucket name is unknown (preview)",
        resources: [bucket("data", {}), replication("data-repl", { bucket: unknown(), role: ROLE, rules: rules("Enabled") }, data.urn)],
        expect: "pass",
    },
    {
        name: "a replication configuration whose bucket cannot be told (unknown, no dependency): not judged",
        resources: [data, replication("x-repl", { bucket: unknown(), role: ROLE, rules: rules("Enabled") })],
        expect: "skipped",
    },
    {
        name: "a replication configuration for a bucket outside the stack does not count",
        resources: [data, replication("x-repl", { bucket: "elsewhere", role: ROLE, rules: rules("Enabled") })],
        expect: { violations: [{ urn: data.urn, messageId: "missing" }] },
    },
    {
        name: "the replica bucket in the same stack, named by ARN in the destination, is the copy: not judged",
        resources: [data, bucket("data-replica"), replication("data-repl", { bucket: "data", role: ROLE, rules: rules("Enabled") })],
        expect: "pass",
    },
    {
        name: "the replica told by the rules' property dependency while its ARN is unknown (preview)",
        resources: [
            data,
            bucket("replica", {}),
            mockResource(REPLICATION, { bucket: "data", role: ROLE, rules: [{ id: "r0", status: "Enabled", filter: {}, destination: { bucket: unknown() } }] }, {
                name: "data-repl",
                propertyDependencies: { bucket: [data.urn], rules: [bucket("replica", {}).urn] },
            }),
        ],
        expect: "pass",
    },
    {
        name: "another bucket that no rule copies into is still reported",
        resources: [data, bucket("logs"), replication("data-repl", { bucket: "data", role: ROLE, rules: rules("Enabled") })],
        expect: { violations: [{ urn: bucket("logs").urn, messageId: "missing", data: { name: "logs" } }] },
    },
    { name: "rule status unknown during preview: not judged", resources: [data, replication("data-repl", { bucket: "data", role: ROLE, rules: rules(unknown()) })], expect: "skipped" },
    {
        name: "legacy inline replication with an enabled rule",
        resources: [bucket("data", { bucket: "data", replicationConfiguration: { role: ROLE, rules: [{ status: "Enabled", destination: DESTINATION }] } })],
        expect: "pass",
    },
    {
        name: "legacy inline replication with every rule disabled",
        resources: [bucket("data", { bucket: "data", replicationConfiguration: { role: ROLE, rules: [{ status: "Disabled", destination: DESTINATION }] } })],
        expect: { violations: [{ urn: data.urn, messageId: "inlineNoEnabledRule", propertyPath: "replicationConfiguration.rules" }] },
    },
    {
        name: "BucketV2 inline replicationConfigurations",
        resources: [mockResource("aws:s3/bucketV2:BucketV2", { bucket: "v2", replicationConfigurations: [{ role: ROLE, rules: [{ status: "Enabled", destinations: [DESTINATION] }] }] })],
        expect: "pass",
    },
    {
        name: "a satellite overrides the inline block",
        resources: [
            bucket("data", { bucket: "data", replicationConfiguration: { role: ROLE, rules: [{ status: "Disabled", destination: DESTINATION }] } }),
            replication("data-repl", { bucket: "data", role: ROLE, rules: rules("Enabled") }),
        ],
        expect: "pass",
    },
    { name: "no buckets, nothing to check", resources: [mockResource("aws:kms/key:Key", {})], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
