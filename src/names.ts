/**
 * Names users type — framework names, policy ids, pack names — and the "did you mean" hint for a
 * misspelt one. One naming scheme for frameworks everywhere: the user name (`pci-dss`), the key
 * rules use in their metadata (`pci-dss-4.0`), or that key without its version (`cis-aws`).
 */

/**
 * The governance policy every served pack adds: it enforces the provisioning key, and its config
 * entry (`{ "environment": "prod" }`) names the environment. Not part of any approved set.
 */
export const GOVERNANCE_POLICY = "guardrails-provisioning-key";

/** The names users give frameworks, and the key rules use for each in their `frameworks` metadata. */
export const FRAMEWORK_KEYS = {
    "cis-aws-foundations": "cis-aws-3.0",
    "aws-foundational-security": "aws-fsbp",
    "pci-dss": "pci-dss-4.0",
    "nist-800-53": "nist-800-53-r5",
    "kubernetes-pss-restricted": "k8s-pss-restricted",
    "kubernetes-pss-baseline": "k8s-pss-baseline",
    "cis-kubernetes": "cis-k8s-1.9",
    "cis-azure-foundations": "cis-azure-6.0",
    "cis-gcp-foundations": "cis-gcp-5.0",
} as const;

/** A framework's user name (`pci-dss`, `cis-aws-foundations`, ...). */
export type FrameworkName = keyof typeof FRAMEWORK_KEYS;

/** The metadata key a framework name stands for: a user name, a key, or a key without its version; undefined when none. */
export function frameworkKeyOf(name: string): string | undefined {
    const byName = (FRAMEWORK_KEYS as Record<string, string>)[name];
    if (byName) return byName;
    const keys: string[] = Object.values(FRAMEWORK_KEYS);
    if (keys.includes(name)) return name;
    const unversioned = keys.filter((k) => k.startsWith(`${name}-`) && /^[\d.r]+$/.test(k.slice(name.length + 1)));
    return unversioned.length === 1 ? unversioned[0] : undefined;
}

/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

/** The candidate closest to `name` by edit distance, when close enough to be a likely typo. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
    let best: { id: string; distance: number } | undefined;
    for (const id of candidates) {
        const distance = editDistance(name, id);
        if (!best || distance < best.distance) best = { id, distance };
    }
    return best && best.distance <= Math.max(2, Math.floor(name.length / 4)) ? best.id : undefined;
}
