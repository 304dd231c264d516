import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./s3-origin-access-control";

const distribution = (origins: NonNullable<MockProps<"aws:cloudfront/distribution:Distribution">["origins"]>) =>
    mockResource(
        "aws:cloudfront/distribution:Distribution",
        {
            enabled: true,
            origins,
            restrictions: { geoRestriction: { restrictionType: "none" } },
            viewerCertificate: { cloudfrontDefaultCertificate: true },
            defaultCacheBehavior: { allowedMethods: ["GET"], cachedMethods: ["GET"], targetOriginId: "assets", viewerProtocolPolicy: "https-only" },
        },
        { name: "site" },
    );
const s3 = (extra: object = {}) => ({ domainName: "assets.s3.eu-west-1.amazonaws.com", originId: "assets", ...extra });
const custom = { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] };

export const cases: RuleCase[] = [
    {
        name: "S3 origin with neither OAC nor OAI",
        resources: distribution([s3()]),
        expect: { violations: [{ propertyPath: "origins[0].originAccessControlId", messageIncludes: "origins[0]" }] },
    },
    {
        name: "S3 origin with an empty OAI",
        resources: distribution([{ domainName: "api.example.com", originId: "api", customOriginConfig: custom }, s3({ s3OriginConfig: { originAccessIdentity: "" } })]),
        expect: { violations: ["origins[1].originAccessControlId"] },
    },
    {
        name: "S3 REST endpoint used as a custom origin",
        resources: distribution([s3({ domainName: "assets.s3.amazonaws.com", customOriginConfig: custom })]),
        expect: { violations: [{ propertyPath: "origins[0].originAccessControlId", messageIncludes: "public bucket" }] },
    },
    { name: "S3 origin with OAC", resources: distribution([s3({ originAccessControlId: "E2QWRUHAPOMQZL" })]), expect: "pass" },
    {
        name: "S3 origin with a legacy OAI",
        resources: distribution([s3({ s3OriginConfig: { originAccessIdentity: "origin-access-identity/cloudfront/E1ABC" } })]),
        expect: "pass",
    },
    {
        name: "legacy OAI rejected by config (CloudFront.13)",
        resources: distribution([s3({ s3OriginConfig: { originAccessIdentity: "origin-access-identity/cloudfront/E1ABC" } })]),
        options: { config: { "cloudfront-s3-origin-access-control": { acceptOriginAccessIdentity: false } } },
        expect: { violations: ["origins[0].originAccessControlId"] },
    },
    {
        name: "S3 website endpoint as a custom origin is not an S3 REST origin",
        resources: distribution([{ domainName: "assets.s3-website-eu-west-1.amazonaws.com", originId: "web", customOriginConfig: { ...custom, originProtocolPolicy: "http-only" } }]),
        expect: "pass",
    },
    { name: "custom origin", resources: distribution([{ domainName: "api.example.com", originId: "api", customOriginConfig: custom }]), expect: "pass" },
    {
        name: "bucket domain unknown during preview: judged by the origin's config blocks",
        resources: distribution([s3({ domainName: unknown(), s3OriginConfig: { originAccessIdentity: "origin-access-identity/cloudfront/E1ABC" } })]),
        expect: "pass",
    },
    {
        name: "custom origin whose domain is unknown during preview: not judged",
        resources: distribution([{ domainName: unknown(), originId: "files", customOriginConfig: custom }]),
        expect: "skipped",
    },
    { name: "OAC ID unknown during preview", resources: distribution([s3({ originAccessControlId: unknown() })]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
