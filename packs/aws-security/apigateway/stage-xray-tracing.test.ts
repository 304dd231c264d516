import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./stage-xray-tracing";

const stage = (props: MockProps<"aws:apigateway/stage:Stage">) =>
    mockResource("aws:apigateway/stage:Stage", { restApi: "api-1", deployment: "dep-1", stageName: "prod", ...props }, { name: "prod" });

export const cases: RuleCase[] = [
    {
        name: "not set",
        resources: stage({}),
        expect: { violations: [{ messageId: "notTraced", data: { name: "prod", state: "is not set (it defaults to false)" }, propertyPath: "xrayTracingEnabled" }] },
    },
    { name: "false", resources: stage({ xrayTracingEnabled: false }), expect: { violations: [{ messageId: "notTraced", data: { name: "prod", state: "is not true" } }] } },
    { name: "enabled", resources: stage({ xrayTracingEnabled: true }), expect: "pass" },
    { name: "unknown during preview", resources: stage({ xrayTracingEnabled: unknown("boolean") }), expect: "skipped" },
    { name: "remediation", resources: stage({}), expect: { remediated: { xrayTracingEnabled: true } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
