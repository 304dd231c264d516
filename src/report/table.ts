import type { CheckResult, Finding } from "../result";
import { controlLines, costLine, findingsByResource, summarize, type ReportContext } from "./context";

const ANSI = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1 } as const;

function painter(enabled: boolean) {
    return (style: keyof typeof ANSI, text: string) => (enabled ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
}

function plural(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
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
            if (f.kind === "violation" || f.kind === "exempted") {
                lines.push(`      ${paint("gray", "Why:")} ${f.description}`);
                lines.push(`      ${paint("gray", "Fix:")} ${f.remediation}`);
            }
            for (const e of f.inactiveExemptions ?? []) {
                lines.push(`      ${paint("gray", `Exemption ${e.id} does not apply: ${e.status === "expired" ? `expired at ${e.expiresAt}` : "not valid yet"}.`)}`);
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
