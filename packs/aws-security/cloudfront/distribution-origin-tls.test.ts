import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./distribution-origin-tls";

type Props = MockProps<"aws:cloudfront/distribution:Distribution">;
type Custom = NonNullable<NonNullable<Props["origins"]>[number]>["customOriginConfig"];
const custom = (originProtocolPolicy: unknown, originSslProtocols: unknown = ["TLSv1.2"]) =>
    ({ httpPort: 80, httpsPort: 443, originProtocolPolicy, originSslProtocols }) as Custom;
const distribution = (origins: Props["origins"], viewerProtocolPolicy: unknown = "redirect-to-https", extra: Props = {}) =>
    mockResource(
        "aws:cloudfront/distribution:Distribution",
        {
            enabled: true,
            origins,
            restrictions: { geoRestriction: { restrictionType: "none" } },
            viewerCertificate: { cloudfrontDefaultCertificate: true },
            defaultCacheBehavior: { allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"], targetOriginId: "app", viewerProtocolPolicy: viewerProtocolPolicy as string },
            ...extra,
        },
        { name: "site" },
    );
const app = (config: Custom) => [{ domainName: "app.example.com", originId: "app", customOriginConfig: config }];

export const cases: RuleCase[] = [
    {
        name: "http-only custom origin",
        resources: distribution(app(custom("http-only"))),
        expect: { violations: [{ messageId: "httpOnly", data: { name: "site", index: 0 }, propertyPath: "origins[0].customOriginConfig.originProtocolPolicy" }] },
    },
    {
        name: "match-viewer with a behavior allowing HTTP",
        resources: distribution(app(custom("match-viewer")), "allow-all"),
        expect: { violations: [{ messageId: "matchViewerHttp", propertyPath: "origins[0].customOriginConfig.originProtocolPolicy" }] },
    },
    { name: "match-viewer when viewers must use HTTPS", resources: distribution(app(custom("match-viewer")), "redirect-to-https"), expect: "pass" },
    {
        name: "match-viewer reached through an origin group by an allow-all behavior",
        resources: distribution(
            [
                { domainName: "a.example.com", originId: "primary", customOriginConfig: custom("match-viewer") },
                { domainName: "b.example.com", originId: "secondary", customOriginConfig: custom("https-only") },
            ],
            "allow-all",
            {
                originGroups: [{ originId: "app", failoverCriteria: { statusCodes: [500] }, members: [{ originId: "primary" }, { originId: "secondary" }] }],
            },
        ),
        expect: { violations: [{ messageId: "matchViewerHttp", propertyPath: "origins[0].customOriginConfig.originProtocolPolicy" }] },
    },
    {
        name: "match-viewer origin used only by HTTPS behaviors, next to an allow-all S3 behavior",
        resources: distribution(
            [
                { domainName: "app.example.com", originId: "api", customOriginConfig: custom("match-viewer") },
                { domainName: "assets.s3.amazonaws.com", originId: "app", originAccessControlId: "E2QWRUHAPOMQZL" },
            ],
            "allow-all",
            {
                orderedCacheBehaviors: [
                    { pathPattern: "/api/*", allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"], targetOriginId: "api", viewerProtocolPolicy: "https-only" },
                ],
            },
        ),
        expect: "pass",
    },
    {
        name: "SSLv3 allowed to the origin",
        resources: distribution(app(custom("https-only", ["SSLv3", "TLSv1.2"]))),
        expect: { violations: [{ messageId: "weakProtocols", data: { name: "site", index: 0, protocols: "SSLv3" }, propertyPath: "origins[0].customOriginConfig.originSslProtocols" }] },
    },
    {
        name: "TLS 1.0 and 1.1 allowed (stricter than CloudFront.10)",
        resources: distribution(app(custom("https-only", ["TLSv1", "TLSv1.1", "TLSv1.2"]))),
        expect: { violations: [{ messageId: "weakProtocols", data: { name: "site", index: 0, protocols: "TLSv1, TLSv1.1" } }] },
    },
    {
        name: "TLS 1.0 and 1.1 accepted by configuration, as in CloudFront.10",
        resources: distribution(app(custom("https-only", ["TLSv1", "TLSv1.1", "TLSv1.2"]))),
        options: { config: { "cloudfront-distribution-origin-tls": { allowedOriginProtocols: ["TLSv1", "TLSv1.1", "TLSv1.2"] } } },
        expect: "pass",
    },
    {
        name: "http-only with SSLv3: two problems",
        resources: distribution(app(custom("http-only", ["SSLv3"]))),
        expect: { violations: [{ messageId: "httpOnly" }, { messageId: "weakProtocols" }] },
    },
    { name: "https-only with TLS 1.2", resources: distribution(app(custom("https-only"))), expect: "pass" },
    { name: "S3 origins are not custom origins", resources: distribution([{ domainName: "assets.s3.amazonaws.com", originId: "app" }]), expect: "pass" },
    {
        name: "an odd protocol policy is not echoed",
        resources: distribution(app(custom("sometimes"))),
        expect: { violations: [{ messageId: "policyUnknown", data: { name: "site", index: 0 } }] },
    },
    { name: "protocol policy unknown during preview", resources: distribution(app(custom(unknown()))), expect: "skipped" },
    { name: "viewer policy unknown during preview", resources: distribution(app(custom("match-viewer")), unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
