import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./minimum-tls-version";

const ACM = "arn:aws:acm:us-east-1:111122223333:certificate/abcd";
const distribution = (viewerCertificate: MockProps<"aws:cloudfront/distribution:Distribution">["viewerCertificate"]) =>
    mockResource(
        "aws:cloudfront/distribution:Distribution",
        {
            enabled: true,
            aliases: ["www.example.com"],
            origins: [{ domainName: "site.example.com", originId: "site" }],
            restrictions: { geoRestriction: { restrictionType: "none" } },
            defaultCacheBehavior: { allowedMethods: ["GET"], cachedMethods: ["GET"], targetOriginId: "site", viewerProtocolPolicy: "https-only" },
            viewerCertificate,
        },
        { name: "site" },
    );

export const cases: RuleCase[] = [
    {
        name: "custom certificate with TLSv1.1_2016",
        resources: distribution({ acmCertificateArn: ACM, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.1_2016" }),
        expect: { violations: [{ propertyPath: "viewerCertificate.minimumProtocolVersion", messageIncludes: '"TLSv1.1_2016"' }] },
    },
    {
        name: "custom certificate without a policy (CloudFront applies TLSv1)",
        resources: distribution({ iamCertificateId: "ASCA1234", sslSupportMethod: "sni-only" }),
        expect: { violations: [{ propertyPath: "viewerCertificate.minimumProtocolVersion", messageIncludes: "(the default)" }] },
    },
    { name: "TLSv1.2_2019", resources: distribution({ acmCertificateArn: ACM, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2019" }), expect: "pass" },
    { name: "TLSv1.2_2021", resources: distribution({ acmCertificateArn: ACM, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" }), expect: "pass" },
    { name: "a newer policy than we know", resources: distribution({ acmCertificateArn: ACM, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.3_2027" }), expect: "pass" },
    {
        name: "stricter minimum by config (CloudFront.15)",
        resources: distribution({ acmCertificateArn: ACM, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2019" }),
        options: { config: { "cloudfront-minimum-tls-version": { minimumPolicy: "TLSv1.2_2021" } } },
        expect: { violations: ["viewerCertificate.minimumProtocolVersion"] },
    },
    { name: "default certificate is not reported by default", resources: distribution({ cloudfrontDefaultCertificate: true }), expect: "pass" },
    {
        name: "default certificate reported when configured",
        resources: distribution({ cloudfrontDefaultCertificate: true }),
        options: { config: { "cloudfront-minimum-tls-version": { reportDefaultCertificate: true } } },
        expect: { violations: ["viewerCertificate.cloudfrontDefaultCertificate"] },
    },
    {
        name: "certificate ARN unknown during preview still counts as a custom certificate",
        resources: distribution({ acmCertificateArn: unknown(), sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1" }),
        expect: { violations: ["viewerCertificate.minimumProtocolVersion"] },
    },
    { name: "policy unknown during preview", resources: distribution({ acmCertificateArn: ACM, minimumProtocolVersion: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
