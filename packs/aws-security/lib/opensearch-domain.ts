/** Shared by the OpenSearch rules, which judge OpenSearch and legacy Elasticsearch domains alike. */

export const DOMAIN_TYPES = ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"] as const;

/** "OpenSearch domain" or "Elasticsearch domain", for messages. */
export function domainKind(type: string): string {
    return type === "aws:elasticsearch/domain:Domain" ? "Elasticsearch domain" : "OpenSearch domain";
}

/**
 * The log types a domain publishes to CloudWatch Logs: `logPublishingOptions` entries not
 * switched off (`enabled` defaults to true), upper-cased. An unknown entry throws on reading.
 */
export function publishedLogTypes(options: unknown): Set<string> {
    const types = new Set<string>();
    if (!Array.isArray(options)) return types;
    for (let i = 0; i < options.length; i++) {
        const option: unknown = options[i];
        if (option === null || typeof option !== "object") continue;
        const { enabled, logType } = option as { enabled?: unknown; logType?: unknown };
        if (enabled === false || typeof logType !== "string") continue;
        types.add(logType.trim().toUpperCase());
    }
    return types;
}
