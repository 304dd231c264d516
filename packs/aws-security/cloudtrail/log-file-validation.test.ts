import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./log-file-validation";

const trail = (props: MockProps<"aws:cloudtrail/trail:Trail">) => mockResource("aws:cloudtrail/trail:Trail", { s3BucketName: "trail-logs", ...props }, { name: "audit" });

export const cases: RuleCase[] = [
    { name: "validation not set", resources: trail({}), expect: { violations: [{ propertyPath: "enableLogFileValidation", messageIncludes: "`audit`" }] } },
    { name: "validation off", resources: trail({ enableLogFileValidation: false }), expect: { violations: ["enableLogFileValidation"] } },
    { name: "validation on", resources: trail({ enableLogFileValidation: true }), expect: "pass" },
    { name: "unknown during preview", resources: trail({ enableLogFileValidation: unknown("boolean") }), expect: "skipped" },
    {
        name: "remediation turns validation on",
        resources: trail({ enableLogFileValidation: false, isMultiRegionTrail: true }),
        expect: { remediated: { enableLogFileValidation: true, isMultiRegionTrail: true } },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
