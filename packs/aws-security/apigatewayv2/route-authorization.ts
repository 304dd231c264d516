import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/apigatewayv2";

/** Authorization types API Gateway v2 accepts besides NONE. */
const AUTHORIZED = new Set(["AWS_IAM", "CUSTOM", "JWT"]);

/**
 * Route keys that cannot carry an authorizer: WebSocket routes other than $connect (a
 * WebSocket API authorizes the connection, not each message). HTTP route keys are
 * "METHOD /path" or "$default"; WebSocket ones are "$connect", "$disconnect", "$default" or a
 * route selection value without spaces.
 */
function webSocketMessageRoute(routeKey: unknown): boolean {
    if (typeof routeKey !== "string") return false;
    const key = routeKey.trim();
    return key !== "$connect" && key !== "$default" && !key.includes(" ");
}

export default defineRule({
    id: "apigatewayv2-route-authorization",
    title: "API Gateway v2 routes require authorization",
    description:
        "A route with authorization type NONE (the default) lets anyone who knows the API's address call the integration behind it. IAM, a Lambda authorizer or a JWT authorizer makes API Gateway check the caller first. Some routes are public on purpose; exempt those rather than leaving every route open.",
    severity: "medium",
    service: "apigatewayv2",
    frameworks: {
        "aws-fsbp": ["APIGateway.8"],
        "nist-800-53-r5": ["AC-3", "IA-2"],
    },
    tags: ["access", "exposure"],
    remediation:
        'Set `authorizationType` to "JWT" (with `authorizerId` of an aws.apigatewayv2.Authorizer of type JWT), "CUSTOM" (a Lambda authorizer) or "AWS_IAM". On a WebSocket API, authorize the $connect route.',
    defaultLevel: "advisory",
    messages: {
        noAuthorization: "Route `{{name}}` lets anyone call it: authorizationType is {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "an HTTP API route without authorization",
                resources: [
                    {
                        type: "aws:apigatewayv2/route:Route",
                        name: "list-orders",
                        props: { apiId: "a1b2c3d4e5", routeKey: "GET /orders", target: "integrations/k9l8m7" },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a route behind a JWT authorizer",
                resources: [
                    {
                        type: "aws:apigatewayv2/route:Route",
                        name: "list-orders",
                        props: { apiId: "a1b2c3d4e5", routeKey: "GET /orders", target: "integrations/k9l8m7", authorizationType: "JWT", authorizerId: "x7y8z9" },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:apigatewayv2/route:Route",
    validate(props, ctx) {
        const type = props.authorizationType;
        if (typeof type === "string" && AUTHORIZED.has(type.trim().toUpperCase())) return;
        if (webSocketMessageRoute(props.routeKey)) return;
        ctx.report({
            messageId: "noAuthorization",
            data: {
                name: ctx.name,
                state: type === undefined || type === null || type === "" ? 'not set (it defaults to "NONE")' : typeof type === "string" && type.trim().toUpperCase() === "NONE" ? '"NONE"' : "not a recognised type",
            },
            propertyPath: "authorizationType",
        });
    },
});
