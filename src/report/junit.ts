import type { CheckResult, Finding } from "../result";
import { grantLine, inactiveLine, justificationOf, summarize, type ReportContext } from "./context";
import { severityRank } from "./filter";

// eslint-disable-next-line no-control-regex -- exactly the control characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// eslint-disable-next-line no-control-regex -- FORBIDDEN and SPECIAL together, to pass most texts through untouched
const ESCAPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff&<>"']/;

/** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot carry (one pass each: reports can be large). */
function xml(text: string): string {
    if (!ESCAPED.test(text)) return text;
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
    // By policy, then resource (no key string per case), and in the order they were made.
    const byPolicy = new Map<string, Map<string, Case>>();
    const made: Case[] = [];
    const caseFor = (policy: string, resource: string) => {
        let ofPolicy = byPolicy.get(policy);
        if (!ofPolicy) byPolicy.set(policy, (ofPolicy = new Map()));
        let c = ofPolicy.get(resource);
        if (!c) {
            ofPolicy.set(resource, (c = { policy, resource, failures: NONE, advisories: NONE, exempted: NONE }));
            made.push(c);
        }
        return c;
    };
    const labelOf = (r: { type: string; name: string }) => `${r.type}::${r.name}`;
    const labels = result.resources.map(labelOf);
    // Each type's resources, by their place in the input.
    const ofType = new Map<string, number[]>();
    for (const [i, r] of result.resources.entries()) {
        const list = ofType.get(r.type);
        if (list) list.push(i);
        else ofType.set(r.type, [i]);
    }
    for (const { rule, level } of result.rules) {
        if (level === "disabled" || rule.kind !== "resource") continue;
        // Resources in input order, from the index: no scan of every resource per rule, and no copy
        // of a type's list for a rule of one type (a large stack's lists are megabytes each).
        const types = [...new Set(rule.resourceTypes)];
        const places = types.length === 1 ? (ofType.get(types[0]) ?? []) : Int32Array.from(types.flatMap((type) => ofType.get(type) ?? [])).sort();
        for (const i of places) caseFor(rule.id, labels[i]);
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
    for (const c of made) {
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
        // The lines a policy's cases share, escaped once.
        const shared = new Map<string, PolicyLines>();
        const linesOf = (policy: string): PolicyLines => {
            let lines = shared.get(policy);
            if (!lines) {
                const controls = controlsOf.get(policy) ?? [];
                lines = {
                    classname: xml(`${pack}.${policy}`),
                    properties: controls.length > 0 ? `      <properties><property name="controls" value="${xml(controls.join(" "))}"/></properties>` : undefined,
                };
                shared.set(policy, lines);
            }
            return lines;
        };
        // One piece per case: a suite of a large stack would be hundreds of megabytes as one string.
        for (const c of cases) yield testcase(c, linesOf(c.policy));
        yield `  </testsuite>\n`;
    }
    const s = summarize(result);
    yield `</testsuites>\n<!-- ${s.resources} resources, ${s.mandatory} mandatory and ${s.advisory} advisory violations${s.exempted > 0 ? `, ${s.exempted} exempted` : ""} -->\n`;
}

/** What every test case of a policy in a suite starts with: its class name, and its controls' line. */
interface PolicyLines {
    readonly classname: string;
    readonly properties: string | undefined;
}

/** One `<testcase>` element, each line ended by a newline. */
function testcase(c: Case, lines: PolicyLines): string {
    const out: string[] = [];
    out.push(`    <testcase classname="${lines.classname}" name="${xml(c.resource)}">`);
    if (lines.properties !== undefined) out.push(lines.properties);
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
