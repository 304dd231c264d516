/**
 * Pod Security Standards profiles as level overrides: `pssProfile("restricted")` makes every
 * Baseline and Restricted rule mandatory; `pssProfile("baseline")` makes the Baseline rules
 * mandatory and switches the Restricted-only ones off. Rules are picked by their tags.
 *
 *     composePack({ name: "k8s", rules: kubernetes.rules, levels: pssProfile("restricted") });
 */
import type { Level, LevelOverrides } from "../../src";
import { PSS_BASELINE, PSS_RESTRICTED } from "./lib/pss";
import { kubernetesRules } from "./rules";

export type PssProfile = "baseline" | "restricted";

export function pssProfile(profile: PssProfile): LevelOverrides {
    if (profile !== "baseline" && profile !== "restricted") {
        throw new Error(`Unknown Pod Security Standards profile "${String(profile)}": use "baseline" or "restricted".`);
    }
    const rules: Record<string, Level> = {};
    for (const rule of kubernetesRules) {
        const tags = rule.tags ?? [];
        if (tags.includes(PSS_BASELINE)) rules[rule.id] = "mandatory";
        else if (tags.includes(PSS_RESTRICTED)) rules[rule.id] = profile === "restricted" ? "mandatory" : "disabled";
    }
    return { rules };
}
