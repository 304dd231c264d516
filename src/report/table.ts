import type { CheckResult, Finding } from "../result";
import { controlLines, costLine, findingsByResource, grantExtras, grantLine, inactiveLine, justificationOf, messageNamesGrant, sentence, summarize, type ReportContext } from "./context";

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

/**
 * The terminal report: findings grouped by resource, each with what is wrong, why it matters
 * and how to fix it, then a one-line summary. Colours only when `context.color` is set.
 */
export function renderTable(result: CheckResult, context: ReportContext): string {
    const paint = painter(context.color === true);
    const lines: string[] = [];
    const levelTag = (f: Finding) =>
        f.kind === "exempted"
            ? paint("cyan", "◇ exempted ")
            : f.level === "mandatory"
              ? paint("red", "✖ mandatory")
              : f.kind === "violation"
                ? paint("yellow", "▲ advisory ")
                : paint("gray", "• note     ");

    for (const group of findingsByResource(result, [...result.findings, ...result.notes])) {
        lines.push(`${paint("bold", group.name)}  ${paint("gray", group.type || group.urn)}`);
        if (group.urn) lines.push(`  ${paint("gray", group.urn)}`);
        for (const f of group.findings) {
            lines.push(`  ${levelTag(f)}  ${paint("cyan", f.policy)} ${paint("gray", `(${f.severity})`)}`);
            lines.push(`      ${f.message}`);
            const exemption = exemptionLine(f);
            if (exemption) lines.push(`      ${paint("cyan", exemption)}`);
            if (f.kind === "violation" || f.kind === "exempted") {
                lines.push(`      ${paint("gray", "Why:")} ${f.description}`);
                lines.push(`      ${paint("gray", "Fix:")} ${f.remediation}`);
            }
            for (const e of f.inactiveExemptions ?? []) {
                lines.push(`      ${paint("gray", inactiveLine(e))}`);
            }
        }
        lines.push("");
    }
    for (const r of result.remediations) {
        for (const c of r.changes) {
            lines.push(`${paint("cyan", "↻ would remediate")} ${r.name} (${r.policy}): ${c.path} → ${JSON.stringify(c.after)}`);
        }
    }
    if (result.remediations.length > 0) lines.push("");

    const cost = costLine(result);
    if (cost) lines.push(cost, "");
    if (context.controls) lines.push(...controlLines(context.controls), "");
    const s = summarize(result);
    const verdict = s.mandatory > 0 ? paint("red", "blocked") : paint("bold", "passed");
    lines.push(
        `${verdict}: ${plural(s.resources, "resource")} checked against ${plural(result.rules.length, "rule")}; ` +
            `${s.mandatory} mandatory, ${s.advisory} advisory, ${s.remediated} to remediate${s.exempted ? `, ${s.exempted} exempted` : ""}.`,
    );
    return `${lines.join("\n")}\n`;
}
