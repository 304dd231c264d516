import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./bucket-access-logging";

const LOGGING = "aws:s3/bucketLogging:BucketLogging";
const LOGGING_V2 = "aws:s3/bucketLoggingV2:BucketLoggingV2";

const bucket = (name: string, props: MockProps<"aws:s3/bucket:Bucket"> = { bucket: name }) => mockResource("aws:s3/bucket:Bucket", props, { name });
const logging = (name: string, props: MockProps<typeof LOGGING>, deps?: Record<string, string[]>, type: typeof LOGGING | typeof LOGGING_V2 = LOGGING) =>
    mockResource(type, { targetPrefix: "x/", ...props }, { name, propertyDependencies: deps });

const data = bucket("data");
const logs = bucket("logs");

export const cases: RuleCase[] = [
    { name: "bucket without access logging", resources: [data], expect: { violations: [{ urn: data.urn, messageIncludes: "no server access logging" }] } },
    {
        name: "logging joined by name; the target bucket is exempt",
        resources: [data, logs, logging("data-log", { bucket: "data", targetBucket: "logs" })],
        expect: "pass",
    },
    { name: "the V2 alias counts", resources: [data, logs, logging("data-log", { bucket: "data", targetBucket: "logs" }, undefined, LOGGING_V2)], expect: "pass" },
    {
        name: "joined through property dependencies while names are unknown (preview)",
        resources: [
            bucket("data", {}),
            bucket("logs", {}),
            logging("data-log", { bucket: unknown(), targetBucket: unknown() }, { bucket: [data.urn], targetBucket: [logs.urn] }),
        ],
        expect: "pass",
    },
    {
        name: "a second bucket without logging is reported",
        resources: [data, logs, bucket("media"), logging("data-log", { bucket: "data", targetBucket: "logs" })],
        expect: { violations: [{ messageIncludes: "Bucket `media`" }] },
    },
    {
        name: "a logging resource whose bucket cannot be told (unknown, no dependency): not judged",
        resources: [data, logs, logging("x-log", { bucket: unknown(), targetBucket: "logs" })],
        expect: "skipped",
    },
    {
        name: "a target that cannot be told (unknown, no dependency): not judged",
        resources: [data, logs, bucket("media"), logging("data-log", { bucket: "data", targetBucket: unknown() })],
        expect: "skipped",
    },
    {
        name: "inline logging block, and its target is exempt",
        resources: [bucket("data", { bucket: "data", logging: { targetBucket: "logs" } }), logs],
        expect: "pass",
    },
    {
        name: "inline target unknown but known through the property dependency (preview)",
        resources: [
            mockResource("aws:s3/bucket:Bucket", { bucket: "data", logging: { targetBucket: unknown() } }, { name: "data", propertyDependencies: { logging: [logs.urn] } }),
            bucket("logs", {}),
        ],
        expect: "pass",
    },
    {
        name: "BucketV2 inline loggings",
        resources: [mockResource("aws:s3/bucketV2:BucketV2", { bucket: "v2", loggings: [{ targetBucket: "logs" }] }), logs],
        expect: "pass",
    },
    { name: "inline logging unknown during preview", resources: [bucket("data", { bucket: "data", logging: unknown("object") })], expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
