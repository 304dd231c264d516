import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./bucket-versioning-enabled";

const VERSIONING = "aws:s3/bucketVersioning:BucketVersioning";
const VERSIONING_V2 = "aws:s3/bucketVersioningV2:BucketVersioningV2";

const bucket = (name: string, props: MockProps<"aws:s3/bucket:Bucket"> = { bucket: name }) => mockResource("aws:s3/bucket:Bucket", props, { name });
const versioning = (name: string, props: MockProps<typeof VERSIONING>, dependsOn?: string, type: typeof VERSIONING | typeof VERSIONING_V2 = VERSIONING) =>
    mockResource(type, props, { name, propertyDependencies: dependsOn ? { bucket: [dependsOn] } : undefined });
const status = (s: string) => ({ versioningConfiguration: { status: s } });

const data = bucket("data");

export const cases: RuleCase[] = [
    { name: "bucket without versioning", resources: [data], expect: { violations: [{ urn: data.urn, messageIncludes: "no versioning" }] } },
    { name: "versioning enabled, joined by name", resources: [data, versioning("data-v", { bucket: "data", ...status("Enabled") })], expect: "pass" },
    { name: "the V2 alias counts", resources: [data, versioning("data-v", { bucket: "data", ...status("Enabled") }, undefined, VERSIONING_V2)], expect: "pass" },
    {
        name: "suspended versioning is reported on the versioning resource",
        resources: [data, versioning("data-v", { bucket: "data", ...status("Suspended") })],
        expect: { violations: [{ propertyPath: "versioningConfiguration.status", messageIncludes: '"Suspended"' }] },
    },
    {
        name: "joined through the property dependency while the bucket name is unknown (preview)",
        resources: [bucket("data", {}), versioning("data-v", { bucket: unknown(), ...status("Enabled") }, data.urn)],
        expect: "pass",
    },
    { name: "a versioning resource whose bucket cannot be told (unknown, no dependency): not judged", resources: [data, versioning("x-v", { bucket: unknown(), ...status("Enabled") })], expect: "skipped" },
    { name: "a versioning resource for a bucket outside the stack does not count", resources: [data, versioning("x-v", { bucket: "elsewhere", ...status("Enabled") })], expect: { violations: [{ urn: data.urn }] } },
    { name: "inline versioning enabled", resources: [bucket("data", { bucket: "data", versioning: { enabled: true } })], expect: "pass" },
    {
        name: "inline versioning disabled",
        resources: [bucket("data", { bucket: "data", versioning: { enabled: false } })],
        expect: { violations: [{ urn: data.urn, propertyPath: "versioning.enabled" }] },
    },
    {
        name: "a satellite overrides the inline block",
        resources: [bucket("data", { bucket: "data", versioning: { enabled: false } }), versioning("data-v", { bucket: "data", ...status("Enabled") })],
        expect: "pass",
    },
    { name: "BucketV2 inline versionings", resources: [mockResource("aws:s3/bucketV2:BucketV2", { bucket: "v2", versionings: [{ enabled: true }] })], expect: "pass" },
    { name: "status unknown during preview", resources: [data, versioning("data-v", { bucket: "data", ...status(unknown()) })], expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
