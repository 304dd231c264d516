import { defineRule, knownOr, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/cloudfront";

/** S3 REST endpoints (bucket.s3.amazonaws.com, bucket.s3.eu-west-1.amazonaws.com, ...). */
const S3_REST_ENDPOINT = /\.s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?\.?$/;
/** S3 static website endpoints, which cannot use an origin access control and are served as custom origins. */
const S3_WEBSITE_ENDPOINT = /\.s3-website[.-]/;

function hasValue(value: unknown): boolean {
    return typeof value === "string" && value.trim() !== "";
}

function isS3RestDomain(domain: unknown): boolean {
    if (typeof domain !== "string") return false;
    const host = domain.toLowerCase();
    return S3_REST_ENDPOINT.test(host) && !S3_WEBSITE_ENDPOINT.test(host);
}

function isPresent(value: unknown): boolean {
    return value !== undefined && value !== null;
}

export default defineRule({
    id: "cloudfront-s3-origin-access-control",
    title: "CloudFront reads S3 origins through an origin access control",
    description:
        "Without an origin access control, CloudFront fetches from S3 anonymously, so the bucket has to be readable by everyone and visitors can bypass the distribution (and its WAF, signed URLs and logs) by going to S3 directly.",
    severity: "medium",
    service: "cloudfront",
    tags: ["exposure", "data"],
    remediation:
        'Create an aws.cloudfront.OriginAccessControl (originAccessControlOriginType: "s3", signingBehavior: "always", signingProtocol: "sigv4"), set `originAccessControlId` on the origin, and allow only the cloudfront.amazonaws.com service principal with an aws:SourceArn condition in the bucket policy.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            acceptOriginAccessIdentity: {
                type: "boolean",
                description:
                    "Accept the legacy origin access identity (s3OriginConfig.originAccessIdentity) in place of an origin access control. Set to false to match Security Hub control CloudFront.13.",
            },
        },
    },
    configDefaults: { acceptOriginAccessIdentity: true },
    examples: {
        violating: [
            {
                description: "an S3 origin read anonymously",
                resources: [
                    {
                        type: "aws:cloudfront/distribution:Distribution",
                        name: "site",
                        props: {
                            enabled: true,
                            origins: [{ originId: "site", domainName: "acme-site.s3.eu-west-1.amazonaws.com" }],
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
        compliant: [
            {
                description: "an S3 origin read through an origin access control",
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
        listOf(props.origins).forEach((entry, index) => {
            const origin = recordOf(entry);
            if (hasValue(origin.originAccessControlId)) return;
            const custom = isPresent(origin.customOriginConfig) || isPresent(origin.vpcOriginConfig);
            // An origin with neither a custom nor a VPC origin config is an S3 origin to CloudFront.
            // A custom origin that points at an S3 REST endpoint only works if the bucket is public.
            // Only a custom origin's domain matters, so only its domain is read (an unknown one is noted).
            if (custom && !isS3RestDomain(knownOr(() => origin.domainName, undefined))) return;
            const oai = recordOf(origin.s3OriginConfig).originAccessIdentity;
            if (!custom && ctx.config.acceptOriginAccessIdentity && hasValue(oai)) return;
            ctx.report({
                message: custom
                    ? `Distribution \`${ctx.name}\` reaches the S3 REST endpoint of origins[${index}] as a custom origin, which only works for a public bucket.`
                    : `Distribution \`${ctx.name}\` reads the S3 origin origins[${index}] without an origin access control${ctx.config.acceptOriginAccessIdentity ? " or origin access identity" : ""}.`,
                propertyPath: propertyPath("origins", index, "originAccessControlId"),
            });
        });
    },
});
