import type { CheckResult, Finding } from "../result";
import { baselineLines, controlLines, costLine, findingsByResource, grantExtras, grantLine, inactiveLine, justificationOf, messageNamesGrant, reportedFixes, ruleEntries, sentence, summarize, verdictOf, type ReportContext } from "./context";
import { compareFindings, severityRank } from "./filter";

const ANSI = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1 } as const;

function painter(enabled: boolean) {
    return (style: keyof typeof ANSI, text: string) => (enabled ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
}

function plural(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * The line under an exempted finding's message that says which exemption lifted it. The engine's
 * message already starts "Exempted by ex-1 (approved by sam, until …)"; then only what it does not
 * say follows (requester, signature, justification), and nothing when there is no more to say.
 */
function exemptionLine(f: Finding): string | undefined {
    const grant = f.kind === "exempted" ? f.exemption : undefined;
    if (!grant) return undefined;
    const justification = justificationOf(grant);
    const parts = messageNamesGrant(f.message, grant) ? grantExtras(grant) : [grantLine(grant)];
    const said = parts.length > 0 ? sentence(parts.join(", ").replace(/^./, (c) => c.toUpperCase())) : "";
    const line = [said, justification ? sentence(`Justification: ${justification}`) : ""].filter(Boolean).join(" ");
    return line || undefined;
}

/** Within a resource: mandatory, advisory, exempted, then notes; most severe first; then by policy. */
function compareInGroup(a: Finding, b: Finding): number {
    const note = (f: Finding) => (f.kind === "violation" || f.kind === "exempted" ? 0 : 1);
    return note(a) - note(b) || compareFindings(a, b);
}

/** The policies that reported violations (exempted or not), most severe first, each once. */
function explainedPolicies(findings: readonly Finding[]): Finding[] {
    const first = new Map<string, Finding>();
    for (const f of findings) if ((f.kind === "violation" || f.kind === "exempted") && !first.has(f.policy)) first.set(f.policy, f);
    return [...first.values()].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || (a.policy < b.policy ? -1 : a.policy > b.policy ? 1 : 0));
}



/**
 * The terminal report in pieces (one per resource, then the closing sections), for writing a
 * large report as it is made: each resource once with its findings and notes under it, then what
 * would be remediated, why each policy that reported matters and how to fix it (once per policy),
 * and a one-line verdict. Colours only when `context.color` is set.
 */
export function* tableChunks(result: CheckResult, context: ReportContext): Generator<string> {
    const paint = painter(context.color === true);
    const rules = ruleEntries(result);
    const fixes = reportedFixes(result, rules);
    const levelTag = (f: Finding) =>
        f.kind === "exempted"
            ? paint("cyan", f.exemption?.source === "baseline" ? "◇ baselined" : "◇ exempted ")
            : f.level === "mandatory"
              ? paint("red", "✖ mandatory")
              : f.kind === "violation"
                ? paint("yellow", "▲ advisory ")
                : paint("gray", "• note     ");

    for (const group of findingsByResource(result, [...result.findings, ...result.notes])) {
        const lines = [`${paint("bold", group.name)}  ${paint("gray", group.type || group.urn)}`];
        if (group.urn) lines.push(`  ${paint("gray", group.urn)}`);
        const source = group.findings.find((f) => f.source)?.source;
        if (source) lines.push(`  ${paint("gray", `at ${source.file}:${source.line}${source.column !== undefined ? `:${source.column}` : ""}`)}`);
        for (const f of group.findings.sort(compareInGroup)) {
            lines.push(`  ${levelTag(f)}  ${paint("cyan", f.policy)} ${paint("gray", `(${f.severity})`)}`);
            lines.push(`      ${f.message}`);
            const fix = fixes.ownFix(f);
            if (fix) lines.push(`      ${paint("gray", "Fix:")} ${fix}`);
            const exemption = exemptionLine(f);
            if (exemption) lines.push(`      ${paint("cyan", exemption)}`);
            for (const e of f.inactiveExemptions ?? []) lines.push(`      ${paint("gray", inactiveLine(e))}`);
        }
        yield `${lines.join("\n")}\n\n`;
    }

    const tail: string[] = [];
    for (const r of result.remediations) {
        for (const c of r.changes) tail.push(`${paint("cyan", "↻ would remediate")} ${r.name} (${r.policy}): ${c.path} → ${JSON.stringify(c.after)}`);
    }
    if (result.remediations.length > 0) tail.push("");
    const explained = explainedPolicies(result.findings);
    if (explained.length > 0) {
        tail.push(paint("bold", "Why and how to fix"));
        for (const f of explained) {
            tail.push(`  ${paint("cyan", f.policy)} ${paint("gray", `(${f.severity})`)}`);
            const rule = rules.get(f.policy);
            tail.push(`      ${paint("gray", "Why:")} ${rule?.description ?? f.description}`);
            tail.push(`      ${paint("gray", "Fix:")} ${fixes.forPolicy(f.policy) ?? f.remediation}`);
        }
        tail.push("");
    }
    if (result.baseline) tail.push(...baselineLines(result.baseline), "");
    const cost = costLine(result);
    if (cost) tail.push(cost, "");
    if (context.controls) tail.push(...controlLines(context.controls), "");
    const s = summarize(result);
    const verdict = verdictOf(s, context.blocked) === "blocked" ? paint("red", "blocked") : paint("bold", "passed");
    tail.push(
        `${verdict}: ${plural(s.resources, "resource")} checked against ${plural(result.rules.length, "rule")}; ` +
            `${s.mandatory} mandatory, ${s.advisory} advisory, ${s.remediated} to remediate${s.exempted ? `, ${s.exempted} exempted` : ""}` +
            `${s.baselined !== undefined ? `, ${s.baselined} baselined, ${s.fixed ?? 0} fixed since the baseline` : ""}.`,
    );
    yield `${tail.join("\n")}\n`;
}

/** The terminal report as one string (`tableChunks` joined). */
export function renderTable(result: CheckResult, context: ReportContext): string {
    let text = "";
    for (const chunk of tableChunks(result, context)) text += chunk;
    return text;
}
