/**
 * Upstream Pod Security Admission fixtures (imported by scripts/import-psa-fixtures.mjs) run
 * through the PSS rules: a "fail" fixture must get at least one violation, from the rule that
 * implements the fixture's check, and a "pass" fixture must get none.
 *
 * Baseline fixtures run the pss-baseline rules; Restricted fixtures run pss-baseline and
 * pss-restricted rules under pssProfile("restricted") (so overridden Baseline rules are off,
 * as upstream's OverrideCheckIDs switch their checks off).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Rule } from "../../src";
import { mockResource, runRules } from "../../src/testing";
import { PSS_BASELINE, PSS_RESTRICTED } from "./lib/pss";
import probeHost from "./pod-security/pod-no-host-probes";
import procMountRestricted from "./pod-security/pod-proc-mount-restricted";
import { pssProfile, pssVersionConfig } from "./profiles";
import { kubernetesRules } from "./rules";

interface FixtureCase {
    readonly level: "baseline" | "restricted";
    readonly version: string;
    readonly expect: "pass" | "fail";
    readonly check: string;
    readonly file: string;
    readonly metadata: Record<string, unknown>;
    readonly spec: Record<string, unknown>;
}

/** Upstream check id (as in the fixture file names) → the rule that implements it, per level. */
export const CHECK_RULES: Readonly<Record<string, { baseline?: string; restricted: string }>> = {
    allowprivilegeescalation: { restricted: "k8s-pod-no-privilege-escalation" },
    apparmorprofile: { baseline: "k8s-pod-apparmor-not-disabled", restricted: "k8s-pod-apparmor-not-disabled" },
    // Overridden under Restricted by capabilities_restricted (upstream OverrideCheckIDs).
    capabilities_baseline: { baseline: "k8s-pod-capabilities-baseline", restricted: "k8s-pod-capabilities-drop-all" },
    capabilities_restricted: { restricted: "k8s-pod-capabilities-drop-all" },
    hostnamespaces: { baseline: "k8s-pod-no-host-namespaces", restricted: "k8s-pod-no-host-namespaces" },
    // Overridden under Restricted by restrictedVolumes (upstream OverrideCheckIDs).
    hostpathvolumes: { baseline: "k8s-pod-no-host-path-volumes", restricted: "k8s-pod-restricted-volume-types" },
    hostports: { baseline: "k8s-pod-no-host-ports", restricted: "k8s-pod-no-host-ports" },
    hostprobesandhostlifecycle: { baseline: "k8s-pod-no-host-probes", restricted: "k8s-pod-no-host-probes" },
    privileged: { baseline: "k8s-pod-no-privileged-containers", restricted: "k8s-pod-no-privileged-containers" },
    // Overridden under Restricted by procMount_restricted from v1.35 (upstream OverrideCheckIDs).
    procmount: { baseline: "k8s-pod-default-proc-mount", restricted: "k8s-pod-proc-mount-restricted" },
    procmount_restricted: { restricted: "k8s-pod-proc-mount-restricted" },
    restrictedvolumes: { restricted: "k8s-pod-restricted-volume-types" },
    runasnonroot: { restricted: "k8s-pod-run-as-non-root" },
    runasuser: { restricted: "k8s-pod-no-root-user" },
    // Overridden under Restricted by seccompProfile_restricted (upstream OverrideCheckIDs).
    seccompprofile_baseline: { baseline: "k8s-pod-seccomp-not-unconfined", restricted: "k8s-pod-seccomp-required" },
    seccompprofile_restricted: { restricted: "k8s-pod-seccomp-required" },
    selinuxoptions: { baseline: "k8s-pod-selinux-options", restricted: "k8s-pod-selinux-options" },
    sysctls: { baseline: "k8s-pod-safe-sysctls", restricted: "k8s-pod-safe-sysctls" },
    windowshostprocess: { baseline: "k8s-pod-no-windows-host-process", restricted: "k8s-pod-no-windows-host-process" },
};

/** Fixtures we knowingly do not match, with the reason (kept empty unless a gap is documented). */
const KNOWN_GAPS: Readonly<Record<string, string>> = {};

function load(level: string): FixtureCase[] {
    const document = JSON.parse(readFileSync(join(__dirname, "psa-fixtures", `${level}.json`), "utf8")) as { cases: FixtureCase[] };
    return document.cases;
}

// Rules on disk that the pack index may not list yet.
const EXTRA_RULES: readonly Rule[] = [probeHost, procMountRestricted];
const allRules: Rule[] = [...kubernetesRules];
for (const rule of EXTRA_RULES) if (!allRules.some((r) => r.id === rule.id)) allRules.push(rule);
const pss = (tag: string) => allRules.filter((r) => (r.tags ?? []).includes(tag));
const RULES = { baseline: pss(PSS_BASELINE), restricted: [...pss(PSS_BASELINE), ...pss(PSS_RESTRICTED)] };
const LEVELS = { baseline: pssProfile("baseline", { rules: allRules }), restricted: pssProfile("restricted", { rules: allRules }) };
const PSS_RULE_IDS = new Set(RULES.restricted.map((r) => r.id));

function config(level: "baseline" | "restricted", version: string): Record<string, Record<string, unknown>> {
    const ids = new Set(RULES[level].map((r) => r.id));
    return Object.fromEntries(Object.entries(pssVersionConfig(version, { rules: allRules })).filter(([id]) => ids.has(id)));
}

const cases = [...load("baseline"), ...load("restricted")];

test("the fixture data covers both levels and every mapped check", () => {
    expect(cases.some((c) => c.level === "baseline")).toBe(true);
    expect(cases.some((c) => c.level === "restricted")).toBe(true);
    const checks = new Set(cases.map((c) => c.check));
    for (const check of checks) if (!check.startsWith("base")) expect(CHECK_RULES).toHaveProperty([check]);
    for (const entry of Object.values(CHECK_RULES)) {
        for (const id of [entry.baseline, entry.restricted]) if (id) expect(PSS_RULE_IDS).toContain(id);
    }
});

describe.each(cases.map((c) => [c.file, c] as const))("%s", (_file, c) => {
    const run = KNOWN_GAPS[c.file] ? test.skip : test;
    run(`${c.expect}s under ${c.level} ${c.version}`, async () => {
        const resource = mockResource.untyped("kubernetes:core/v1:Pod", { metadata: { namespace: "psa", ...c.metadata }, spec: c.spec }, { name: String(c.metadata.name ?? "pod") });
        const result = await runRules(RULES[c.level], resource, { levels: LEVELS[c.level], config: config(c.level, c.version) });
        expect(result.ruleErrors).toEqual([]);
        expect(result.skippedForUnknown).toEqual([]);
        const found = result.violations.map((v) => `${v.policyName}: ${v.message}`);
        if (c.expect === "pass") {
            expect(found).toEqual([]);
        } else {
            const ruleId = CHECK_RULES[c.check]?.[c.level];
            expect(found.length).toBeGreaterThan(0);
            expect(result.violations.map((v) => v.policyName)).toContain(ruleId);
        }
    });
});
