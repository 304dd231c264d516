import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./stage-access-logging";

const LOGS = { destinationArn: "arn:aws:logs:eu-west-1:123456789012:log-group:api-access", format: '{"requestId":"$context.requestId"}' };

const restStage = (accessLogSettings: MockProps<"aws:apigateway/stage:Stage">["accessLogSettings"]) =>
    mockResource("aws:apigateway/stage:Stage", { restApi: "api-1", deployment: "dep-1", stageName: "prod", accessLogSettings }, { name: "prod" });

export const cases: RuleCase[] = [
    {
        name: "REST stage without access logs",
        resources: restStage(undefined),
        expect: { violations: [{ messageId: "noDestination", data: { name: "prod" }, propertyPath: "accessLogSettings.destinationArn" }] },
    },
    { name: "settings with an empty destination", resources: restStage({ destinationArn: "", format: "x" }), expect: { violations: [{ messageId: "noDestination" }] } },
    {
        name: "a destination with an empty format",
        resources: restStage({ destinationArn: LOGS.destinationArn, format: "" }),
        expect: { violations: [{ messageId: "noFormat", data: { name: "prod" }, propertyPath: "accessLogSettings.format" }] },
    },
    { name: "a whitespace format", resources: restStage({ destinationArn: LOGS.destinationArn, format: "  " }), expect: { violations: [{ messageId: "noFormat" }] } },
    { name: "REST stage logging to CloudWatch", resources: restStage(LOGS), expect: "pass" },
    { name: "log group ARN unknown during preview: not judged", resources: restStage({ destinationArn: unknown(), format: "x" }), expect: "skipped" },
    { name: "format unknown during preview: not judged", resources: restStage({ destinationArn: LOGS.destinationArn, format: unknown() }), expect: "skipped" },
    { name: "settings unknown during preview", resources: restStage(unknown("object")), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
