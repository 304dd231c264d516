/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`): each finding becomes an
 * annotation on the line that declares the resource when the input says where (programs run by
 * `guardrails preview`), else on the run — for CI that has no code scanning to take SARIF.
 * Escaping follows GitHub's workflow-command rules: `%`, CR and LF in the message; also `:` and
 * `,` in property values.
 */
import type { CheckResult, Finding } from "../result";
import { grantLine, inactiveLine, messageNamesGrant, sentence, summarize, type ReportContext } from "./context";
import { sortFindings, standingOf } from "./filter";
import { verdictSentence } from "./summary";

function escapeData(text: string): string {
    return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** The command a finding becomes: mandatory → error, advisory → warning, exempted or baselined → notice. */
function commandOf(f: Finding): "error" | "warning" | "notice" {
    const standing = standingOf(f);
    return standing === "mandatory" ? "error" : standing === "advisory" ? "warning" : "notice";
}

function annotation(f: Finding): string {
    const properties = [
        ...(f.source ? [`file=${escapeProperty(f.source.file)}`, `line=${f.source.line}`, ...(f.source.column !== undefined ? [`col=${f.source.column}`] : [])] : []),
        `title=${escapeProperty(`${f.policy} (${f.severity}) on ${f.name || "the stack"}`)}`,
    ];
    // What lifted it (unless the message says so already), and why other exemptions did not.
    const grant = f.kind === "exempted" && f.exemption && !messageNamesGrant(f.message, f.exemption) ? ` ${sentence(grantLine(f.exemption))}` : "";
    const inactive = (f.inactiveExemptions ?? []).map((e) => ` ${inactiveLine(e)}`).join("");
    const fix = f.kind === "violation" ? ` Fix: ${f.remediation}` : "";
    return `::${commandOf(f)} ${properties.join(",")}::${escapeData(`${sentence(f.message)}${grant}${inactive}${fix}`)}\n`;
}

/** The report as workflow commands, one finding a line, most severe first, then the verdict. */
export function* githubChunks(result: CheckResult, context: ReportContext): Iterable<string> {
    for (const f of sortFindings(result.findings)) yield annotation(f);
    yield `${verdictSentence(summarize(result), context.blocked)}\n`;
}
