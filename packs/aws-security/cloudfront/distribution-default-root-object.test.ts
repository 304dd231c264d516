import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./distribution-default-root-object";

type Props = MockProps<"aws:cloudfront/distribution:Distribution">;
const distribution = (props: Props, origins: Props["origins"] = [{ domainName: "site.s3.amazonaws.com", originId: "site" }]) =>
    mockResource(
        "aws:cloudfront/distribution:Distribution",
        {
            enabled: true,
            origins,
            restrictions: { geoRestriction: { restrictionType: "none" } },
            viewerCertificate: { cloudfrontDefaultCertificate: true },
            defaultCacheBehavior: { allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"], targetOriginId: "site", viewerProtocolPolicy: "https-only" },
            ...props,
        },
        { name: "site" },
    );
const apiOrigin = [
    { domainName: "api.example.com", originId: "site", customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] } },
];

export const cases: RuleCase[] = [
    {
        name: "no default root object",
        resources: distribution({}),
        expect: { violations: [{ messageId: "noRootObject", data: { name: "site" }, propertyPath: "defaultRootObject" }] },
    },
    { name: "empty default root object", resources: distribution({ defaultRootObject: "" }), expect: { violations: ["defaultRootObject"] } },
    { name: "index.html", resources: distribution({ defaultRootObject: "index.html" }), expect: "pass" },
    { name: "custom origins are judged by default", resources: distribution({}, apiOrigin), expect: { violations: ["defaultRootObject"] } },
    {
        name: "custom origins only are skipped when configured",
        resources: distribution({}, apiOrigin),
        options: { config: { "cloudfront-distribution-default-root-object": { s3OriginsOnly: true } } },
        expect: "pass",
    },
    {
        name: "S3 origins are still judged when configured",
        resources: distribution({}),
        options: { config: { "cloudfront-distribution-default-root-object": { s3OriginsOnly: true } } },
        expect: { violations: ["defaultRootObject"] },
    },
    { name: "unknown during preview", resources: distribution({ defaultRootObject: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
