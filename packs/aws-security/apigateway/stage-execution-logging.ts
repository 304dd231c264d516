import { defineRule, known, peek, recordOf, type StackResource } from "../../../src";
import { joinSatellites } from "../../shared/join";
import type {} from "../../../src/types/aws/apigateway";
import type {} from "../../../src/types/aws/apigatewayv2";

const REST_STAGE = "aws:apigateway/stage:Stage";
const METHOD_SETTINGS = "aws:apigateway/methodSettings:MethodSettings";
const V2_API = "aws:apigatewayv2/api:Api";
const V2_STAGE = "aws:apigatewayv2/stage:Stage";

/** The levels that write execution logs; OFF (the default) writes none. */
const LOGGING = new Set(["ERROR", "INFO"]);

/** A string the engine knows, without noting it (join keys: a property dependency may decide). */
function peekString(read: () => unknown): string | undefined {
    const found = peek(read);
    return found.known && typeof found.value === "string" ? found.value : undefined;
}

/** How a method setting's level reads: "on", "off" (an explicit OFF or odd value), "unset" or "unknown". */
function level(settings: StackResource): "on" | "off" | "unset" | "unknown" {
    const value = known(() => recordOf(recordOf(settings.props).settings).loggingLevel);
    if (!value.known) return "unknown";
    if (value.value === undefined || value.value === null || value.value === "") return "unset";
    return typeof value.value === "string" && LOGGING.has(value.value.trim().toUpperCase()) ? "on" : "off";
}

/**
 * Execution logging of REST API stages is set by aws.apigateway.MethodSettings for the stage
 * (methodPath "*\/*" for every method, others override one method); that of WebSocket API stages
 * by the stage's `defaultRouteSettings.loggingLevel`. HTTP APIs have no execution logs.
 * MethodSettings are joined to their stage through the property dependency of `stageName`, or by
 * the value pair (restApi, stageName); v2 stages to their API through `apiId`.
 */
