import { defineRule } from "../../../src";
import { DOMAIN_TYPES, domainKind, publishedLogTypes } from "../lib/opensearch-domain";
import type {} from "../../../src/types/aws/opensearch";
import type {} from "../../../src/types/aws/elasticsearch";

export default defineRule({
    id: "opensearch-domain-logging",
    title: "OpenSearch domains publish logs to CloudWatch",
    description:
        "A domain keeps its error, slow and audit logs to itself unless it publishes them to CloudWatch Logs, and every type is off by default; without any, failed requests, cluster errors and abusive queries leave nothing to investigate.",
    severity: "medium",
    service: "opensearch",
    frameworks: {
        "nist-800-53-r5": ["AU-2", "AU-12"],
    },
    tags: ["logging"],
    remediation:
        'Add `logPublishingOptions` entries, at least `{ logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: <log group ARN> }`, and give OpenSearch a CloudWatch Logs resource policy that lets it write to the group.',
    defaultLevel: "advisory",
    messages: {
        noLogs: "{{kind}} `{{name}}` publishes no logs to CloudWatch Logs: {{state}}.",
    },
    examples: {
        violating: [
            {
                description: "a domain that publishes no logs",
                resources: [{ type: "aws:opensearch/domain:Domain", name: "search", props: { engineVersion: "OpenSearch_2.13" } }],
            },
        ],
        compliant: [
            {
                description: "a domain that publishes its error logs",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "search",
                        props: {
                            engineVersion: "OpenSearch_2.13",
                            logPublishingOptions: [{ logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/search" }],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...DOMAIN_TYPES],
    validate(props, ctx) {
        const options = props.logPublishingOptions;
        if (publishedLogTypes(options).size > 0) return;
        const state = Array.isArray(options) && options.length > 0 ? "every logPublishingOptions entry is disabled" : "logPublishingOptions is not set";
        ctx.report({ messageId: "noLogs", data: { kind: domainKind(ctx.type), name: ctx.name, state }, propertyPath: "logPublishingOptions" });
    },
});
