import { defineRule } from "../../../src";
import { DOMAIN_TYPES, domainKind, publishedLogTypes } from "../lib/opensearch-domain";
import type {} from "../../../src/types/aws/opensearch";
import type {} from "../../../src/types/aws/elasticsearch";

export default defineRule({
    id: "opensearch-domain-audit-logging",
    title: "OpenSearch domains publish audit logs",
    description:
        "Audit logs record who authenticated, which indices they read or changed and which requests were refused. Without them, access with a stolen or shared account cannot be traced. They need fine-grained access control and are off by default.",
    severity: "medium",
    service: "opensearch",
    frameworks: {
        "aws-fsbp": ["Opensearch.5", "ES.5"],
        "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
        "pci-dss-4.0": ["10.2.1"],
    },
    tags: ["logging"],
    remediation:
        'Turn on fine-grained access control (`advancedSecurityOptions.enabled: true`) and add a `logPublishingOptions` entry `{ logType: "AUDIT_LOGS", cloudwatchLogGroupArn: <log group ARN> }`.',
    defaultLevel: "advisory",
    messages: {
        noAuditLogs: "{{kind}} `{{name}}` does not publish audit logs: no enabled logPublishingOptions entry has logType AUDIT_LOGS.",
    },
    examples: {
        violating: [
            {
                description: "a domain that publishes error logs only",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "search",
                        props: { logPublishingOptions: [{ logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/search" }] },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a domain that publishes audit logs",
                resources: [
                    {
                        type: "aws:opensearch/domain:Domain",
                        name: "search",
                        props: {
                            advancedSecurityOptions: { enabled: true, internalUserDatabaseEnabled: false },
                            logPublishingOptions: [{ logType: "AUDIT_LOGS", cloudwatchLogGroupArn: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/search-audit" }],
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...DOMAIN_TYPES],
    validate(props, ctx) {
        if (publishedLogTypes(props.logPublishingOptions).has("AUDIT_LOGS")) return;
        ctx.report({ messageId: "noAuditLogs", data: { kind: domainKind(ctx.type), name: ctx.name }, propertyPath: "logPublishingOptions" });
    },
});
