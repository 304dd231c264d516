import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./stage-access-logging";

const LOGS = { destinationArn: "arn:aws:logs:eu-west-1:123456789012:log-group:api-access", format: '{"requestId":"$context.requestId"}' };

const stage = (accessLogSettings: MockProps<"aws:apigatewayv2/stage:Stage">["accessLogSettings"]) =>
    mockResource("aws:apigatewayv2/stage:Stage", { apiId: "api-2", name: "$default", accessLogSettings }, { name: "default" });

export const cases: RuleCase[] = [
    {
        name: "stage without access logs",
        resources: stage(undefined),
        expect: { violations: [{ messageId: "noDestination", data: { name: "default" }, propertyPath: "accessLogSettings.destinationArn" }] },
    },
    { name: "an empty destination", resources: stage({ destinationArn: " ", format: "x" }), expect: { violations: [{ messageId: "noDestination" }] } },
    {
        name: "an empty format",
        resources: stage({ destinationArn: LOGS.destinationArn, format: "" }),
        expect: { violations: [{ messageId: "noFormat", data: { name: "default" }, propertyPath: "accessLogSettings.format" }] },
    },
    { name: "logging to CloudWatch", resources: stage(LOGS), expect: "pass" },
    { name: "log group ARN unknown during preview: not judged", resources: stage({ destinationArn: unknown(), format: "x" }), expect: "skipped" },
    { name: "settings unknown during preview", resources: stage(unknown("object")), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
