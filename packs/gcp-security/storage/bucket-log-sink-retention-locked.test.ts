import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./bucket-log-sink-retention-locked";
import type {} from "../../../src/types/gcp/storage";
import type {} from "../../../src/types/gcp/logging";

const bucket = (props: MockProps<"gcp:storage/bucket:Bucket"> = {}) => mockResource("gcp:storage/bucket:Bucket", { name: "acme-logs", location: "EU", ...props }, { name: "logs" });
const sink = (destination: string | ReturnType<typeof unknown>, dependsOn?: string) =>
    mockResource("gcp:logging/projectSink:ProjectSink", { destination }, { name: "export", propertyDependencies: dependsOn ? { destination: [dependsOn] } : undefined });
const LOCKED = { retentionPolicy: { retentionPeriod: "31536000", isLocked: true } };
const logs = bucket();

export const cases: RuleCase[] = [
    {
        name: "a sink into a bucket without retention",
        resources: [logs, sink("storage.googleapis.com/acme-logs")],
        expect: { violations: [{ messageId: "noRetention", data: { name: "logs", sink: "export" }, propertyPath: "retentionPolicy", urn: logs.urn }] },
    },
    {
        name: "a retention policy that is not locked",
        resources: [bucket({ retentionPolicy: { retentionPeriod: "2592000" } }), sink("storage.googleapis.com/acme-logs")],
        expect: { violations: [{ messageId: "notLocked", propertyPath: "retentionPolicy.isLocked" }] },
    },
    { name: "a locked retention policy", resources: [bucket(LOCKED), sink("storage.googleapis.com/acme-logs")], expect: "pass" },
    {
        name: "an organization sink counts too",
        resources: [logs, mockResource("gcp:logging/organizationSink:OrganizationSink", { orgId: "1", destination: "storage.googleapis.com/acme-logs" })],
        expect: { violations: [{ messageId: "noRetention" }] },
    },
    { name: "a bucket no sink writes to", resources: [logs, sink("bigquery.googleapis.com/projects/p/datasets/logs")], expect: "pass" },
    { name: "a sink into a bucket outside the stack", resources: [logs, sink("storage.googleapis.com/elsewhere")], expect: "pass" },
    {
        name: "joined through the property dependency while the destination is unknown (preview)",
        resources: [bucket({ name: unknown() }), sink(unknown(), logs.urn)],
        expect: { violations: [{ messageId: "noRetention", urn: logs.urn }] },
    },
    { name: "a destination that cannot be told is not judged", resources: [logs, sink(unknown())], expect: "skipped" },
    { name: "the retention policy unknown during preview", resources: [bucket({ retentionPolicy: unknown("object") }), sink("storage.googleapis.com/acme-logs")], expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
