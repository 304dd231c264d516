import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./bucket-uniform-access";
import type {} from "../../../src/types/gcp/storage";

const bucket = (props: MockProps<"gcp:storage/bucket:Bucket">) => mockResource("gcp:storage/bucket:Bucket", { location: "EU", ...props }, { name: "reports" });

export const cases: RuleCase[] = [
    { name: "not set: fine-grained access", resources: bucket({}), expect: { violations: [{ propertyPath: "uniformBucketLevelAccess", messageIncludes: "defaults to false" }] } },
    { name: "switched off", resources: bucket({ uniformBucketLevelAccess: false }), expect: { violations: [{ propertyPath: "uniformBucketLevelAccess", messageIncludes: "set to false" }] } },
    { name: "switched on", resources: bucket({ uniformBucketLevelAccess: true }), expect: "pass" },
    { name: "unknown during preview", resources: bucket({ uniformBucketLevelAccess: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
