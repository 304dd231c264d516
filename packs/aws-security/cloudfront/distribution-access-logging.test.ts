import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./distribution-access-logging";

type Props = MockProps<"aws:cloudfront/distribution:Distribution">;
const distribution = (name: string, props: Props = {}) =>
    mockResource(
        "aws:cloudfront/distribution:Distribution",
        {
            arn: `arn:aws:cloudfront::123456789012:distribution/${name}`,
            enabled: true,
            origins: [{ domainName: "site.example.com", originId: "site" }],
            restrictions: { geoRestriction: { restrictionType: "none" } },
            viewerCertificate: { cloudfrontDefaultCertificate: true },
            defaultCacheBehavior: { allowedMethods: ["GET", "HEAD"], cachedMethods: ["GET", "HEAD"], targetOriginId: "site", viewerProtocolPolicy: "https-only" },
            ...props,
        } as Props,
        { name },
    );
const source = (name: string, props: MockProps<"aws:cloudwatch/logDeliverySource:LogDeliverySource">, dependsOn?: string) =>
    mockResource("aws:cloudwatch/logDeliverySource:LogDeliverySource", { name, ...props }, { name, propertyDependencies: dependsOn ? { resourceArn: [dependsOn] } : undefined });
const delivery = (name: string, deliverySourceName: unknown, dependsOn?: string) =>
    mockResource(
        "aws:cloudwatch/logDelivery:LogDelivery",
        { deliverySourceName: deliverySourceName as string, deliveryDestinationArn: "arn:aws:logs:us-east-1:123456789012:delivery-destination:cdn" },
        { name, propertyDependencies: dependsOn ? { deliverySourceName: [dependsOn] } : undefined },
    );

const site = distribution("site");
const previewSource = source("site-logs", { resourceArn: unknown(), logType: "ACCESS_LOGS" }, site.urn);
const cdnSource = source("site-logs", { resourceArn: "arn:aws:cloudfront::123456789012:distribution/site", logType: "ACCESS_LOGS" });

export const cases: RuleCase[] = [
    {
        name: "no logging at all",
        resources: [site],
        expect: { violations: [{ urn: site.urn, messageId: "noLogging", data: { name: "site" }, propertyPath: "loggingConfig.bucket" }] },
    },
    { name: "legacy logging to S3", resources: [distribution("site", { loggingConfig: { bucket: "logs.s3.amazonaws.com", prefix: "cdn/" } })], expect: "pass" },
    { name: "loggingConfig with only includeCookies does not log", resources: [distribution("site", { loggingConfig: { includeCookies: true } })], expect: { violations: [{ urn: site.urn }] } },
    { name: "empty bucket", resources: [distribution("site", { loggingConfig: { bucket: "" } })], expect: { violations: ["loggingConfig.bucket"] } },
    { name: "standard logging v2 joined by ARN and source name", resources: [site, cdnSource, delivery("site-delivery", "site-logs")], expect: "pass" },
    {
        name: "standard logging v2 joined through property dependencies while the ARN and name are unknown (preview)",
        resources: [distribution("site", { arn: unknown() } as Props), previewSource, delivery("site-delivery", unknown(), previewSource.urn)],
        expect: "pass",
    },
    { name: "a delivery source without a delivery does not log", resources: [site, cdnSource], expect: { violations: [{ urn: site.urn }] } },
    {
        name: "a delivery source of another log type does not log access",
        resources: [site, source("site-conn", { resourceArn: "arn:aws:cloudfront::123456789012:distribution/site", logType: "CONNECTION_LOGS" }), delivery("d", "site-conn")],
        expect: { violations: [{ urn: site.urn }] },
    },
    {
        name: "one distribution logged, one not",
        resources: [site, cdnSource, delivery("site-delivery", "site-logs"), distribution("docs")],
        expect: { violations: [{ messageIncludes: "`docs`" }] },
    },
    { name: "bucket unknown during preview: not judged", resources: [distribution("site", { loggingConfig: { bucket: unknown() } })], expect: "skipped" },
    {
        name: "a delivery source whose distribution cannot be told: not judged",
        resources: [site, source("mystery", { resourceArn: unknown(), logType: "ACCESS_LOGS" }), delivery("d", "mystery")],
        expect: "skipped",
    },
    { name: "no distributions", resources: [mockResource("aws:s3/bucket:Bucket", { bucket: "b" })], expect: "not-judged" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
