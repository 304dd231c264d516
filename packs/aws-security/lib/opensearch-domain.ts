/** Shared by the OpenSearch rules, which judge OpenSearch and legacy Elasticsearch domains alike. */

export const DOMAIN_TYPES = ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"] as const;

/** "OpenSearch domain" or "Elasticsearch domain", for messages. */
export function domainKind(type: string): string {
    return type === "aws:elasticsearch/domain:Domain" ? "Elasticsearch domain" : "OpenSearch domain";
}
