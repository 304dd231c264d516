/**
 * Pod Security Standards profiles as level overrides: `pssProfile("restricted")` makes every
 * Baseline and Restricted rule mandatory; `pssProfile("baseline")` makes the Baseline rules
 * mandatory and switches the Restricted-only ones off. Rules are picked by their tags.
 *
 *     composePack({ name: "k8s", rules: kubernetes.rules, levels: pssProfile("restricted") });
 *
 * Under "restricted", the Baseline rules that a Restricted rule supersedes are switched off, as
 * Pod Security Admission's `OverrideCheckIDs` skip the overridden Baseline checks, so one problem
 * gives one finding (the Restricted rule reports everything the Baseline one would).
 *
 * The policy version is a per-rule setting (`pssVersion`), not a level: `LevelOverrides` carries
 * levels only, so set it in the policy pack config for each PSS rule (see `pssVersionConfig`).
 */
import type { Level, LevelOverrides, Rule } from "../../src";
import { PSS_BASELINE, PSS_RESTRICTED } from "./lib/pss";
import { kubernetesRules } from "./rules";

export type PssProfile = "baseline" | "restricted";

/**
 * Baseline rule → the Restricted rule that overrides it under the Restricted profile, from
 * upstream policy/check_*.go `OverrideCheckIDs` (commit 8f84a87, 2026-07-01):
 * capabilities_restricted → capabilities_baseline, seccompProfile_restricted →
 * seccompProfile_baseline, restrictedVolumes → hostPathVolumes, procMount_restricted (v1.35+) →
 * procMount.
 */
export const RESTRICTED_OVERRIDES: Readonly<Record<string, string>> = {
    "k8s-pod-capabilities-baseline": "k8s-pod-capabilities-drop-all",
    "k8s-pod-seccomp-not-unconfined": "k8s-pod-seccomp-required",
    "k8s-pod-no-host-path-volumes": "k8s-pod-restricted-volume-types",
    "k8s-pod-default-proc-mount": "k8s-pod-proc-mount-restricted",
};

export interface PssProfileOptions {
    /** The rules to pick from (default: every rule of the kubernetes pack). */
    readonly rules?: readonly Rule[];
}

export function pssProfile(profile: PssProfile, options: PssProfileOptions = {}): LevelOverrides {
    const all = options.rules ?? kubernetesRules;
    if (profile !== "baseline" && profile !== "restricted") {
        throw new Error(`Unknown Pod Security Standards profile "${String(profile)}": use "baseline" or "restricted".`);
    }
    const rules: Record<string, Level> = {};
    const ids = new Set(all.map((rule) => rule.id));
    for (const rule of all) {
        const tags = rule.tags ?? [];
        if (tags.includes(PSS_BASELINE)) rules[rule.id] = "mandatory";
        else if (tags.includes(PSS_RESTRICTED)) rules[rule.id] = profile === "restricted" ? "mandatory" : "disabled";
    }
    if (profile === "restricted") {
        // Only when the overriding rule is in the pack: otherwise the Baseline rule stays on.
        for (const [baseline, restricted] of Object.entries(RESTRICTED_OVERRIDES)) {
            if (rules[baseline] !== undefined && ids.has(restricted)) rules[baseline] = "disabled";
        }
    }
    return { rules };
}

/**
 * A policy pack config fragment setting `pssVersion` ("latest" or "v1.<minor>") on every PSS rule,
 * for `--policy-pack-config` or the testing kit's `config` option.
 */
export function pssVersionConfig(version: string, options: PssProfileOptions = {}): Record<string, { pssVersion: string }> {
    const config: Record<string, { pssVersion: string }> = {};
    for (const rule of options.rules ?? kubernetesRules) {
        const tags = rule.tags ?? [];
        if (!tags.includes(PSS_BASELINE) && !tags.includes(PSS_RESTRICTED)) continue;
        if (rule.configSchema?.properties && "pssVersion" in rule.configSchema.properties) config[rule.id] = { pssVersion: version };
    }
    return config;
}
