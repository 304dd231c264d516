import { defineRule, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/apigateway";
import type {} from "../../../src/types/aws/apigatewayv2";

/**
 * Security policies that refuse TLS 1.0 and 1.1: the legacy `TLS_1_2` and the enhanced
 * `SecurityPolicy_TLS12_...` / `SecurityPolicy_TLS13_...` families (the name carries the
 * minimum version). The legacy `TLS_1_0` accepts TLS 1.0 and 1.1.
 */
function requiresTls12(policy: unknown): boolean {
    return typeof policy === "string" && (policy === "TLS_1_2" || /^SecurityPolicy_TLS1[23]_/.test(policy));
}

/** The policy as printed in a message: only names shaped like API Gateway's own. */
function describe(policy: unknown): string {
    if (policy === undefined || policy === null) return "is not set, leaving the minimum TLS version to the service default";
    if (typeof policy === "string" && /^(TLS_\d_\d|SecurityPolicy_[A-Za-z0-9_]{1,60})$/.test(policy)) return `is "${policy}"`;
    return "is not a recognised TLS 1.2 policy";
}

const REST = "aws:apigateway/domainName:DomainName";

export default defineRule({
    id: "apigateway-domain-name-tls-1-2",
    title: "API Gateway custom domains require TLS 1.2",
    description:
        "The security policy of a custom domain name sets the oldest TLS version its clients may negotiate. TLS 1.0 and 1.1 have known weaknesses and were formally deprecated by the IETF (RFC 8996), so traffic to the API should require TLS 1.2 or later.",
    severity: "medium",
    service: "apigateway",
    tags: ["encryption-in-transit"],
    remediation:
        'Set `securityPolicy: "TLS_1_2"` on aws.apigateway.DomainName (or an enhanced "SecurityPolicy_TLS13_..." policy with `endpointAccessMode`), and `domainNameConfiguration.securityPolicy: "TLS_1_2"` on aws.apigatewayv2.DomainName.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a custom domain that still accepts TLS 1.0",
                resources: [
                    {
                        type: "aws:apigateway/domainName:DomainName",
                        name: "api",
                        props: {
                            domainName: "api.example.com",
                            regionalCertificateArn: "arn:aws:acm:eu-west-1:111122223333:certificate/1234abcd-12ab-34cd-56ef-1234567890ab",
                            endpointConfiguration: { types: "REGIONAL" },
                            securityPolicy: "TLS_1_0",
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a custom domain that requires TLS 1.2",
                resources: [
                    {
                        type: "aws:apigateway/domainName:DomainName",
                        name: "api",
                        props: {
                            domainName: "api.example.com",
                            regionalCertificateArn: "arn:aws:acm:eu-west-1:111122223333:certificate/1234abcd-12ab-34cd-56ef-1234567890ab",
                            endpointConfiguration: { types: "REGIONAL" },
                            securityPolicy: "TLS_1_2",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [REST, "aws:apigatewayv2/domainName:DomainName"],
    validate(_props, ctx) {
        const { resource } = ctx;
        const rest = resource.type === REST;
        const policy = rest
            ? resource.props.securityPolicy
            : recordOf(resource.props.domainNameConfiguration).securityPolicy;
        if (requiresTls12(policy)) return;
        const path = rest ? "securityPolicy" : propertyPath("domainNameConfiguration", "securityPolicy");
        ctx.report({
            message: `API Gateway domain name \`${ctx.name}\` does not require TLS 1.2 or later: ${path} ${describe(policy)}.`,
            propertyPath: path,
        });
    },
});
