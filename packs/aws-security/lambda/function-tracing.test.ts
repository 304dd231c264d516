import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./function-tracing";

const fn = (tracingConfig?: MockProps<"aws:lambda/function:Function">["tracingConfig"]) =>
    mockResource(
        "aws:lambda/function:Function",
        { role: "arn:aws:iam::123456789012:role/fn", runtime: "nodejs22.x", handler: "index.handler", tracingConfig },
        { name: "orders" },
    );

export const cases: RuleCase[] = [
    {
        name: "no tracing config (PassThrough)",
        resources: fn(undefined),
        expect: { violations: [{ messageId: "notActive", data: { name: "orders", mode: 'not set (it defaults to "PassThrough")' }, propertyPath: "tracingConfig.mode" }] },
    },
    { name: "PassThrough", resources: fn({ mode: "PassThrough" }), expect: { violations: [{ messageId: "notActive", data: { name: "orders", mode: '"PassThrough"' } }] } },
    { name: "an odd mode is not echoed", resources: fn({ mode: "on please" }), expect: { violations: [{ messageIncludes: "not a recognised mode" }] } },
    { name: "the provider accepts the mode in any case", resources: fn({ mode: "active" }), expect: "pass" },
    { name: "Active", resources: fn({ mode: "Active" }), expect: "pass" },
    { name: "mode unknown during preview", resources: fn({ mode: unknown() }), expect: "skipped" },
    { name: "remediation", resources: fn(undefined), expect: { remediated: { "tracingConfig.mode": "Active" } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
