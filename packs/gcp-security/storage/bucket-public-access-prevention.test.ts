import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./bucket-public-access-prevention";
import type {} from "../../../src/types/gcp/storage";

const bucket = (props: MockProps<"gcp:storage/bucket:Bucket">) => mockResource("gcp:storage/bucket:Bucket", { location: "US", ...props }, { name: "exports" });

export const cases: RuleCase[] = [
    { name: "not set: inherited", resources: bucket({}), expect: { violations: [{ propertyPath: "publicAccessPrevention", messageIncludes: 'defaults to "inherited"' }] } },
    { name: "inherited", resources: bucket({ publicAccessPrevention: "inherited" }), expect: { violations: [{ propertyPath: "publicAccessPrevention", messageIncludes: '"inherited"' }] } },
    { name: "enforced", resources: bucket({ publicAccessPrevention: "enforced" }), expect: "pass" },
    { name: "unknown during preview", resources: bucket({ publicAccessPrevention: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
