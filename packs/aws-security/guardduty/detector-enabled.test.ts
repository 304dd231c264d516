import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./detector-enabled";

const detector = (enable?: unknown, name = "main") => mockResource("aws:guardduty/detector:Detector", { enable: enable as boolean | undefined }, { name });
const required = { config: { "guardduty-detector-enabled": { required: true } } };
const bucket = mockResource("aws:s3/bucket:Bucket", { bucket: "b" });

export const cases: RuleCase[] = [
    {
        name: "a suspended detector",
        resources: [detector(false)],
        expect: { violations: [{ urn: detector(false).urn, messageId: "suspended", data: { name: "main" }, propertyPath: "enable" }] },
    },
    { name: "enabled explicitly", resources: [detector(true)], expect: "pass" },
    { name: "enable unset defaults to true", resources: [detector(undefined)], expect: "pass" },
    { name: "enable unknown during preview", resources: [detector(unknown("boolean"))], expect: "skipped" },
    { name: "no detector, not required: nothing to judge", resources: [bucket], expect: "not-judged" },
    { name: "no detector when required", resources: [bucket], options: required, expect: { violations: [{ messageId: "missing" }] } },
    {
        name: "only a suspended detector when required: both problems",
        resources: [detector(false)],
        options: required,
        expect: { violations: [{ messageId: "suspended" }, { messageId: "missing" }] },
    },
    { name: "an enabled detector when required", resources: [detector(false, "old"), detector(true)], options: required, expect: { violations: [{ messageId: "suspended", data: { name: "old" } }] } },
    { name: "a detector of unknown state when required: not judged", resources: [detector(unknown("boolean"))], options: required, expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
