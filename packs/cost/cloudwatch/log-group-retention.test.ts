import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./log-group-retention";

const group = (retentionInDays: MockProps<"aws:cloudwatch/logGroup:LogGroup">["retentionInDays"]) => mockResource("aws:cloudwatch/logGroup:LogGroup", { retentionInDays }, { name: "app-logs" });

export const cases: RuleCase[] = [
    { name: "no retention", resources: group(undefined), expect: { violations: [{ propertyPath: "retentionInDays", messageIncludes: "`app-logs` keeps its logs forever" }] } },
    { name: "retention 0 (never expire)", resources: group(0), expect: { violations: ["retentionInDays"] } },
    { name: "30 days", resources: group(30), expect: "pass" },
    { name: "ten years is still a retention", resources: group(3653), expect: "pass" },
    { name: "retention unknown during preview", resources: group(unknown("number")), expect: "skipped" },
    { name: "remediation sets the default", resources: group(undefined), expect: { remediated: { retentionInDays: 30 } } },
    {
        name: "remediation uses the configured default",
        resources: group(0),
        options: { config: { "cost-cloudwatch-log-group-retention": { defaultRetentionDays: 90 } } },
        expect: { remediated: { retentionInDays: 90 } },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
