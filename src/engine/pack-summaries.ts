/**
 * Packs' stack-wide summaries (the cost pack's estimate), computed over props watched for
 * secrets like any rule's: an item about a resource whose secret values the summary read shows
 * only its identity and figures, every word of it `[secret]` (an instance class read out of a
 * secret must not appear in `basis` or `reason`).
 */
import type { PackDefinition } from "../pack";
import { SECRET_PLACEHOLDER } from "../resource";
import { MarkTree, SecretWatch, watchSecrets } from "../secrets";
import type { ResourceUnderTest } from "./evaluate";

/** Fields of a summary item that name the resource, not its values. */
const IDENTITY_FIELDS = new Set(["urn", "type", "name"]);

function withheldItems(value: unknown, sawSecrets: (urn: string) => boolean): unknown {
    if (Array.isArray(value)) return value.map((v) => withheldItems(v, sawSecrets));
    if (value === null || typeof value !== "object") return value;
    const record = value as Record<string, unknown>;
    const secretItem = typeof record.urn === "string" && sawSecrets(record.urn);
    return Object.fromEntries(
        Object.entries(record).map(([key, item]) => {
            if (secretItem && !IDENTITY_FIELDS.has(key) && (typeof item === "string" || typeof item === "boolean")) return [key, SECRET_PLACEHOLDER];
            return [key, withheldItems(item, secretItem ? () => true : sawSecrets)];
        }),
    );
}

/** Every pack's summary of the resources; a summary that fails is named, never fatal. */
export function summarizePacks(packs: readonly PackDefinition[], resources: readonly ResourceUnderTest[]): Record<string, unknown> {
    const summaries: Record<string, unknown> = {};
    for (const pack of packs) {
        if (!pack.summarize) continue;
        const watches = new Map<string, SecretWatch>();
        const watched = resources.map((r) => {
            const tree = MarkTree.of({ secret: r.secretPaths ?? [], unreadable: r.unreadablePaths ?? [] });
            if (!tree) return r;
            const watch = new SecretWatch();
            watches.set(r.urn, watch);
            return { ...r, props: watchSecrets(r.props, tree, watch) };
        });
        try {
            const summary = pack.summarize(watched);
            Object.assign(summaries, withheldItems(summary, (urn) => watches.get(urn)?.sawSecrets ?? false));
        } catch (error) {
            // A summary is informative; its failure must not hide the check's verdict.
            summaries[`${pack.name}SummaryError`] = error instanceof Error ? error.name : "error";
        }
    }
    return summaries;
}
