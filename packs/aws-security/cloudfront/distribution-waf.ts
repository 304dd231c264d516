import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/cloudfront";

const EXAMPLE_PROPS = {
    enabled: true,
    origins: [{ originId: "site", domainName: "acme-site.s3.eu-west-1.amazonaws.com", originAccessControlId: "E2QWRUHAPOMQZL" }],
    defaultCacheBehavior: {
        targetOriginId: "site",
        allowedMethods: ["GET", "HEAD"],
        cachedMethods: ["GET", "HEAD"],
        viewerProtocolPolicy: "redirect-to-https",
        cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6",
    },
    restrictions: { geoRestriction: { restrictionType: "none" } },
    viewerCertificate: { cloudfrontDefaultCertificate: true },
};

export default defineRule({
    id: "cloudfront-distribution-waf",
    title: "CloudFront distributions are protected by AWS WAF",
    description:
        "A web ACL lets CloudFront block common exploits (SQL injection, cross-site scripting), known bad sources and request floods at the edge, before they reach the origin. Without one every request that matches a cache behavior is served or forwarded.",
    severity: "medium",
    service: "cloudfront",
    frameworks: {
        "aws-fsbp": ["CloudFront.6"],
        "nist-800-53-r5": ["SC-7", "SI-4"],
        "pci-dss-4.0": ["6.4.2"],
    },
    tags: ["network", "waf"],
    remediation:
        'Create an aws.wafv2.WebAcl with `scope: "CLOUDFRONT"` (in us-east-1), for example with the AWS managed rule groups AWSManagedRulesCommonRuleSet and AWSManagedRulesKnownBadInputsRuleSet, and set the distribution\'s `webAclId` to the web ACL\'s ARN.',
    defaultLevel: "advisory",
    messages: {
        noWebAcl: "Distribution `{{name}}` has no AWS WAF web ACL: webAclId is not set.",
    },
    examples: {
        violating: [
            {
                description: "a distribution without a web ACL",
                resources: [{ type: "aws:cloudfront/distribution:Distribution", name: "site", props: EXAMPLE_PROPS }],
            },
        ],
        compliant: [
            {
                description: "a distribution behind a WAFv2 web ACL",
                resources: [
                    {
                        type: "aws:cloudfront/distribution:Distribution",
                        name: "site",
                        props: { ...EXAMPLE_PROPS, webAclId: "arn:aws:wafv2:us-east-1:111122223333:global/webacl/site-edge/a1b2c3d4-5678-90ab-cdef-111122223333" },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:cloudfront/distribution:Distribution",
    validate(props, ctx) {
        const webAcl = props.webAclId;
        if (typeof webAcl === "string" && webAcl.trim() !== "") return;
        ctx.report({ messageId: "noWebAcl", data: { name: ctx.name }, propertyPath: "webAclId" });
    },
});
