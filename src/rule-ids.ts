/**
 * How rule ids are formed, where a rule's file lives, and where its documentation is.
 *
 * An id is `<prefix>-<service>-<what>`: the prefix names the pack (none for aws-security, whose
 * ids start with the service), the service segment is left out when the rule's service is the
 * pack's own area (`cost-monthly-budget`, every kubernetes rule). The file is
 * `packs/<pack>/<folder>/<what>.ts`, where the folder is the service, or a topic folder for
 * rules without a service segment. So an id names its file and a path names its id.
 */

/** Per pack: the id prefix, and the folders that group rules by topic rather than by service. */
export const PACK_NAMING: Readonly<Record<string, { readonly prefix: string; readonly topicFolders: "all" | readonly string[] }>> = {
    "aws-security": { prefix: "", topicFolders: [] },
    access: { prefix: "access", topicFolders: [] },
    "azure-security": { prefix: "azure", topicFolders: [] },
    "gcp-security": { prefix: "gcp", topicFolders: [] },
    cost: { prefix: "cost", topicFolders: ["budget"] },
    kubernetes: { prefix: "k8s", topicFolders: "all" },
    tagging: { prefix: "tagging", topicFolders: ["aws"] },
};

/** The id segment for a service: Kubernetes is spelled `k8s` in ids. */
export function serviceSegment(service: string): string {
    return service === "kubernetes" ? "k8s" : service;
}

function isTopicFolder(pack: string, folder: string): boolean {
    const { topicFolders } = PACK_NAMING[pack];
    return topicFolders === "all" || topicFolders.includes(folder);
}

/** The service of a rule at `packs/<pack>/<folder>/`: the folder, or the pack itself for a topic folder. */
export function serviceFor(pack: string, folder: string): string {
    return isTopicFolder(pack, folder) ? pack : folder;
}

/** The id of the rule at `packs/<pack>/<folder>/<what>.ts`. Throws for a pack without a naming entry. */
export function ruleIdFor(pack: string, folder: string, what: string): string {
    if (!PACK_NAMING[pack]) throw new Error(`pack "${pack}" has no entry in PACK_NAMING (src/rule-ids.ts)`);
    const service = serviceFor(pack, folder);
    const segments = [PACK_NAMING[pack].prefix, service === pack ? "" : serviceSegment(service), what];
    return segments.filter((s) => s !== "").join("-");
}

/** Where rule pages live: docs/rules/ ships in the npm package, so this resolves for every release. */
export const RULE_DOCS_BASE_URL = "https://unpkg.com/pulumi-guardrails/docs/rules/";

/** The documentation page of a rule (docs/rules/<id>.md). */
export function ruleDocUrl(id: string): string {
    return `${RULE_DOCS_BASE_URL}${id}.md`;
}

/**
 * Ids renamed before 1.0, old → new. A config, exemption or selection naming an old id fails
 * with the new one in the message instead of a bare "unknown policy".
 */
export const RENAMED_RULE_IDS: Readonly<Record<string, string>> = {
    "security-group-no-public-ssh-rdp": "ec2-security-group-no-public-ssh-rdp",
    "cost-log-group-retention": "cost-cloudwatch-log-group-retention",
    "cost-eip-idle": "cost-ec2-eip-idle",
    "cost-nat-gateways-per-vpc": "cost-vpc-nat-gateways-per-vpc",
};
