import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./distribution-waf";

const distribution = (props: MockProps<"aws:cloudfront/distribution:Distribution">) =>
    mockResource(
        "aws:cloudfront/distribution:Distribution",
        {
            enabled: true,
            origins: [{ domainName: "site.example.com", originId: "site" }],
            restrictions: { geoRestriction: { restrictionType: "none" } },
            viewerCertificate: { cloudfrontDefaultCertificate: true },
            defaultCacheBehavior: { allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"], targetOriginId: "site", viewerProtocolPolicy: "https-only" },
            ...props,
        },
        { name: "site" },
    );

export const cases: RuleCase[] = [
    { name: "no web ACL", resources: distribution({}), expect: { violations: [{ messageId: "noWebAcl", data: { name: "site" }, propertyPath: "webAclId" }] } },
    { name: "an empty web ACL id", resources: distribution({ webAclId: "" }), expect: { violations: [{ messageId: "noWebAcl", propertyPath: "webAclId" }] } },
    { name: "a WAFv2 web ACL ARN", resources: distribution({ webAclId: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/1234" }), expect: "pass" },
    { name: "a classic WAF web ACL id", resources: distribution({ webAclId: "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111" }), expect: "pass" },
    { name: "web ACL unknown during preview", resources: distribution({ webAclId: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
