import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/apigateway";

export default defineRule({
    id: "apigateway-stage-cache-encrypted",
    title: "API Gateway REST API response caches are encrypted",
    description:
        "When a REST API stage caches responses, the cache holds whatever the backend returned: personal data, tokens, internal details. Cache encryption is off unless requested, so every method setting that turns caching on should also encrypt the cached data.",
    severity: "medium",
    service: "apigateway",
    frameworks: {
        "aws-fsbp": ["APIGateway.5"],
        "nist-800-53-r5": ["SC-12", "SC-13", "SC-28", "SC-28(1)"],
        "pci-dss-4.0": ["3.5.1"],
    },
    tags: ["encryption-at-rest"],
    remediation: "Set `settings.cacheDataEncrypted: true` next to `settings.cachingEnabled: true` on every aws.apigateway.MethodSettings.",
    defaultLevel: "advisory",
    messages: {
        unencrypted: "Method settings `{{name}}` cache responses unencrypted: settings.cachingEnabled is true and settings.cacheDataEncrypted {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "caching on, cache encryption off",
                resources: [
                    {
                        type: "aws:apigateway/methodSettings:MethodSettings",
                        name: "prod-all",
                        props: { restApi: "a1b2c3d4e5", stageName: "prod", methodPath: "*/*", settings: { cachingEnabled: true, cacheTtlInSeconds: 300 } },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "an encrypted response cache",
                resources: [
                    {
                        type: "aws:apigateway/methodSettings:MethodSettings",
                        name: "prod-all",
                        props: {
                            restApi: "a1b2c3d4e5",
                            stageName: "prod",
                            methodPath: "*/*",
                            settings: { cachingEnabled: true, cacheDataEncrypted: true, cacheTtlInSeconds: 300 },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:apigateway/methodSettings:MethodSettings",
    validate(props, ctx) {
        const settings = props.settings;
        // Without caching there is no cache to encrypt.
        if (settings?.cachingEnabled !== true) return;
        const encrypted = settings.cacheDataEncrypted;
        if (encrypted === true) return;
        ctx.report({
            messageId: "unencrypted",
            data: { name: ctx.name, state: encrypted === undefined || encrypted === null ? "is not set (it defaults to false)" : "is not true" },
            propertyPath: "settings.cacheDataEncrypted",
        });
    },
    remediate(props) {
        if (props.settings) props.settings.cacheDataEncrypted = true;
    },
});
