import type { CheckResult, Finding } from "../result";
import { summarize, type ReportContext } from "./context";

function violation(f: Finding) {
    return {
        pack: f.pack,
        policy: f.policy,
        level: f.level,
        severity: f.severity,
        urn: f.urn,
        type: f.type,
        name: f.name,
        message: f.message,
        description: f.description,
        ...(f.propertyPath ? { propertyPath: f.propertyPath } : {}),
        ...(f.messageId ? { messageId: f.messageId } : {}),
        remediation: f.remediation,
        ...(f.frameworks ? { frameworks: f.frameworks } : {}),
        ...(f.exemption ? { exempted: true, exemption: f.exemption } : {}),
        ...(f.inactiveExemptions ? { inactiveExemptions: f.inactiveExemptions } : {}),
    };
}

/**
 * The JSON report, per the contract other tools rely on: tool, packs, summary, violations.
 * Fields may be added; none of the contract's may be renamed or removed.
 */
export function jsonReport(result: CheckResult, context: ReportContext) {
    return {
        tool: context.tool,
        packs: result.packs,
        ...(context.inputFile ? { input: context.inputFile } : {}),
        summary: { ...summarize(result), ...result.packSummaries },
        violations: result.findings.map(violation),
        notes: result.notes.map((n) => ({ ...violation(n), kind: n.kind })),
        ...(context.controls ? { controls: context.controls } : {}),
        remediations: result.remediations.map((r) => ({
            pack: r.pack,
            policy: r.policy,
            urn: r.urn,
            type: r.type,
            name: r.name,
            changes: r.changes.map((c) => ({ propertyPath: c.path, from: c.before, to: c.after })),
        })),
    };
}

/** The `--format json` document as text (see `jsonReport`). */
export function renderJson(result: CheckResult, context: ReportContext): string {
    return `${JSON.stringify(jsonReport(result, context), null, 2)}\n`;
}
