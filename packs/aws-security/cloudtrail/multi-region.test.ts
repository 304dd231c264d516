import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./multi-region";

const trail = (props: MockProps<"aws:cloudtrail/trail:Trail">) => mockResource("aws:cloudtrail/trail:Trail", { s3BucketName: "trail-logs", ...props }, { name: "audit" });

export const cases: RuleCase[] = [
    { name: "regional by default", resources: trail({}), expect: { violations: [{ propertyPath: "isMultiRegionTrail", messageIncludes: "`audit`" }] } },
    { name: "explicitly regional", resources: trail({ isMultiRegionTrail: false }), expect: { violations: ["isMultiRegionTrail"] } },
    { name: "multi-region", resources: trail({ isMultiRegionTrail: true }), expect: "pass" },
    { name: "unknown during preview", resources: trail({ isMultiRegionTrail: unknown("boolean") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
