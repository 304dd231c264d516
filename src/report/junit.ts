import type { CheckResult, Finding } from "../result";
import { grantLine, inactiveLine, justificationOf, summarize, type ReportContext } from "./context";
import { severityRank } from "./filter";

// eslint-disable-next-line no-control-regex -- exactly the control characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot carry (one pass each: reports can be large). */
function xml(text: string): string {
    return text.replace(FORBIDDEN, "").replace(SPECIAL, (c) => ENTITY[c]);
}

interface Case {
    readonly policy: string;
    readonly resource: string;
    failures: readonly Finding[];
    advisories: readonly Finding[];
    exempted: readonly Finding[];
}

// A large stack has a case per rule and resource, most with no finding: they share one empty list.
const NONE: readonly Finding[] = Object.freeze([]);

/** `list` with `f` added: a new list in place of the shared empty one, else the same list. */
function withFinding(list: readonly Finding[], f: Finding): readonly Finding[] {
    if (list === NONE) return [f];
    (list as Finding[]).push(f);
    return list;
}

/** Why a finding's exemptions did not apply, one line each (nothing when none named it). */
function notApplied(f: Finding): string {
    return (f.inactiveExemptions ?? []).map((e) => `\n${inactiveLine(e)}`).join("");
}

/** "exempted by ex-1, approved by sam, until 2026-…" and the justification (the `<skipped>` message). */
function skippedText(f: Finding): string {
    if (!f.exemption) return "exempted";
    if (f.exemption.source === "baseline") return `baselined: ${grantLine(f.exemption).slice("Baselined ".length)}`;
    const justification = justificationOf(f.exemption);
    return `exempted${grantLine(f.exemption).slice("Exempted".length)}${justification ? `: ${justification}` : ""}`;
}

/** The one `<failure>` of a case: every mandatory violation of its policy on its resource, why and how to fix once. */
function failureElement(failures: readonly Finding[]): string {
    const worst = failures.reduce((a, b) => (severityRank(b.severity) > severityRank(a.severity) ? b : a));
    const message = failures.length === 1 ? failures[0].message : `${failures.length} violations: ${failures.map((f) => f.message).join("; ")}`;
    const body = [failures[0].urn, ...failures.map((f) => `${f.message}${notApplied(f)}`), `Why: ${worst.description}`, `Fix: ${worst.remediation}`].join("\n");
    return `      <failure message="${xml(message)}" type="${xml(worst.severity)}">${xml(body)}</failure>`;
}

/** The test cases, by pack: one per (policy, resource) the policy judged or reported on. */
function casesByPack(result: CheckResult): Map<string, Case[]> {
    const byKey = new Map<string, Case>();
    const caseFor = (policy: string, resource: string) => {
        const key = `${policy}\u0000${resource}`;
        let c = byKey.get(key);
        if (!c) byKey.set(key, (c = { policy, resource, failures: NONE, advisories: NONE, exempted: NONE }));
        return c;
    };
    const labelOf = (r: { type: string; name: string }) => `${r.type}::${r.name}`;
    const resourcesOfType = new Map<string, string[]>();
    for (const r of result.resources) {
        const list = resourcesOfType.get(r.type);
        if (list) list.push(labelOf(r));
        else resourcesOfType.set(r.type, [labelOf(r)]);
    }
    for (const { rule, level } of result.rules) {
        if (level === "disabled" || rule.kind !== "resource") continue;
        // Resources in input order; the index spares a scan of every resource for single-type rules.
        const types = new Set(rule.resourceTypes);
        if (types.size === 1) for (const label of resourcesOfType.get(rule.resourceTypes[0]) ?? []) caseFor(rule.id, label);
        else for (const r of result.resources) if (types.has(r.type)) caseFor(rule.id, labelOf(r));
    }
    const reported = new Set<string>();
    for (const f of result.findings) {
        const c = caseFor(f.policy, f.type ? labelOf(f) : f.urn || "stack");
        if (f.kind === "exempted") c.exempted = withFinding(c.exempted, f);
        else if (f.level === "mandatory") c.failures = withFinding(c.failures, f);
        else c.advisories = withFinding(c.advisories, f);
        reported.add(f.policy);
    }
    for (const { rule, level } of result.rules) {
        if (rule.kind === "stack" && level !== "disabled" && !reported.has(rule.id)) caseFor(rule.id, "stack");
    }
    const packOf = new Map(result.rules.map(({ rule }) => [rule.id, rule.pack ?? "rules"]));
    const suites = new Map<string, Case[]>();
    for (const c of byKey.values()) {
        const pack = packOf.get(c.policy) ?? "rules";
        const list = suites.get(pack);
        if (list) list.push(c);
        else suites.set(pack, [c]);
    }
    return suites;
}

