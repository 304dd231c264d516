import type * as Sarif from "sarif";
import type { CheckResult, Finding } from "../result";
import type { Rule, Severity } from "../rule";
import { grantLine, inactiveLine, justificationOf, sentence, type ReportContext } from "./context";

/** GitHub code scanning ranks security alerts by this property (0–10). */
const SECURITY_SEVERITY: Record<Severity, string> = { low: "3.0", medium: "5.5", high: "8.0", critical: "9.5" };

function frameworkTags(rule: Rule): string[] {
    return Object.entries(rule.frameworks ?? {}).flatMap(([framework, controls]) => controls.map((c) => `${framework}/${c}`));
}

function ruleDescriptor(rule: Rule, level: string): Sarif.ReportingDescriptor {
    return {
        id: rule.id,
        name: rule.title,
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.description },
        help: {
            text: `${rule.description}\n\nHow to fix: ${rule.remediation}`,
            markdown: `${rule.description}\n\n**How to fix:** ${rule.remediation}`,
        },
        ...(rule.url ? { helpUri: rule.url } : {}),
        defaultConfiguration: { level: level === "mandatory" ? "error" : level === "disabled" ? "none" : "warning" },
        properties: {
            tags: ["security", ...(rule.tags ?? []), ...frameworkTags(rule)],
            "security-severity": SECURITY_SEVERITY[rule.severity],
            severity: rule.severity,
            ...(rule.pack ? { pack: rule.pack } : {}),
            ...(rule.frameworks ? { frameworks: rule.frameworks } : {}),
        },
    };
}

/**
 * The suppression an exempted finding carries (SARIF 2.1.0 §3.35): kept in an external store (the
 * exemptions file), accepted, with the exemption's justification and who granted it until when.
 */
function acceptedSuppression(f: Finding): Sarif.Suppression | undefined {
    const grant = f.kind === "exempted" ? f.exemption : undefined;
    if (!grant) return undefined;
    return {
        kind: "external",
        status: "accepted",
        justification: justificationOf(grant) || sentence(grantLine(grant)),
        properties: {
            exemptionId: grant.id,
            approvedBy: grant.approvedBy,
            expiresAt: grant.expiresAt,
            ...(grant.requestedBy ? { requestedBy: grant.requestedBy } : {}),
            ...(grant.signed !== undefined ? { signed: grant.signed } : {}),
        },
    };
}

/**
 * One finding as a SARIF result. Exemptions that named a violation but did not apply are NOT written as `suppressions` with
 * status "rejected", though the spec would allow it: per SARIF 2.1.0 §3.27.23 and §3.35.3 a
 * consumer looks at the statuses and a rejected suppression does not suppress (the SARIF SDK's
 * IsSuppressed needs an "accepted" one and no "rejected"/"underReview"), but common consumers
 * only test for a non-empty array: GitHub's advanced-security/dismiss-alerts action dismisses any
 * result with `suppressions.length > 0`, and "drop suppressed results before upload" filters do
 * the same. The exemptions file is the deployer's, so an entry that fails (unsigned, self-approved,
 * revoked) would then hide the very violation it failed to lift. The attempt stays visible to
 * auditors in the message and in `properties.inactiveExemptions` instead.
 */
function resultOf(f: Finding, ruleIndex: Map<string, number>, artifact: string, suppressionsKnown: boolean, withBaseline: boolean): Sarif.Result {
    const level: Sarif.Result.level = f.kind !== "violation" ? "note" : f.level === "mandatory" ? "error" : "warning";
    const inactive = f.inactiveExemptions ?? [];
    const notApplied = inactive.map((e) => ` ${inactiveLine(e)}`).join("");
    const suppression = acceptedSuppression(f);
    return {
        ruleId: f.policy,
        ...(ruleIndex.has(f.policy) ? { ruleIndex: ruleIndex.get(f.policy) } : {}),
        level,
        message: { text: f.kind === "violation" ? `${f.message}${notApplied} Fix: ${f.remediation}` : `${f.message}${notApplied}` },
        locations: [
            {
                // The line that declares the resource when the input says (a previewed program), so
                // code scanning annotates `new aws.s3.Bucket(...)`; else the input document.
                physicalLocation: f.source
                    ? { artifactLocation: { uri: f.source.file }, region: { startLine: f.source.line, ...(f.source.column !== undefined ? { startColumn: f.source.column } : {}) } }
                    : { artifactLocation: { uri: artifact }, region: { startLine: 1 } },
                logicalLocations: [{ fullyQualifiedName: f.urn || "stack", name: f.name || "stack", kind: "resource" }],
            },
        ],
        // §3.27.23: the results of a run carry `suppressions` all or none, so once one result is
        // exempted every result says whether it is (an empty array: nothing suppresses it).
        ...(suppressionsKnown ? { suppressions: suppression ? [suppression] : [] } : {}),
        // §3.27.24: against a baseline every result says whether it is "new" or "unchanged" (baselined).
        ...(withBaseline ? { baselineState: f.exemption?.source === "baseline" ? "unchanged" : "new" } : {}),
        properties: {
            enforcementLevel: f.level,
            resourceType: f.type,
            urn: f.urn,
            ...(f.propertyPath ? { propertyPath: f.propertyPath } : {}),
            ...(f.messageId ? { messageId: f.messageId } : {}),
            ...(inactive.length > 0 ? { inactiveExemptions: inactive.map((e) => ({ id: e.id, status: e.status, reason: e.reason, expiresAt: e.expiresAt })) } : {}),
        },
    };
}

