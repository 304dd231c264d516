import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./log-group-retention";

const group = (props: MockProps<"aws:cloudwatch/logGroup:LogGroup">) => mockResource("aws:cloudwatch/logGroup:LogGroup", props, { name: "app-logs" });

export const cases: RuleCase[] = [
    {
        name: "30 days is less than a year",
        resources: group({ retentionInDays: 30 }),
        expect: { violations: [{ propertyPath: "retentionInDays", messageIncludes: "30 days, less than the required 365" }] },
    },
    { name: "one year", resources: group({ retentionInDays: 365 }), expect: "pass" },
    { name: "ten years", resources: group({ retentionInDays: 3653 }), expect: "pass" },
    { name: "unset keeps events forever", resources: group({}), expect: "pass" },
    { name: "0 keeps events forever", resources: group({ retentionInDays: 0 }), expect: "pass" },
    {
        name: "never-expiring groups fail when an explicit period is required",
        resources: group({}),
        options: { config: { "cloudwatch-log-group-retention": { allowNeverExpire: false } } },
        expect: { violations: [{ propertyPath: "retentionInDays", messageIncludes: "keeps events forever" }] },
    },
    {
        name: "a configured minimum",
        resources: group({ retentionInDays: 365 }),
        options: { config: { "cloudwatch-log-group-retention": { minimumDays: 731 } } },
        expect: { violations: [{ messageIncludes: "less than the required 731" }] },
    },
    { name: "delivery-class groups are not applicable", resources: group({ logGroupClass: "DELIVERY", retentionInDays: 2 }), expect: "pass" },
    { name: "retention unknown during preview", resources: group({ retentionInDays: unknown("number") }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
