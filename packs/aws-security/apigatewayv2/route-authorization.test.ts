import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./route-authorization";

const route = (props: MockProps<"aws:apigatewayv2/route:Route">) =>
    mockResource("aws:apigatewayv2/route:Route", { apiId: "api-1", routeKey: "GET /orders", ...props }, { name: "orders" });

export const cases: RuleCase[] = [
    {
        name: "no authorization type (NONE)",
        resources: route({}),
        expect: { violations: [{ messageId: "noAuthorization", data: { name: "orders", state: 'not set (it defaults to "NONE")' }, propertyPath: "authorizationType" }] },
    },
    { name: "explicit NONE", resources: route({ authorizationType: "NONE" }), expect: { violations: [{ messageId: "noAuthorization", data: { name: "orders", state: '"NONE"' } }] } },
    { name: "HTTP $default route without authorization", resources: route({ routeKey: "$default" }), expect: { violations: ["authorizationType"] } },
    { name: "WebSocket $connect without authorization", resources: route({ routeKey: "$connect" }), expect: { violations: ["authorizationType"] } },
    { name: "JWT", resources: route({ authorizationType: "JWT", authorizerId: "auth-1" }), expect: "pass" },
    { name: "IAM", resources: route({ authorizationType: "AWS_IAM" }), expect: "pass" },
    { name: "Lambda authorizer", resources: route({ authorizationType: "CUSTOM", authorizerId: "auth-1" }), expect: "pass" },
    { name: "WebSocket message routes cannot carry an authorizer", resources: route({ routeKey: "sendMessage" }), expect: "pass" },
    { name: "WebSocket $disconnect cannot carry an authorizer", resources: route({ routeKey: "$disconnect" }), expect: "pass" },
    { name: "an odd type is not echoed", resources: route({ authorizationType: "open sesame" }), expect: { violations: [{ messageIncludes: "not a recognised type" }] } },
    { name: "authorization type unknown during preview", resources: route({ authorizationType: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
