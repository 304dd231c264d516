import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./bucket-mfa-delete-enabled";

const VERSIONING = "aws:s3/bucketVersioning:BucketVersioning";
const VERSIONING_V2 = "aws:s3/bucketVersioningV2:BucketVersioningV2";

const bucket = (name: string, props: MockProps<"aws:s3/bucket:Bucket"> = { bucket: name }) => mockResource("aws:s3/bucket:Bucket", props, { name });
const versioning = (name: string, props: MockProps<typeof VERSIONING>, dependsOn?: string, type: typeof VERSIONING | typeof VERSIONING_V2 = VERSIONING) =>
    mockResource(type, props, { name, propertyDependencies: dependsOn ? { bucket: [dependsOn] } : undefined });
const config = (mfaDelete?: string) => ({ versioningConfiguration: { status: "Enabled", ...(mfaDelete === undefined ? {} : { mfaDelete }) } });

const audit = bucket("audit");

export const cases: RuleCase[] = [
    { name: "MFA delete enabled", resources: [audit, versioning("audit-v", { bucket: "audit", ...config("Enabled") })], expect: "pass" },
    { name: "the V2 alias counts", resources: [audit, versioning("audit-v", { bucket: "audit", ...config("Enabled") }, undefined, VERSIONING_V2)], expect: "pass" },
    {
        name: "MFA delete disabled",
        resources: [audit, versioning("audit-v", { bucket: "audit", ...config("Disabled") })],
        expect: { violations: [{ messageId: "satelliteOff", data: { name: "audit-v", state: 'sets mfaDelete to "Disabled"' }, propertyPath: "versioningConfiguration.mfaDelete" }] },
    },
    {
        name: "MFA delete left out (off by default)",
        resources: [audit, versioning("audit-v", { bucket: "audit", ...config() })],
        expect: { violations: [{ messageId: "satelliteOff", data: { name: "audit-v", state: "does not set mfaDelete (off by default)" }, propertyPath: "versioningConfiguration.mfaDelete" }] },
    },
    { name: "a bucket without versioning has no MFA delete", resources: [audit], expect: { violations: [{ urn: audit.urn, messageId: "missing", data: { name: "audit" } }] } },
    {
        name: "joined through the property dependency while the bucket name is unknown (preview)",
        resources: [bucket("audit", {}), versioning("audit-v", { bucket: unknown(), ...config("Enabled") }, audit.urn)],
        expect: "pass",
    },
    { name: "a versioning resource whose bucket cannot be told: not judged", resources: [audit, versioning("x-v", { bucket: unknown(), ...config("Enabled") })], expect: "skipped" },
    { name: "mfaDelete unknown during preview", resources: [audit, versioning("audit-v", { bucket: "audit", versioningConfiguration: { status: "Enabled", mfaDelete: unknown() } })], expect: "skipped" },
    { name: "legacy inline versioning with MFA delete", resources: [bucket("audit", { bucket: "audit", versioning: { enabled: true, mfaDelete: true } })], expect: "pass" },
    {
        name: "legacy inline versioning without MFA delete",
        resources: [bucket("audit", { bucket: "audit", versioning: { enabled: true } })],
        expect: { violations: [{ urn: audit.urn, messageId: "inlineOff", propertyPath: "versioning.mfaDelete" }] },
    },
    { name: "BucketV2 inline versionings with MFA delete", resources: [mockResource("aws:s3/bucketV2:BucketV2", { bucket: "v2", versionings: [{ enabled: true, mfaDelete: true }] })], expect: "pass" },
    { name: "no buckets, nothing to check", resources: [mockResource("aws:kms/key:Key", {})], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
