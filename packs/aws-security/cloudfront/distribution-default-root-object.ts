import { defineRule, listOf, recordOf } from "../../../src";
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

/** An origin CloudFront treats as S3: neither a custom nor a VPC origin config. */
function isS3Origin(origin: unknown): boolean {
    const o = recordOf(origin);
    return (o.customOriginConfig === undefined || o.customOriginConfig === null) && (o.vpcOriginConfig === undefined || o.vpcOriginConfig === null);
}

export default defineRule({
    id: "cloudfront-distribution-default-root-object",
    title: "CloudFront distributions name a default root object",
    description:
        "Without a default root object, a request for the distribution's root URL goes to the root of the origin, which can list an S3 bucket's contents or show the origin's own error pages and details. Naming an object (such as index.html) makes the root URL return that object instead.",
    severity: "low",
    service: "cloudfront",
    frameworks: {
        "aws-fsbp": ["CloudFront.1"],
    },
    tags: ["exposure"],
    remediation:
        'Set `defaultRootObject` to the object to serve for the root URL, e.g. "index.html" (without a leading slash). Distributions that front an API can set `s3OriginsOnly` in this rule\'s configuration.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            s3OriginsOnly: {
                type: "boolean",
                description: "Only judge distributions with at least one S3 origin (API and web-server origins answer the root URL themselves).",
            },
        },
    },
    configDefaults: { s3OriginsOnly: false },
    messages: {
        noRootObject: "Distribution `{{name}}` has no default root object: a request for its root URL goes to the root of the origin.",
    },
    examples: {
        violating: [
            {
                description: "a static site without a default root object",
                resources: [{ type: "aws:cloudfront/distribution:Distribution", name: "site", props: EXAMPLE_PROPS }],
            },
        ],
        compliant: [
            {
                description: "index.html served for the root URL",
                resources: [{ type: "aws:cloudfront/distribution:Distribution", name: "site", props: { ...EXAMPLE_PROPS, defaultRootObject: "index.html" } }],
            },
        ],
    },
    resourceType: "aws:cloudfront/distribution:Distribution",
    validate(props, ctx) {
        const root = props.defaultRootObject;
        if (typeof root === "string" && root.trim() !== "") return;
        if (ctx.config.s3OriginsOnly && !listOf(props.origins).some(isS3Origin)) return;
        ctx.report({ messageId: "noRootObject", data: { name: ctx.name }, propertyPath: "defaultRootObject" });
    },
});