// Skipped: exempted, and nothing else failed (a failure outranks an exemption on the same case).
const isSkipped = (c: Case) => c.exempted.length > 0 && c.failures.length === 0;

/**
 * JUnit XML in pieces (the header, then each test suite's head, cases and end, then the closing lines), for
 * writing a large report as it is made: one test suite per pack, one test case per (policy,
 * resource) the policy judged. A case holds at most one `<failure>`: all the mandatory
 * violations of its policy on its resource, each listed in its message and body. Advisory ones
 * are printed in the case's output, so CI shows them without failing the build. A case whose
 * only violations were exempted is skipped, the message naming the exemption, its approver and
 * its expiry; exemptions that named a violation but did not apply are listed, with the reason,
 * in its failure or output.
 */
export function* junitChunks(result: CheckResult, context: ReportContext): Generator<string> {
    const suites = casesByPack(result);
    // Each case carries the framework controls its policy implements, for audits by control.
    const controlsOf = new Map(
        result.rules.map(({ rule }) => [rule.id, Object.entries(rule.frameworks ?? {}).flatMap(([framework, ids]) => ids.map((id) => `${framework}/${id}`))]),
    );
    const all = [...suites.values()].flat();
    yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(context.tool.name)}" tests="${all.length}" failures="${all.filter((c) => c.failures.length > 0).length}">\n`;
    for (const [pack, cases] of suites) {
        const failures = cases.filter((c) => c.failures.length > 0).length;
        yield `  <testsuite name="${xml(pack)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${cases.filter(isSkipped).length}">\n`;
        // One piece per case: a suite of a large stack would be hundreds of megabytes as one string.
        for (const c of cases) yield testcase(pack, c, controlsOf.get(c.policy) ?? []);
        yield `  </testsuite>\n`;
    }
    const s = summarize(result);
    yield `</testsuites>\n<!-- ${s.resources} resources, ${s.mandatory} mandatory and ${s.advisory} advisory violations${s.exempted > 0 ? `, ${s.exempted} exempted` : ""} -->\n`;
}

/** One `<testcase>` element, each line ended by a newline. */
function testcase(pack: string, c: Case, controls: readonly string[]): string {
    const out: string[] = [];
    out.push(`    <testcase classname="${xml(`${pack}.${c.policy}`)}" name="${xml(c.resource)}">`);
    if (controls.length > 0) out.push(`      <properties><property name="controls" value="${xml(controls.join(" "))}"/></properties>`);
    if (c.failures.length > 0) out.push(failureElement(c.failures));
    if (isSkipped(c)) out.push(`      <skipped message="${xml(c.exempted.map(skippedText).join("; "))}"/>`);
    const output = [
        ...c.advisories.map((f) => `[advisory] ${f.message} Fix: ${f.remediation}${notApplied(f)}`),
        // Shown here only when a failure keeps the case from being skipped.
        ...(isSkipped(c) ? [] : c.exempted.map((f) => `[exempted] ${skippedText(f)}`)),
    ];
    if (output.length > 0) out.push(`      <system-out>${xml(output.join("\n"))}</system-out>`);
    out.push(`    </testcase>`);
    return `${out.join("\n")}\n`;
}

/** JUnit XML as one string (`junitChunks` joined). */
export function renderJunit(result: CheckResult, context: ReportContext): string {
    let text = "";
    for (const chunk of junitChunks(result, context)) text += chunk;
    return text;
}