/** A baseline entry whose finding is gone (§3.27.24 baselineState "absent"), at level none. */
function fixedResult(
    entry: { readonly policy: string; readonly urn: string; readonly propertyPath?: string },
    file: string,
    ruleIndex: Map<string, number>,
    artifact: string,
    suppressionsKnown: boolean,
): Sarif.Result {
    return {
        ruleId: entry.policy,
        ...(ruleIndex.has(entry.policy) ? { ruleIndex: ruleIndex.get(entry.policy) } : {}),
        level: "none",
        kind: "pass",
        baselineState: "absent",
        message: { text: `Fixed since the baseline ${file}: ${entry.policy} no longer reports ${entry.urn}${entry.propertyPath ? ` (${entry.propertyPath})` : ""}.` },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifact }, region: { startLine: 1 } }, logicalLocations: [{ fullyQualifiedName: entry.urn, kind: "resource" }] }],
        ...(suppressionsKnown ? { suppressions: [] } : {}),
        partialFingerprints: { "guardrails/v1": placeKey(entry) },
        properties: { urn: entry.urn, ...(entry.propertyPath ? { propertyPath: entry.propertyPath } : {}) },
    };
}

/** Policy, resource and property: where a finding is, as its fingerprint names it. */
function placeKey(f: { readonly policy: string; readonly urn: string; readonly propertyPath?: string }): string {
    return [f.policy, f.urn, f.propertyPath ?? ""].join("|");
}

/**
 * Fingerprints stable across runs, so code scanning tracks one alert per policy, resource and
 * property; a second finding at the same place (two open ingress rules) gets `#2`, and so on.
 */
function fingerprints(findings: readonly Finding[]): string[] {
    const seen = new Map<string, number>();
    return findings.map((f) => {
        const key = placeKey(f);
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        return n === 1 ? key : `${key}#${n}`;
    });
}

/**
 * SARIF 2.1.0 for code scanning, in pieces: rule metadata with help and framework tags (the
 * control ids), then one result per line, located at the input file and URN.
 */
export function* sarifChunks(result: CheckResult, context: ReportContext): Iterable<string> {
    const artifact = (context.inputFile ?? "stack").replace(/\\/g, "/");
    const ruleIndex = new Map(result.rules.map(({ rule }, i) => [rule.id, i]));
    const findings = [...result.findings, ...result.notes];
    const suppressionsKnown = findings.some((f) => acceptedSuppression(f) !== undefined);
    const prints = fingerprints(findings);
    const log: Sarif.Log = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: context.tool.name,
                        version: context.tool.version,
                        informationUri: "https://www.npmjs.com/package/pulumi-guardrails",
                        rules: result.rules.map(({ rule, level }) => ruleDescriptor(rule, level)),
                    },
                },
                artifacts: [{ location: { uri: artifact } }],
                results: [],
            },
        ],
    };
    // The log without its results, cut where they go: the results are written one by one between.
    const [head, tail] = JSON.stringify(log, null, 2).split('"results": []');
    yield `${head}"results": [`;
    for (const [i, f] of findings.entries()) {
        const entry = resultOf(f, ruleIndex, artifact, suppressionsKnown, result.baseline !== undefined);
        entry.partialFingerprints = { "guardrails/v1": prints[i] };
        yield `${i === 0 ? "" : ","}\n        ${JSON.stringify(entry)}`;
    }
    const fixed = result.baseline ? result.baseline.fixed.map((entry) => fixedResult(entry, result.baseline?.file ?? "", ruleIndex, artifact, suppressionsKnown)) : [];
    for (const [i, entry] of fixed.entries()) yield `${findings.length + i === 0 ? "" : ","}\n        ${JSON.stringify(entry)}`;
    yield `${findings.length + fixed.length > 0 ? "\n      " : ""}]${tail}\n`;
}

/** The SARIF log as one string (see `sarifChunks`). */
export function renderSarif(result: CheckResult, context: ReportContext): string {
    return [...sarifChunks(result, context)].join("");
}
