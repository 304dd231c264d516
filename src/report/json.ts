import type { ExemptionGrant } from "../policy";
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
        ...(f.exemption ? { exempted: true, exemption: grant(f.exemption) } : {}),
        ...(f.inactiveExemptions ? { inactiveExemptions: f.inactiveExemptions.map((e) => ({ id: e.id, status: e.status, reason: e.reason, expiresAt: e.expiresAt })) } : {}),
    };
}

/**
 * The exemption that lifted a violation, field by field: what `ExemptionGrant` declares reaches the
 * report, and nothing else an implementation might carry on the object (keys, signatures).
 */
function grant(g: ExemptionGrant) {
    return {
        id: g.id,
        approvedBy: g.approvedBy,
        expiresAt: g.expiresAt,
        ...(g.requestedBy !== undefined ? { requestedBy: g.requestedBy } : {}),
        ...(g.reason !== undefined ? { reason: g.reason } : {}),
        ...(g.signed !== undefined ? { signed: g.signed } : {}),
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
