import { defineRule, listOf, propertyPath, recordOf } from "../../../src";
import type {} from "../../../src/types/aws/cloudfront";

/** The protocols CloudFront offers towards a custom origin. */
const ORIGIN_PROTOCOLS = ["SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2"] as const;

function lower(value: unknown): string | undefined {
    return typeof value === "string" ? value.trim().toLowerCase() : undefined;
}

/**
 * The viewer protocol policies of the cache behaviors that route to each origin id, directly
 * or through an origin group; behaviors whose target cannot be told are kept under "*".
 */
function viewerPoliciesByOrigin(props: Record<string, unknown>): Map<string, unknown[]> {
    const groups = new Map<string, string[]>();
    for (const entry of listOf(props.originGroups)) {
        const group = recordOf(entry);
        if (typeof group.originId !== "string") continue;
        groups.set(
            group.originId,
            listOf(group.members)
                .map((m) => recordOf(m).originId)
                .filter((id): id is string => typeof id === "string"),
        );
    }
    const byOrigin = new Map<string, unknown[]>();
    const add = (id: string, policy: unknown) => {
        const list = byOrigin.get(id);
        if (list) list.push(policy);
        else byOrigin.set(id, [policy]);
    };
    for (const entry of [props.defaultCacheBehavior, ...listOf(props.orderedCacheBehaviors)]) {
        const behavior = recordOf(entry);
        const target = behavior.targetOriginId;
        if (typeof target !== "string") continue;
        for (const id of groups.get(target) ?? [target]) add(id, behavior.viewerProtocolPolicy);
        add("*", behavior.viewerProtocolPolicy);
    }
    return byOrigin;
}

export default defineRule({
    id: "cloudfront-distribution-origin-tls",
    title: "CloudFront reaches custom origins over modern TLS",
    description:
        "Viewers' HTTPS ends at the CloudFront edge; what happens next is set per origin. An origin reached over plain HTTP, or with SSLv3 or TLS 1.0/1.1 allowed, exposes requests, cookies and responses on the path between the edge and the origin. This rule is stricter than Security Hub CloudFront.10, which only rejects SSLv3: by default it also rejects TLS 1.0 and 1.1, which RFC 8996 deprecated.",
    severity: "medium",
    service: "cloudfront",
    frameworks: {
        "aws-fsbp": ["CloudFront.9", "CloudFront.10"],
        "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
        "pci-dss-4.0": ["4.2.1"],
    },
    tags: ["encryption", "network"],
    remediation:
        'On every `customOriginConfig`, set `originProtocolPolicy: "https-only"` and `originSslProtocols: ["TLSv1.2"]`. "match-viewer" is only accepted when every cache behavior that uses the origin redirects or requires HTTPS.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            allowedOriginProtocols: {
                type: "array",
                items: { type: "string", enum: [...ORIGIN_PROTOCOLS] },
                description: 'Protocols accepted in originSslProtocols. Add "TLSv1" and "TLSv1.1" to match Security Hub CloudFront.10, which only rejects SSLv3.',
            },
        },
    },
    configDefaults: { allowedOriginProtocols: ["TLSv1.2"] },
    messages: {
        httpOnly: 'Distribution `{{name}}` reaches custom origin origins[{{index}}] over plain HTTP (originProtocolPolicy "http-only").',
        matchViewerHttp:
            'Distribution `{{name}}` reaches custom origin origins[{{index}}] over plain HTTP whenever a viewer uses HTTP: originProtocolPolicy is "match-viewer" and a cache behavior using it allows HTTP ("allow-all").',
        policyUnknown: "Distribution `{{name}}` sets no recognised originProtocolPolicy on custom origin origins[{{index}}].",
        weakProtocols: "Distribution `{{name}}` lets custom origin origins[{{index}}] negotiate {{protocols}} (originSslProtocols).",
    },
    examples: {
        violating: [
            {
                description: "an API origin reached over plain HTTP",
                resources: [
                    {
                        type: "aws:cloudfront/distribution:Distribution",
                        name: "api",
                        props: {
                            enabled: true,
                            origins: [
                                {
                                    originId: "api",
                                    domainName: "api-origin.example.com",
                                    customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "http-only", originSslProtocols: ["TLSv1.2"] },
                                },
                            ],
                            defaultCacheBehavior: {
                                targetOriginId: "api",
                                allowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"],
                                cachedMethods: ["GET", "HEAD"],
                                viewerProtocolPolicy: "https-only",
                                cachePolicyId: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
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
                description: "an API origin reached over TLS 1.2 only",
                resources: [
                    {
                        type: "aws:cloudfront/distribution:Distribution",
                        name: "api",
                        props: {
                            enabled: true,
                            origins: [
                                {
                                    originId: "api",
                                    domainName: "api-origin.example.com",
                                    customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] },
                                },
                            ],
                            defaultCacheBehavior: {
                                targetOriginId: "api",
                                allowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"],
                                cachedMethods: ["GET", "HEAD"],
                                viewerProtocolPolicy: "https-only",
                                cachePolicyId: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
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
        const allowed = new Set(ctx.config.allowedOriginProtocols.map((p) => p.toLowerCase()));
        let policies: Map<string, unknown[]> | undefined;
        listOf(props.origins).forEach((entry, index) => {
            const origin = recordOf(entry);
            const config = origin.customOriginConfig;
            if (config === undefined || config === null) return; // S3 and VPC origins are not custom origins
            const custom = recordOf(config);
            const data = { name: ctx.name, index };
            const policy = lower(custom.originProtocolPolicy);
            const policyPath = propertyPath("origins", index, "customOriginConfig", "originProtocolPolicy");
            if (policy === "http-only") {
                ctx.report({ messageId: "httpOnly", data, propertyPath: policyPath });
            } else if (policy === "match-viewer") {
                policies ??= viewerPoliciesByOrigin(props as Record<string, unknown>);
                const id = typeof origin.originId === "string" ? origin.originId : undefined;
                // Behaviors that use this origin; when none can be told, every behavior of the distribution.
                const used = (id !== undefined ? policies.get(id) : undefined) ?? policies.get("*") ?? [];
                if (used.some((p) => lower(p) === "allow-all")) ctx.report({ messageId: "matchViewerHttp", data, propertyPath: policyPath });
            } else if (policy !== "https-only") {
                ctx.report({ messageId: "policyUnknown", data, propertyPath: policyPath });
            }
            const weak: string[] = [];
            for (const protocol of listOf(custom.originSslProtocols)) {
                if (typeof protocol !== "string") continue;
                const known = ORIGIN_PROTOCOLS.find((p) => p.toLowerCase() === protocol.trim().toLowerCase());
                if (!allowed.has(protocol.trim().toLowerCase())) weak.push(known ?? "a protocol it does not recognise");
            }
            if (weak.length > 0) {
                ctx.report({
                    messageId: "weakProtocols",
                    data: { ...data, protocols: [...new Set(weak)].join(", ") },
                    propertyPath: propertyPath("origins", index, "customOriginConfig", "originSslProtocols"),
                });
            }
        });
    },
});
