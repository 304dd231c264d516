import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./viewer-https-only";

const behavior = (viewerProtocolPolicy: string, extra: { pathPattern?: string } = {}) => ({
    allowedMethods: ["GET", "HEAD"],
    cachedMethods: ["GET", "HEAD"],
    targetOriginId: "site",
    viewerProtocolPolicy,
    ...extra,
});
const distribution = (defaultPolicy: string, ordered?: Array<ReturnType<typeof behavior>>) =>
    mockResource(
        "aws:cloudfront/distribution:Distribution",
        {
            enabled: true,
            origins: [{ domainName: "site.example.com", originId: "site" }],
            restrictions: { geoRestriction: { restrictionType: "none" } },
            viewerCertificate: { cloudfrontDefaultCertificate: true },
            defaultCacheBehavior: behavior(defaultPolicy),
            orderedCacheBehaviors: ordered,
        },
        { name: "site" },
    );

export const cases: RuleCase[] = [
    {
        name: "default behavior allows HTTP",
        resources: distribution("allow-all"),
        expect: { violations: [{ propertyPath: "defaultCacheBehavior.viewerProtocolPolicy", messageIncludes: '"allow-all"' }] },
    },
    {
        name: "one ordered behavior allows HTTP",
        resources: distribution("redirect-to-https", [behavior("https-only", { pathPattern: "/api/*" }), behavior("allow-all", { pathPattern: "/img/*" })]),
        expect: { violations: [{ propertyPath: "orderedCacheBehaviors[1].viewerProtocolPolicy", messageIncludes: "orderedCacheBehaviors[1]" }] },
    },
    {
        name: "unexpected value is reported without echoing it",
        resources: distribution("whatever"),
        expect: { violations: [{ propertyPath: "defaultCacheBehavior.viewerProtocolPolicy", messageIncludes: "does not set" }] },
    },
    { name: "redirect everywhere", resources: distribution("redirect-to-https", [behavior("https-only", { pathPattern: "/api/*" })]), expect: "pass" },
    { name: "https-only, no ordered behaviors", resources: distribution("https-only"), expect: "pass" },
    { name: "policy unknown during preview", resources: distribution(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
