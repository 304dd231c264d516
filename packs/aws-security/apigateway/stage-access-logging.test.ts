import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./stage-access-logging";

const LOGS = { destinationArn: "arn:aws:logs:eu-west-1:123456789012:log-group:api-access", format: '{"requestId":"$context.requestId"}' };

const restStage = (accessLogSettings: MockProps<"aws:apigateway/stage:Stage">["accessLogSettings"]) =>
    mockResource("aws:apigateway/stage:Stage", { restApi: "api-1", deployment: "dep-1", stageName: "prod", accessLogSettings }, { name: "prod" });
const httpStage = (accessLogSettings: MockProps<"aws:apigatewayv2/stage:Stage">["accessLogSettings"]) =>
    mockResource("aws:apigatewayv2/stage:Stage", { apiId: "api-2", name: "$default", accessLogSettings }, { name: "default" });

export const cases: RuleCase[] = [
    {
        name: "REST stage without access logs",
        resources: restStage(undefined),
        expect: { violations: [{ propertyPath: "accessLogSettings", messageIncludes: "REST API stage `prod`" }] },
    },
    {
        name: "v2 stage without access logs",
        resources: httpStage(undefined),
        expect: { violations: [{ propertyPath: "accessLogSettings", messageIncludes: "v2 stage `default`" }] },
    },
    { name: "settings with an empty destination", resources: restStage({ destinationArn: "", format: "x" }), expect: { violations: ["accessLogSettings"] } },
    { name: "REST stage logging to CloudWatch", resources: restStage(LOGS), expect: "pass" },
    { name: "v2 stage logging to CloudWatch", resources: httpStage(LOGS), expect: "pass" },
    {
        name: "log group ARN unknown during preview: not judged",
        resources: httpStage({ destinationArn: unknown(), format: "x" }),
        expect: "skipped",
    },
    { name: "settings unknown during preview", resources: restStage(unknown("object")), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
