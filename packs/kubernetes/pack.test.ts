/** The kubernetes pack as a whole: ids, metadata conventions, type tokens, profiles, tests beside rules. */
import * as fs from "node:fs";
import * as path from "node:path";
import { resolveLevel } from "../../src";
import { kubernetes, pssProfile } from ".";
import { RESTRICTED_OVERRIDES } from "./profiles";

const rules = kubernetes.rules;
const tagged = (tag: string) => rules.filter((r) => (r.tags ?? []).includes(tag));

test("the pack has 30+ rules with unique k8s- ids", () => {
    expect(rules.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
        expect(rule.id).toMatch(/^k8s-/);
        expect(rule.service).toBe("kubernetes");
        expect(rule.pack).toBe("kubernetes");
    }
});

test("every PSS rule is tagged with its profile and maps the control of that profile", () => {
    const baseline = tagged("pss-baseline");
    const restricted = tagged("pss-restricted");
    expect(baseline.map((r) => r.frameworks?.["k8s-pss-baseline"]?.[0]).sort()).toEqual(
        ["/proc Mount Type", "AppArmor", "Capabilities", "Host Namespaces", "Host Ports", "Host Probes / Lifecycle Hooks", "HostPath Volumes", "HostProcess", "Privileged Containers", "SELinux", "Seccomp", "Sysctls"],
    );
    // Restricted's own procMount check (PSA v1.35) implements a control the PSS page lists under Baseline only.
    expect(restricted.map((r) => r.frameworks?.["k8s-pss-restricted"]?.[0] ?? r.frameworks?.["k8s-pss-baseline"]?.[0]).sort()).toEqual(
        ["/proc Mount Type", "Capabilities", "Privilege Escalation", "Running as Non-root", "Running as Non-root user", "Seccomp", "Volume Types"],
    );
    for (const rule of baseline) expect(rule.defaultLevel).toBe("mandatory");
    for (const rule of restricted) expect(rule.defaultLevel).toBe("advisory");
    for (const rule of tagged("hygiene")) expect(rule.defaultLevel).toBe("advisory");
    // No rule claims both profiles.
    expect(baseline.filter((r) => restricted.includes(r))).toEqual([]);
});

test("pssProfile('baseline') enforces Baseline and switches the Restricted-only rules off", () => {
    const levels = pssProfile("baseline");
    for (const rule of tagged("pss-baseline")) expect(resolveLevel(rule, levels)).toBe("mandatory");
    for (const rule of tagged("pss-restricted")) expect(resolveLevel(rule, levels)).toBe("disabled");
    const other = rules.find((r) => r.id === "k8s-container-image-tag");
    expect(other && resolveLevel(other, levels)).toBe("advisory");
});

test("pssProfile('restricted') enforces Baseline and Restricted, less the Baseline rules a Restricted one overrides", () => {
    const levels = pssProfile("restricted");
    const overridden = new Set(Object.keys(RESTRICTED_OVERRIDES).filter((id) => rules.some((r) => r.id === RESTRICTED_OVERRIDES[id])));
    expect(overridden.size).toBeGreaterThan(0);
    for (const rule of [...tagged("pss-baseline"), ...tagged("pss-restricted")]) expect(resolveLevel(rule, levels)).toBe(overridden.has(rule.id) ? "disabled" : "mandatory");
    expect(Object.keys(levels.rules ?? {}).length).toBe(tagged("pss-baseline").length + tagged("pss-restricted").length);
    expect(() => pssProfile("privileged" as never)).toThrow(/baseline.*restricted/);
});

// Patch kinds are judged on what they set (lib/pod-spec.ts `partial`); List kinds are never resources of their own.
test("type tokens exist in @pulumi/kubernetes 4 and are never List variants", () => {
    const generated = fs.readFileSync(path.join(__dirname, "..", "..", "src", "types", "kubernetes.generated.ts"), "utf8");
    const tokens = new Set([...generated.matchAll(/^ {4}"([^"]+)": /gm)].map((m) => m[1]));
    for (const rule of rules) {
        if (rule.kind !== "resource") continue;
        for (const type of rule.resourceTypes) {
            expect(tokens.has(type)).toBe(true);
            expect(type).not.toMatch(/List$/);
        }
    }
});

test("every rule file has a test beside it", () => {
    for (const area of ["pod-security", "workloads", "exposure", "rbac", "stack"]) {
        const dir = path.join(__dirname, area);
        for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
            expect(fs.existsSync(path.join(dir, file.replace(/\.ts$/, ".test.ts")))).toBe(true);
        }
    }
});
