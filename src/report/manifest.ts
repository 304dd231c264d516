/**
 * A pack's manifest: what users of a published pack depend on — its policy names, default
 * levels and config schemas. A committed snapshot per pack (manifests/<pack>.json) makes any
 * change to it visible, and a test demands a version bump and a CHANGELOG entry with it.
 */
import type { PackDefinition } from "../pack";

/** What users of a published pack depend on: its name, version and each policy's id, default level and config schema. */
export interface PackManifest {
    /** The pack name. */
    readonly name: string;
    /** The pack version. */
    readonly version: string;
    /** Every policy, sorted by id. */
    readonly policies: ReadonlyArray<{
        readonly id: string;
        readonly defaultLevel: string;
        readonly severity: string;
        readonly appliesTo: string | readonly string[];
        readonly configSchema?: unknown;
        readonly configDefaults?: unknown;
    }>;
}

/** The manifest of a pack, as committed under `manifests/`. */
export function packManifest(pack: PackDefinition): PackManifest {
    return {
        name: pack.name,
        version: pack.version,
        policies: [...pack.rules]
            .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
            .map((rule) => ({
                id: rule.id,
                defaultLevel: rule.defaultLevel,
                severity: rule.severity,
                appliesTo: rule.kind === "stack" ? "stack" : [...rule.resourceTypes],
                ...(rule.configSchema ? { configSchema: rule.configSchema, configDefaults: rule.configDefaults ?? {} } : {}),
            })),
    };
}

/** The manifest without its version: what must not change without a version bump. */
export function manifestContent(manifest: PackManifest): string {
    return JSON.stringify(manifest.policies);
}
