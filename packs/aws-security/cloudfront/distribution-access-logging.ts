import { defineRule, known, recordOf, type StackResource } from "../../../src";
import { joinSatellites } from "../../shared/join";
import type {} from "../../../src/types/aws/cloudfront";
import type {} from "../../../src/types/aws/cloudwatch";

const DISTRIBUTION_TYPE = "aws:cloudfront/distribution:Distribution";
const SOURCE_TYPE = "aws:cloudwatch/logDeliverySource:LogDeliverySource";
const DELIVERY_TYPE = "aws:cloudwatch/logDelivery:LogDelivery";

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

type Verdict = "logged" | "not-logged" | "unknown";

/** Legacy (v1) standard logging: `loggingConfig.bucket` set. */
function legacyLogging(distribution: StackResource): Verdict {
    const bucket = known(() => recordOf(recordOf(distribution.props).loggingConfig).bucket);
    if (!bucket.known) return "unknown";
    return typeof bucket.value === "string" && bucket.value.trim() !== "" ? "logged" : "not-logged";
}

/**
 * CloudFront access logs are written by legacy standard logging (`loggingConfig.bucket`) or by
 * standard logging v2: a CloudWatch Logs delivery source for the distribution (logType
 * ACCESS_LOGS) with a delivery to a destination. Both joins go through packs/shared/join.ts.
 */
export default defineRule({
    id: "cloudfront-distribution-access-logging",
    title: "CloudFront distributions log viewer requests",
    description:
        "CloudFront access logs record every request the edge serves: client address, path, status and edge location. They are how abuse, scraping or a leaked signed URL is found and investigated, and requests served while logging was off leave no record.",
    severity: "medium",
    service: "cloudfront",
    frameworks: {
        "aws-fsbp": ["CloudFront.5"],
        "nist-800-53-r5": ["AU-2", "AU-3", "AU-12", "CA-7"],
        "pci-dss-4.0": ["10.2.1"],
    },
    tags: ["logging"],
    remediation:
        "Set `loggingConfig: { bucket: logBucket.bucketDomainName, prefix: \"cloudfront/\" }` (the bucket needs ACLs enabled for the awslogsdelivery account), or use standard logging v2: an aws.cloudwatch.LogDeliverySource with `resourceArn: distribution.arn` and `logType: \"ACCESS_LOGS\"`, and an aws.cloudwatch.LogDelivery from it to a LogDeliveryDestination (S3, CloudWatch Logs or Firehose).",
    defaultLevel: "advisory",
    messages: {
        noLogging:
            "Distribution `{{name}}` does not log viewer requests: loggingConfig.bucket is not set and no standard logging v2 delivery (LogDeliverySource with logType ACCESS_LOGS and a LogDelivery) refers to it.",
    },
    examples: {
        violating: [
            {
                description: "a distribution without access logs",
                resources: [{ type: DISTRIBUTION_TYPE, name: "site", props: EXAMPLE_PROPS }],
            },
        ],
        compliant: [
            {
                description: "legacy standard logging to an S3 bucket",
                resources: [
                    {
                        type: DISTRIBUTION_TYPE,
                        name: "site",
                        props: { ...EXAMPLE_PROPS, loggingConfig: { bucket: "acme-cdn-logs.s3.amazonaws.com", prefix: "site/", includeCookies: false } },
                    },
                ],
            },
        ],
    },
    stack: true,
    validate(stack, ctx) {
        const distributions = stack.ofType(DISTRIBUTION_TYPE);
        if (distributions.length === 0) return;
        let v2: { sourcesOf: (urn: string) => readonly StackResource[]; deliveredSources: Set<string>; unknownRefs: boolean } | undefined;
        const logsViaV2 = (distribution: StackResource): Verdict => {
            v2 ??= (() => {
                const sources = joinSatellites(stack, { parentTypes: [DISTRIBUTION_TYPE], parentKeys: ["arn"], childTypes: [SOURCE_TYPE], childKey: "resourceArn" });
                const deliveries = joinSatellites(stack, { parentTypes: [SOURCE_TYPE], parentKeys: ["name"], childTypes: [DELIVERY_TYPE], childKey: "deliverySourceName" });
                const deliveredSources = new Set(deliveries.parents.filter((s) => deliveries.childrenOf(s.urn).length > 0).map((s) => s.urn));
                return {
                    sourcesOf: sources.childrenOf,
                    deliveredSources,
                    unknownRefs: sources.hasUnknownReferences || deliveries.hasUnknownReferences,
                };
            })();
            let sawUnknown = false;
            for (const source of v2.sourcesOf(distribution.urn)) {
                const logType = known(() => recordOf(source.props).logType);
                if (!logType.known) {
                    sawUnknown = true;
                    continue;
                }
                if (typeof logType.value === "string" && logType.value.toUpperCase() === "ACCESS_LOGS" && v2.deliveredSources.has(source.urn)) return "logged";
            }
            return sawUnknown || v2.unknownRefs ? "unknown" : "not-logged";
        };
        for (const distribution of distributions) {
            const legacy = legacyLogging(distribution);
            if (legacy === "logged") continue;
            const modern = logsViaV2(distribution);
            // An unknown bucket or delivery reference may be this distribution's logging: not judged.
            if (modern === "logged" || modern === "unknown" || legacy === "unknown") continue;
            ctx.report({ urn: distribution.urn, messageId: "noLogging", data: { name: distribution.name }, propertyPath: "loggingConfig.bucket" });
        }
    },
});