export default defineRule({
    id: "apigateway-stage-execution-logging",
    title: "API Gateway REST and WebSocket stages write execution logs",
    description:
        "Execution logs record how API Gateway handled each request: authorizer decisions, integration errors, throttling. They are what shows a failing or abused API from the inside, and API Gateway writes none (level OFF) unless a logging level of ERROR or INFO is set.",
    severity: "medium",
    service: "apigateway",
    frameworks: {
        "aws-fsbp": ["APIGateway.1"],
        "nist-800-53-r5": ["AU-2", "AU-3", "AU-12", "CA-7", "SI-4"],
        "pci-dss-4.0": ["10.2.1"],
    },
    tags: ["logging"],
    remediation:
        'For a REST API stage add an aws.apigateway.MethodSettings with `methodPath: "*/*"`, `stageName: stage.stageName` and `settings: { loggingLevel: "ERROR" }` (or "INFO"), and do not set a method\'s loggingLevel to "OFF". For a WebSocket API stage set `defaultRouteSettings: { loggingLevel: "ERROR" }`. The account needs an aws.apigateway.Account with a CloudWatch role.',
    defaultLevel: "advisory",
    messages: {
        noStageLogging: 'REST API stage `{{name}}` writes no execution logs: no MethodSettings with methodPath "*/*" sets loggingLevel ERROR or INFO for it (the default is OFF).',
        settingsOff: "Method settings `{{name}}` switch execution logging off for {{scope}}: settings.loggingLevel is {{state}}, not ERROR or INFO.",
        webSocketOff: "WebSocket API stage `{{name}}` writes no execution logs: defaultRouteSettings.loggingLevel is {{state}}, not ERROR or INFO.",
    },
    examples: {
        violating: [
            {
                description: "a REST API stage without method settings",
                resources: [{ type: REST_STAGE, name: "prod", props: { restApi: "a1b2c3d4e5", deployment: "k9l8m7", stageName: "prod" } }],
            },
        ],
        compliant: [
            {
                description: "execution logging at ERROR for every method of the stage",
                resources: [
                    { type: REST_STAGE, name: "prod", props: { restApi: "a1b2c3d4e5", deployment: "k9l8m7", stageName: "prod" } },
                    {
                        type: METHOD_SETTINGS,
                        name: "prod-all",
                        props: { restApi: "a1b2c3d4e5", stageName: "prod", methodPath: "*/*", settings: { loggingLevel: "ERROR", metricsEnabled: true } },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        // REST API stages and their method settings.
        const stages = stack.ofType(REST_STAGE);
        const stageTypes = new Set<string>([REST_STAGE]);
        const byKey = new Map<string, string>();
        for (const stage of stages) {
            const api = peekString(() => recordOf(stage.props).restApi);
            const name = peekString(() => recordOf(stage.props).stageName);
            if (api !== undefined && name !== undefined) byKey.set(`${api}\u0000${name}`, stage.urn);
        }
        const allMethodsOn = new Set<string>();
        const levelUnknown = new Set<string>();
        let unjoinedUnknown = false;
        for (const settings of stack.ofType(METHOD_SETTINGS)) {
            const props = recordOf(settings.props);
            const path = peekString(() => props.methodPath);
            const state = level(settings);
            if (state === "off" || (state === "unset" && path === "*/*")) {
                const raw = recordOf(props.settings).loggingLevel;
                ctx.report({
                    urn: settings.urn,
                    messageId: "settingsOff",
                    data: {
                        name: settings.name,
                        scope: path === "*/*" ? "every method of its stage" : "a method of its stage",
                        state: state === "unset" ? "not set (OFF)" : raw === "OFF" || raw === "off" ? '"OFF"' : "not a recognised level",
                    },
                    propertyPath: "settings.loggingLevel",
                });
                continue;
            }
            if ((state !== "on" && state !== "unknown") || path !== "*/*") continue;
            const dependency = settings.propertyDependencies.stageName?.find((r) => stageTypes.has(r.type));
            const api = peekString(() => props.restApi);
            const name = peekString(() => props.stageName);
            const stageUrn = dependency?.urn ?? (api !== undefined && name !== undefined ? byKey.get(`${api}\u0000${name}`) : undefined);
            // An unknown level for every method is neither logging nor its absence: the stage is not judged.
            if (stageUrn) (state === "on" ? allMethodsOn : levelUnknown).add(stageUrn);
            else if (api === undefined || name === undefined) {
                unjoinedUnknown = true;
                known(() => props.restApi);
                known(() => props.stageName);
            }
        }
        for (const stage of stages) {
            if (allMethodsOn.has(stage.urn) || levelUnknown.has(stage.urn)) continue;
            // Method settings whose stage cannot be told yet may be this stage's.
            if (unjoinedUnknown) continue;
            ctx.report({ urn: stage.urn, messageId: "noStageLogging", data: { name: stage.name } });
        }

        // WebSocket API stages (only WebSocket APIs have execution logs among v2 APIs).
        const join = joinSatellites(stack, { parentTypes: [V2_API], parentKeys: ["id"], childTypes: [V2_STAGE], childKey: "apiId" });
        for (const api of join.parents) {
            const v2Stages = join.childrenOf(api.urn);
            if (v2Stages.length === 0) continue;
            const protocol = known(() => recordOf(api.props).protocolType);
            if (!protocol.known || typeof protocol.value !== "string" || protocol.value.toUpperCase() !== "WEBSOCKET") continue;
            for (const stage of v2Stages) {
                const value = known(() => recordOf(recordOf(stage.props).defaultRouteSettings).loggingLevel);
                if (!value.known) continue;
                const raw = value.value;
                if (typeof raw === "string" && LOGGING.has(raw.trim().toUpperCase())) continue;
                ctx.report({
                    urn: stage.urn,
                    messageId: "webSocketOff",
                    data: {
                        name: stage.name,
                        state: raw === undefined || raw === null || raw === "" ? "not set (it defaults to OFF)" : raw === "OFF" || raw === "off" ? '"OFF"' : "not a recognised level",
                    },
                    propertyPath: "defaultRouteSettings.loggingLevel",
                });
            }
        }
    },
});
