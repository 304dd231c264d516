import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./stage-execution-logging";

const stage = (name: string, props: MockProps<"aws:apigateway/stage:Stage"> = {}) =>
    mockResource("aws:apigateway/stage:Stage", { restApi: "api-1", deployment: "dep-1", stageName: name, ...props }, { name });
const methodSettings = (name: string, props: MockProps<"aws:apigateway/methodSettings:MethodSettings">, stageUrn?: string) =>
    mockResource(
        "aws:apigateway/methodSettings:MethodSettings",
        { restApi: "api-1", stageName: "prod", methodPath: "*/*", ...props },
        { name, propertyDependencies: stageUrn ? { stageName: [stageUrn] } : undefined },
    );
const wsApi = (protocolType: string) => mockResource("aws:apigatewayv2/api:Api", { id: "ws-1", name: "chat", protocolType }, { name: "chat" });
const wsStage = (defaultRouteSettings: MockProps<"aws:apigatewayv2/stage:Stage">["defaultRouteSettings"]) =>
    mockResource("aws:apigatewayv2/stage:Stage", { apiId: "ws-1", name: "live", defaultRouteSettings }, { name: "live" });

const prod = stage("prod");

export const cases: RuleCase[] = [
    { name: "REST stage without method settings", resources: [prod], expect: { violations: [{ urn: prod.urn, messageId: "noStageLogging", data: { name: "prod" } }] } },
    { name: "ERROR for every method, joined by API and stage name", resources: [prod, methodSettings("all", { settings: { loggingLevel: "ERROR" } })], expect: "pass" },
    {
        name: "INFO joined through the property dependency while the stage name is unknown (preview)",
        resources: [stage("prod", { stageName: unknown() }), methodSettings("all", { stageName: unknown(), settings: { loggingLevel: "INFO" } }, prod.urn)],
        expect: "pass",
    },
    {
        name: "settings of another API's stage of the same name do not count",
        resources: [prod, methodSettings("other", { restApi: "api-2", settings: { loggingLevel: "INFO" } })],
        expect: { violations: [{ urn: prod.urn, messageId: "noStageLogging" }] },
    },
    {
        name: "*/* with logging unset is OFF",
        resources: [prod, methodSettings("all", { settings: { metricsEnabled: true } })],
        expect: {
            violations: [
                { messageId: "settingsOff", data: { name: "all", scope: "every method of its stage", state: "not set (OFF)" }, propertyPath: "settings.loggingLevel" },
                { urn: prod.urn, messageId: "noStageLogging" },
            ],
        },
    },
    {
        name: "a method switched OFF under a logged stage",
        resources: [prod, methodSettings("all", { settings: { loggingLevel: "ERROR" } }), methodSettings("health", { methodPath: "health/GET", settings: { loggingLevel: "OFF" } })],
        expect: { violations: [{ messageId: "settingsOff", data: { name: "health", scope: "a method of its stage", state: '"OFF"' } }] },
    },
    {
        name: "a method override that leaves the level alone",
        resources: [prod, methodSettings("all", { settings: { loggingLevel: "INFO" } }), methodSettings("cache", { methodPath: "items/GET", settings: { cachingEnabled: true, cacheDataEncrypted: true } })],
        expect: "pass",
    },
    { name: "logging level unknown during preview", resources: [prod, methodSettings("all", { settings: { loggingLevel: unknown() } })], expect: "skipped" },
    {
        name: "settings whose stage cannot be told (unknown, no dependency): not judged",
        resources: [prod, methodSettings("all", { stageName: unknown(), settings: { loggingLevel: "ERROR" } })],
        expect: "skipped",
    },
    {
        name: "WebSocket stage without a logging level",
        resources: [wsApi("WEBSOCKET"), wsStage(undefined)],
        expect: { violations: [{ messageId: "webSocketOff", data: { name: "live", state: "not set (it defaults to OFF)" }, propertyPath: "defaultRouteSettings.loggingLevel" }] },
    },
    { name: "WebSocket stage logging errors", resources: [wsApi("WEBSOCKET"), wsStage({ loggingLevel: "ERROR" })], expect: "pass" },
    { name: "HTTP API stages have no execution logs", resources: [wsApi("HTTP"), wsStage(undefined)], expect: "pass" },
    { name: "WebSocket logging level unknown during preview", resources: [wsApi("WEBSOCKET"), wsStage({ loggingLevel: unknown() })], expect: "skipped" },
    { name: "no API Gateway stages", resources: [mockResource("aws:s3/bucket:Bucket", { bucket: "b" })], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
