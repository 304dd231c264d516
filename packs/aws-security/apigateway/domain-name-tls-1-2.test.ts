import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./domain-name-tls-1-2";

const rest = (props: MockProps<"aws:apigateway/domainName:DomainName">) =>
    mockResource.untyped("aws:apigateway/domainName:DomainName", { domainName: "api.example.com", ...props }, { name: "api-domain" });
const v2 = (securityPolicy: string) =>
    mockResource(
        "aws:apigatewayv2/domainName:DomainName",
        { domainName: "ws.example.com", domainNameConfiguration: { certificateArn: "arn:aws:acm:x", endpointType: "REGIONAL", securityPolicy } },
        { name: "ws-domain" },
    );

export const cases: RuleCase[] = [
    {
        name: "REST domain on TLS 1.0",
        resources: rest({ securityPolicy: "TLS_1_0" }),
        expect: { violations: [{ propertyPath: "securityPolicy", messageIncludes: '"TLS_1_0"' }] },
    },
    {
        name: "REST domain without a policy",
        resources: rest({}),
        expect: { violations: [{ propertyPath: "securityPolicy", messageIncludes: "not set" }] },
    },
    { name: "REST domain on TLS 1.2", resources: rest({ securityPolicy: "TLS_1_2" }), expect: "pass" },
    {
        name: "REST domain on an enhanced TLS 1.3 policy",
        resources: rest({ securityPolicy: "SecurityPolicy_TLS13_1_3_2025_09", endpointAccessMode: "STRICT" }),
        expect: "pass",
    },
    { name: "v2 domain on TLS 1.2", resources: v2("TLS_1_2"), expect: "pass" },
    {
        name: "v2 domain on TLS 1.0",
        resources: v2("TLS_1_0"),
        expect: { violations: [{ propertyPath: "domainNameConfiguration.securityPolicy", messageIncludes: "`ws-domain`" }] },
    },
    {
        name: "free-form value is not echoed",
        resources: rest({ securityPolicy: "my policy; do not print" }),
        expect: { violations: [{ propertyPath: "securityPolicy", messageIncludes: "not a recognised" }] },
    },
    { name: "policy unknown during preview", resources: rest({ securityPolicy: unknown() }), expect: "skipped" },
    { name: "v2 policy unknown during preview", resources: v2(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
