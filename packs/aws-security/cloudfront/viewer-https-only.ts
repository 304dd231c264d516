import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/cloudfront";

const SECURE_POLICIES = new Set(["redirect-to-https", "https-only"]);

function describePolicy(policy: unknown): string {
    if (policy === "allow-all") return 'allows plain HTTP (viewerProtocolPolicy: "allow-all")';
    return "does not set viewerProtocolPolicy to https-only or redirect-to-https";
}

export default defineRule({
    id: "cloudfront-viewer-https-only",
    title: "CloudFront serves viewers over HTTPS only",
    description:
        "A cache behavior that allows plain HTTP sends pages, cookies and tokens across the internet unencrypted, where anyone on the path can read or rewrite them. Every behavior should redirect HTTP to HTTPS or refuse it.",
    severity: "high",
    service: "cloudfront",
    frameworks: {
        "aws-fsbp": ["CloudFront.3"],
        "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-23"],
        "pci-dss-4.0": ["4.2.1"],
    },
    tags: ["encryption", "network"],
    remediation:
        'Set `viewerProtocolPolicy: "redirect-to-https"` (or "https-only") on `defaultCacheBehavior` and on every entry of `orderedCacheBehaviors`.',
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "the default behavior allows plain HTTP",
                resources: [
                    {
                        type: "aws:cloudfront/distribution:Distribution",
                        name: "site",
                        props: {
                            enabled: true,
                            origins: [{ originId: "site", domainName: "acme-site.s3.eu-west-1.amazonaws.com", originAccessControlId: "E2QWRUHAPOMQZL" }],
                            defaultCacheBehavior: {
                                targetOriginId: "site",
                                allowedMethods: ["GET", "HEAD"],
                                cachedMethods: ["GET", "HEAD"],
                                viewerProtocolPolicy: "allow-all",
                                cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6",
                            },
                            restrictions: { geoRestriction: { restrictionType: "none" } },
                            viewerCertificate: { cloudfrontDefaultCertificate: true },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "HTTP requests are redirected to HTTPS",
                resources: [
                    {
                        type: "aws:cloudfront/distribution:Distribution",
                        name: "site",
                        props: {
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
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:cloudfront/distribution:Distribution",
    validate(props, ctx) {
        const defaultPolicy = recordOf(props.defaultCacheBehavior).viewerProtocolPolicy;
        if (!SECURE_POLICIES.has(defaultPolicy as string)) {
            ctx.report({
                message: `Distribution \`${ctx.name}\`: the default cache behavior ${describePolicy(defaultPolicy)}.`,
                propertyPath: "defaultCacheBehavior.viewerProtocolPolicy",
            });
        }
        listOf(props.orderedCacheBehaviors).forEach((behavior, index) => {
            const policy = recordOf(behavior).viewerProtocolPolicy;
            if (!SECURE_POLICIES.has(policy as string)) {
                ctx.report({
                    message: `Distribution \`${ctx.name}\`: cache behavior orderedCacheBehaviors[${index}] ${describePolicy(policy)}.`,
                    propertyPath: propertyPath("orderedCacheBehaviors", index, "viewerProtocolPolicy"),
                });
            }
        });
    },
});
