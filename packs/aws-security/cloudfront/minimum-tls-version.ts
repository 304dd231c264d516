import { defineRule, knownOr, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/cloudfront";

/** CloudFront viewer security policies, oldest first (as listed in the CloudFront Developer Guide). */
const POLICIES = [
    "SSLv3",
    "TLSv1",
    "TLSv1_2016",
    "TLSv1.1_2016",
    "TLSv1.2_2018",
    "TLSv1.2_2019",
    "TLSv1.2_2021",
    "TLSv1.2_2025",
    "TLSv1.3_2025",
] as const;

/** A policy's place in time and strength; later policies not in the list rank by version and year. */
function rank(policy: string): number | undefined {
    const index = (POLICIES as readonly string[]).indexOf(policy);
    if (index >= 0) return index;
    const match = /^TLSv1\.([23])_(20\d\d)$/.exec(policy);
    // A future policy (e.g. TLSv1.3_2027) is at least as strong as the newest we know.
    return match ? POLICIES.length : undefined;
}

function hasValue(value: unknown): boolean {
    return typeof value === "string" && value.trim() !== "";
}

export default defineRule({
    id: "cloudfront-minimum-tls-version",
    title: "CloudFront custom certificates require TLS 1.2 or later",
    description:
        "The security policy of a distribution with its own certificate decides which protocols viewers may use. Older policies still accept TLS 1.0 and 1.1 and weak ciphers, which expose traffic to downgrade and decryption attacks.",
    severity: "medium",
    service: "cloudfront",
    tags: ["encryption", "network"],
    remediation:
        'Set `viewerCertificate.minimumProtocolVersion` to "TLSv1.2_2021" (or newer) with `sslSupportMethod: "sni-only"`; the dedicated-IP method ("vip") only supports the old policies.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            minimumPolicy: {
                type: "string",
                enum: [...POLICIES],
                description: 'Oldest security policy accepted. "TLSv1.2_2021" matches Security Hub control CloudFront.15.',
            },
            reportDefaultCertificate: {
                type: "boolean",
                description:
                    "Also report distributions on the default *.cloudfront.net certificate, whose security policy CloudFront fixes at TLSv1.",
            },
        },
    },
    configDefaults: { minimumPolicy: "TLSv1.2_2019", reportDefaultCertificate: false },
    examples: {
        violating: [
            {
                description: "a custom certificate that accepts TLS 1.0",
                resources: [
                    {
                        type: "aws:cloudfront/distribution:Distribution",
                        name: "site",
                        props: {
                            enabled: true,
                            aliases: ["www.example.com"],
                            origins: [{ originId: "site", domainName: "acme-site.s3.eu-west-1.amazonaws.com", originAccessControlId: "E2QWRUHAPOMQZL" }],
                            defaultCacheBehavior: {
                                targetOriginId: "site",
                                allowedMethods: ["GET", "HEAD"],
                                cachedMethods: ["GET", "HEAD"],
                                viewerProtocolPolicy: "redirect-to-https",
                                cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6",
                            },
                            restrictions: { geoRestriction: { restrictionType: "none" } },
                            viewerCertificate: {
                                acmCertificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/1234abcd-12ab-34cd-56ef-1234567890ab",
                                sslSupportMethod: "sni-only",
                                minimumProtocolVersion: "TLSv1",
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a custom certificate with the TLSv1.2_2021 policy",
                resources: [
                    {
                        type: "aws:cloudfront/distribution:Distribution",
                        name: "site",
                        props: {
                            enabled: true,
                            aliases: ["www.example.com"],
                            origins: [{ originId: "site", domainName: "acme-site.s3.eu-west-1.amazonaws.com", originAccessControlId: "E2QWRUHAPOMQZL" }],
                            defaultCacheBehavior: {
                                targetOriginId: "site",
                                allowedMethods: ["GET", "HEAD"],
                                cachedMethods: ["GET", "HEAD"],
                                viewerProtocolPolicy: "redirect-to-https",
                                cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6",
                            },
                            restrictions: { geoRestriction: { restrictionType: "none" } },
                            viewerCertificate: {
                                acmCertificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/1234abcd-12ab-34cd-56ef-1234567890ab",
                                sslSupportMethod: "sni-only",
                                minimumProtocolVersion: "TLSv1.2_2021",
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:cloudfront/distribution:Distribution",
    validate(props, ctx) {
        const certificate = recordOf(props.viewerCertificate);
        // A certificate ARN that is unknown during preview (a new ACM certificate) is still a custom certificate.
        const custom =
            hasValue(knownOr(() => certificate.acmCertificateArn, "(unknown)")) || hasValue(knownOr(() => certificate.iamCertificateId, "(unknown)"));
        if (!custom) {
            if (ctx.config.reportDefaultCertificate) {
                ctx.report({
                    message: `Distribution \`${ctx.name}\` uses the default CloudFront certificate, which always accepts TLS 1.0.`,
                    propertyPath: "viewerCertificate.cloudfrontDefaultCertificate",
                    fix: 'Serve the distribution under your own domain (aliases) with an ACM certificate and `minimumProtocolVersion: "TLSv1.2_2021"`.',
                });
            }
            return;
        }
        const minimum = rank(ctx.config.minimumPolicy) ?? POLICIES.indexOf("TLSv1.2_2019");
        const policy = certificate.minimumProtocolVersion;
        // Unset, CloudFront applies TLSv1.
        const current = typeof policy === "string" && policy !== "" ? policy : "TLSv1";
        const currentRank = rank(current);
        if (currentRank !== undefined && currentRank >= minimum) return;
        const shown = currentRank !== undefined ? `"${current}"` : "a security policy it does not recognise";
        ctx.report({
            message: `Distribution \`${ctx.name}\` uses ${shown}${policy === undefined || policy === null || policy === "" ? " (the default)" : ""}, older than the accepted minimum "${ctx.config.minimumPolicy}".`,
            propertyPath: "viewerCertificate.minimumProtocolVersion",
            fix: certificate.sslSupportMethod === "vip"
                ? 'Switch `sslSupportMethod` to "sni-only" (vip only supports SSLv3 and TLSv1), then raise `minimumProtocolVersion`.'
                : undefined,
        });
    },
});
