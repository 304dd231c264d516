import type { CheckResult, Finding } from "../result";
import { grantLine, inactiveLine, justificationOf, summarize, type ReportContext } from "./context";

/** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot carry. */
function xml(text: string): string {
    return text
        // eslint-disable-next-line no-control-regex -- removing exactly the control characters XML forbids
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&apos;");
}

interface Case {
    readonly policy: string;
    readonly resource: string;
    readonly failures: Finding[];
    readonly advisories: Finding[];
    readonly exempted: Finding[];
}

/** Why a finding's exemptions did not apply, one line each (nothing when none named it). */
function notApplied(f: Finding): string {
    return (f.inactiveExemptions ?? []).map((e) => `\n${inactiveLine(e)}`).join("");
}

/** "exempted by ex-1, approved by sam, until 2026-…" and the justification (the `<skipped>` message). */
function skippedText(f: Finding): string {
    if (!f.exemption) return "exempted";
    const justification = justificationOf(f.exemption);
    return `exempted${grantLine(f.exemption).slice("Exempted".length)}${justification ? `: ${justification}` : ""}`;
}

/**
 * JUnit XML: one test suite per pack, one test case per (policy, resource) the policy judged.
 * Mandatory violations are failures; advisory ones are printed in the case's output, so CI
 * shows them without failing the build. A case whose only violations were exempted is skipped,
 * the message naming the exemption, its approver and its expiry; exemptions that named a
 * violation but did not apply are listed, with the reason, in its failure or output.
 */
export function renderJunit(result: CheckResult, context: ReportContext): string {
    const byKey = new Map<string, Case>();
    const caseFor = (policy: string, resource: string) => {
        const key = `${policy}\u0000${resource}`;
        let c = byKey.get(key);
        if (!c) byKey.set(key, (c = { policy, resource, failures: [], advisories: [], exempted: [] }));
        return c;
    };
    const labelOf = (r: { type: string; name: string }) => `${r.type}::${r.name}`;
    const packOf = new Map(result.rules.map(({ rule }) => [rule.id, rule.pack ?? "rules"]));
    // Each case carries the framework controls its policy implements, for audits by control.
    const controlsOf = new Map(
        result.rules.map(({ rule }) => [rule.id, Object.entries(rule.frameworks ?? {}).flatMap(([framework, ids]) => ids.map((id) => `${framework}/${id}`))]),
    );

    for (const { rule, level } of result.rules) {
        if (level === "disabled") continue;
        if (rule.kind === "resource") {
            const types = new Set(rule.resourceTypes);
            for (const r of result.resources) if (types.has(r.type)) caseFor(rule.id, labelOf(r));
        }
    }
    for (const f of result.findings) {
        const c = caseFor(f.policy, f.type ? labelOf(f) : f.urn || "stack");
        (f.kind === "exempted" ? c.exempted : f.level === "mandatory" ? c.failures : c.advisories).push(f);
    }
    for (const { rule, level } of result.rules) {
        const reported = result.findings.some((f) => f.policy === rule.id);
        if (rule.kind === "stack" && level !== "disabled" && !reported) caseFor(rule.id, "stack");
    }

    const suites = new Map<string, Case[]>();
    for (const c of byKey.values()) {
        const pack = packOf.get(c.policy) ?? "rules";
        suites.set(pack, [...(suites.get(pack) ?? []), c]);
    }
    const s = summarize(result);
    const out = [`<?xml version="1.0" encoding="UTF-8"?>`];
    out.push(`<testsuites name="${xml(context.tool.name)}" tests="${byKey.size}" failures="${[...byKey.values()].filter((c) => c.failures.length > 0).length}">`);
    // Skipped: exempted, and nothing else failed (a failure outranks an exemption on the same case).
    const skipped = (c: Case) => c.exempted.length > 0 && c.failures.length === 0;
    for (const [pack, cases] of suites) {
        const failures = cases.filter((c) => c.failures.length > 0).length;
        out.push(`  <testsuite name="${xml(pack)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${cases.filter(skipped).length}">`);
        for (const c of cases) {
            out.push(`    <testcase classname="${xml(`${pack}.${c.policy}`)}" name="${xml(c.resource)}">`);
            const controls = controlsOf.get(c.policy) ?? [];
            if (controls.length > 0) out.push(`      <properties><property name="controls" value="${xml(controls.join(" "))}"/></properties>`);
            for (const f of c.failures) {
                out.push(`      <failure message="${xml(f.message)}" type="${xml(f.severity)}">${xml(`${f.urn}\n${f.message}\nWhy: ${f.description}\nFix: ${f.remediation}${notApplied(f)}`)}</failure>`);
            }
            if (skipped(c)) out.push(`      <skipped message="${xml(c.exempted.map(skippedText).join("; "))}"/>`);
            const output = [
                ...c.advisories.map((f) => `[advisory] ${f.message} Fix: ${f.remediation}${notApplied(f)}`),
                // Shown here only when a failure keeps the case from being skipped.
                ...(skipped(c) ? [] : c.exempted.map((f) => `[exempted] ${skippedText(f)}`)),
            ];
            if (output.length > 0) out.push(`      <system-out>${xml(output.join("\n"))}</system-out>`);
            out.push(`    </testcase>`);
        }
        out.push(`  </testsuite>`);
    }
    out.push(`</testsuites>`);
    out.push(`<!-- ${s.resources} resources, ${s.mandatory} mandatory and ${s.advisory} advisory violations${s.exempted > 0 ? `, ${s.exempted} exempted` : ""} -->`);
    return `${out.join("\n")}\n`;
}
