import type { CheckResult, Finding } from "../result";
import { costLine, findingsByResource, grantLine, inactiveLine, justificationOf, sentence, summarize, type ReportContext } from "./context";

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
    return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function levelCell(f: Finding): string {
    return f.kind === "exempted" ? "⚪ exempted" : f.level === "mandatory" ? "🔴 mandatory" : "🟡 advisory";
}

/**
 * The exemptions section: each exempted finding with the exemption's id, approver, expiry and
 * justification, then each exemption that named a finding but did not apply, with the reason.
 */
function exemptionLines(result: CheckResult): string[] {
    const where = (f: Finding) => `\`${f.policy}\` on \`${cell(f.name || f.urn || "stack")}\``;
    const exempted = result.findings.filter((f) => f.kind === "exempted");
    const refused = result.findings.filter((f) => (f.inactiveExemptions ?? []).length > 0);
    const lines: string[] = [];
    if (exempted.length > 0) {
        lines.push("", `### Exempted (${exempted.length})`, "");
        for (const f of exempted) {
            const grant = f.exemption;
            if (!grant) {
                lines.push(`- ${where(f)}: exempted (the exemption's details were not reported).`);
                continue;
            }
            const justification = justificationOf(grant);
            lines.push(`- ${where(f)}: ${cell(sentence(grantLine(grant)))}${justification ? ` Justification: ${cell(sentence(justification))}` : ""}`);
        }
    }
    if (refused.length > 0) {
        lines.push("", "### Exemptions that did not apply", "");
        for (const f of refused) for (const e of f.inactiveExemptions ?? []) lines.push(`- ${where(f)}: ${cell(inactiveLine(e))}`);
    }
    return lines;
}

/** A Markdown report for pull-request comments: a verdict, a table of violations, details per resource. */
export function renderMarkdown(result: CheckResult, context: ReportContext): string {
    const s = summarize(result);
    const lines: string[] = [];
    const verdict = s.mandatory > 0 ? "❌ Blocked" : s.advisory > 0 ? "⚠️ Passed with advisories" : "✅ Passed";
    lines.push(`## ${verdict} — ${context.tool.name}`);
    lines.push("");
    lines.push(
        `${s.resources} resources checked${context.inputFile ? ` in \`${cell(context.inputFile)}\`` : ""} against ` +
            `${result.packs.map((p) => `\`${p.name}\` ${p.version}`).join(", ")}: ` +
            `**${s.mandatory} mandatory**, ${s.advisory} advisory, ${s.remediated} to remediate${s.exempted > 0 ? `, ${s.exempted} exempted` : ""}.`,
    );
    const cost = costLine(result);
    if (cost) lines.push("", cost);
    if (context.controls) {
        const c = context.controls;
        lines.push("", `### ${c.framework.framework} ${c.framework.version}`, "", "| Control | Status | Rules |", "| --- | --- | --- |");
        for (const control of c.controls.filter((x) => x.status !== "not covered")) {
            lines.push(`| ${control.id} ${cell(control.title)} | ${control.status} | ${control.rules.map((r) => `\`${r}\``).join(", ")} |`);
        }
        lines.push("", `${c.counts["not covered"]} controls are not covered by any rule.`);
    }
    if (result.findings.length > 0) {
        lines.push("");
        lines.push("| Level | Policy | Resource | Problem | Fix |");
        lines.push("| --- | --- | --- | --- | --- |");
        for (const group of findingsByResource(result)) {
            for (const f of group.findings) {
                lines.push(`| ${levelCell(f)} | \`${f.policy}\` | \`${cell(group.name)}\` | ${cell(f.message)} | ${cell(f.remediation)} |`);
            }
        }
        lines.push("");
        lines.push("<details><summary>Why these matter</summary>");
        lines.push("");
        const seen = new Set<string>();
        for (const f of result.findings) {
            if (seen.has(f.policy)) continue;
            seen.add(f.policy);
            lines.push(`- **\`${f.policy}\`** (${f.severity}): ${cell(f.description)}`);
        }
        lines.push("");
        lines.push("</details>");
        lines.push(...exemptionLines(result));
    }
    if (result.remediations.length > 0) {
        lines.push("");
        lines.push("### Would remediate");
        lines.push("");
        for (const r of result.remediations) {
            for (const c of r.changes) lines.push(`- \`${cell(r.name)}\` (\`${r.policy}\`): \`${cell(c.path)}\` → \`${cell(JSON.stringify(c.after))}\``);
        }
    }
    if (result.notes.length > 0) {
        lines.push("");
        lines.push(`<details><summary>${result.notes.length} checks could not run</summary>`);
        lines.push("");
        for (const n of result.notes) lines.push(`- \`${n.policy}\` on \`${cell(n.name || n.urn)}\`: ${cell(n.message)}`);
        lines.push("");
        lines.push("</details>");
    }
    return `${lines.join("\n")}\n`;
}
