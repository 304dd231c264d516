import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./bucket-object-ownership-enforced";

const bucket = (name: string, props: MockProps<"aws:s3/bucket:Bucket"> = { bucket: name }) => mockResource("aws:s3/bucket:Bucket", props, { name });
const controls = (name: string, props: object, dependsOn?: string) =>
    mockResource("aws:s3/bucketOwnershipControls:BucketOwnershipControls", props, {
        name,
        propertyDependencies: dependsOn ? { bucket: [dependsOn] } : undefined,
    });
const owner = (objectOwnership: unknown) => ({ rule: { objectOwnership } });

const data = bucket("data");

export const cases: RuleCase[] = [
    { name: "bucket without ownership controls", resources: [data], expect: { violations: [{ urn: data.urn, messageIncludes: "no ownership controls" }] } },
    { name: "BucketOwnerEnforced, joined by name", resources: [data, controls("data-own", { bucket: "data", ...owner("BucketOwnerEnforced") })], expect: "pass" },
    {
        name: "ObjectWriter is reported on the controls",
        resources: [data, controls("data-own", { bucket: "data", ...owner("ObjectWriter") })],
        expect: { violations: [{ propertyPath: "rule.objectOwnership", messageIncludes: '"ObjectWriter"' }] },
    },
    {
        name: "BucketOwnerPreferred keeps ACLs on",
        resources: [data, controls("data-own", { bucket: "data", ...owner("BucketOwnerPreferred") })],
        expect: { violations: ["rule.objectOwnership"] },
    },
    {
        name: "joined through the property dependency while the bucket name is unknown (preview)",
        resources: [bucket("data", {}), controls("data-own", { bucket: unknown(), ...owner("BucketOwnerEnforced") }, data.urn)],
        expect: "pass",
    },
    { name: "controls whose bucket cannot be told (unknown, no dependency): not judged", resources: [data, controls("x-own", { bucket: unknown(), ...owner("BucketOwnerEnforced") })], expect: "skipped" },
    { name: "BucketV2 is checked too", resources: [mockResource("aws:s3/bucketV2:BucketV2", { bucket: "v2" }, { name: "v2" })], expect: { violations: [{ messageIncludes: "`v2`" }] } },
    { name: "ownership unknown during preview", resources: [data, controls("data-own", { bucket: "data", ...owner(unknown()) })], expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
