import { resolveLevel, type Rule } from "../../src";
import { caseKind, runRules, type RuleCase } from "../../src/testing";
import { container, pod } from "./__tests__/fixtures";
import { PSS_BASELINE, PSS_RESTRICTED } from "./lib/pss";
import { cases as capabilitiesCases } from "./pod-security/pod-capabilities-baseline.test";
import { cases as procMountCases } from "./pod-security/pod-default-proc-mount.test";
import { cases as hostPathCases } from "./pod-security/pod-no-host-path-volumes.test";
import probeHost from "./pod-security/pod-no-host-probes";
import procMountRestricted from "./pod-security/pod-proc-mount-restricted";
import { cases as seccompCases } from "./pod-security/pod-seccomp-not-unconfined.test";
import { pssProfile, pssVersionConfig, RESTRICTED_OVERRIDES } from "./profiles";
import { kubernetesRules } from "./rules";

// Rules on disk the pack index may not list yet.
const allRules: Rule[] = [...kubernetesRules];
for (const rule of [probeHost, procMountRestricted]) if (!allRules.some((r) => r.id === rule.id)) allRules.push(rule);
const byId = new Map(allRules.map((r) => [r.id, r]));
const pssRules = allRules.filter((r) => (r.tags ?? []).includes(PSS_BASELINE) || (r.tags ?? []).includes(PSS_RESTRICTED));
const restricted = pssProfile("restricted", { rules: allRules });

test("every override pairs a Baseline rule with a Restricted rule", () => {
    for (const [baseline, restrictedId] of Object.entries(RESTRICTED_OVERRIDES)) {
        expect(byId.get(baseline)?.tags).toContain(PSS_BASELINE);
        expect(byId.get(restrictedId)?.tags).toContain(PSS_RESTRICTED);
    }
});

test('under "restricted" the overridden Baseline rules are disabled, the rest mandatory', () => {
    for (const rule of pssRules) {
        expect([rule.id, resolveLevel(rule, restricted)]).toEqual([rule.id, rule.id in RESTRICTED_OVERRIDES ? "disabled" : "mandatory"]);
    }
});

test('under "baseline" nothing is overridden', () => {
    const baseline = pssProfile("baseline", { rules: allRules });
    for (const id of Object.keys(RESTRICTED_OVERRIDES)) expect(resolveLevel(byId.get(id) as Rule, baseline)).toBe("mandatory");
});

test("a Baseline rule stays on when its Restricted counterpart is not among the rules", () => {
    const withoutProcMountRestricted = allRules.filter((r) => r.id !== "k8s-pod-proc-mount-restricted");
    const levels = pssProfile("restricted", { rules: withoutProcMountRestricted });
    expect(levels.rules?.["k8s-pod-default-proc-mount"]).toBe("mandatory");
});

/** Pods that break a Baseline rule and its Restricted counterpart at once. */
const BOTH: readonly [string, Record<string, unknown>, string][] = [
    ["capabilities", { containers: [container({ securityContext: { capabilities: { add: ["SYS_ADMIN"] } } })] }, "k8s-pod-capabilities-drop-all"],
    ["seccomp", { securityContext: { seccompProfile: { type: "Unconfined" } }, containers: [container()] }, "k8s-pod-seccomp-required"],
    ["hostPath", { volumes: [{ name: "root", hostPath: { path: "/" } }], containers: [container()] }, "k8s-pod-restricted-volume-types"],
    ["procMount", { containers: [container({ securityContext: { procMount: "Unmasked" } })] }, "k8s-pod-proc-mount-restricted"],
];

// Otherwise compliant with Restricted, so the only findings are the ones under test.
function restrictedBase(spec: Record<string, unknown>): Record<string, unknown> {
    const harden = (c: Record<string, unknown>) => {
        const context = (c.securityContext ?? {}) as Record<string, unknown>;
        const capabilities = (context.capabilities ?? {}) as Record<string, unknown>;
        return { ...c, securityContext: { allowPrivilegeEscalation: false, ...context, capabilities: { drop: ["ALL"], ...capabilities } } };
    };
    const context = (spec.securityContext ?? {}) as Record<string, unknown>;
    return {
        ...spec,
        securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" }, ...context },
        containers: (spec.containers as Record<string, unknown>[]).map(harden),
    };
}

test.each(BOTH)("%s: a pod breaking both rules gets exactly one finding under restricted", async (_what, spec, ruleId) => {
    const result = await runRules(pssRules, pod(restrictedBase(spec)), { levels: restricted });
    expect(result.ruleErrors).toEqual([]);
    expect(result.violations.map((v) => v.policyName)).toEqual([ruleId]);
});

/**
 * Everything an overridden Baseline rule reports, the Restricted rule reports too: each violating
 * case of the Baseline rule's own tests gets a finding from its Restricted counterpart. (Windows
 * pods are the exception upstream makes too: from v1.25 Restricted exempts them from its
 * capabilities check while overriding Baseline's, so PSA admits them; none of these cases is one.)
 */
const BASELINE_CASES: readonly [string, readonly RuleCase[]][] = [
    ["k8s-pod-capabilities-baseline", capabilitiesCases],
    ["k8s-pod-seccomp-not-unconfined", seccompCases],
    ["k8s-pod-no-host-path-volumes", hostPathCases],
    ["k8s-pod-default-proc-mount", procMountCases],
];
const coverage = BASELINE_CASES.flatMap(([baseline, list]) =>
    list.filter((c) => caseKind(c) === "violations").map((c) => [`${baseline}: ${c.name}`, RESTRICTED_OVERRIDES[baseline], c] as const),
);

test.each(coverage)("%s is caught by the Restricted rule", async (_name, restrictedId, c) => {
    const baselineId = Object.keys(RESTRICTED_OVERRIDES).find((id) => RESTRICTED_OVERRIDES[id] === restrictedId) as string;
    const config = c.options?.config?.[baselineId] ? { [restrictedId]: c.options.config[baselineId] } : undefined;
    const result = await runRules([byId.get(restrictedId) as Rule], c.resources, { config });
    expect(result.violations.length).toBeGreaterThan(0);
});

test("pssVersionConfig sets pssVersion on every PSS rule and passes the config check", async () => {
    const config = pssVersionConfig("v1.30", { rules: allRules });
    expect(Object.keys(config).sort()).toEqual(pssRules.map((r) => r.id).sort());
    const result = await runRules(pssRules, pod({ containers: [container()] }), { levels: restricted, config });
    expect(result.ruleErrors).toEqual([]);
    await expect(runRules(pssRules, pod({ containers: [container()] }), { config: { "k8s-pod-safe-sysctls": { pssVersion: "1.30" } } })).rejects.toThrow();
});
