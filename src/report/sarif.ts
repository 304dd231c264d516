import type * as Sarif from "sarif";
import type { CheckResult, Finding } from "../result";
import type { Rule, Severity } from "../rule";
import type { ReportContext } from "./context";

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

function resultOf(f: Finding, ruleIndex: Map<string, number>, artifact: string): Sarif.Result {
    const level: Sarif.Result.level = f.kind !== "violation" ? "note" : f.level === "mandatory" ? "error" : "warning";
    return {
        ruleId: f.policy,
        ...(ruleIndex.has(f.policy) ? { ruleIndex: ruleIndex.get(f.policy) } : {}),
        level,
        message: { text: f.kind === "violation" ? `${f.message} Fix: ${f.remediation}` : f.message },
        locations: [
            {
                physicalLocation: { artifactLocation: { uri: artifact }, region: { startLine: 1 } },
                logicalLocations: [{ fullyQualifiedName: f.urn || "stack", name: f.name || "stack", kind: "resource" }],
            },
        ],
        // Stable across runs, so code scanning tracks one alert per policy, resource and property.
        partialFingerprints: { "guardrails/v1": [f.policy, f.urn, f.propertyPath ?? ""].join("|") },
        properties: {
            enforcementLevel: f.level,
            resourceType: f.type,
            urn: f.urn,
            ...(f.propertyPath ? { propertyPath: f.propertyPath } : {}),
            ...(f.messageId ? { messageId: f.messageId } : {}),
        },
    };
}

/** SARIF 2.1.0 for code scanning: rule metadata with help and framework tags (the control ids), results located at the input file and URN. */
export function renderSarif(result: CheckResult, context: ReportContext): string {
    const artifact = (context.inputFile ?? "stack").replace(/\\/g, "/");
    const ruleIndex = new Map(result.rules.map(({ rule }, i) => [rule.id, i]));
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
                results: [...result.findings, ...result.notes].map((f) => resultOf(f, ruleIndex, artifact)),
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
