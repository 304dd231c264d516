import type { PackDefinition } from "../pack";
import type { Rule } from "../rule";
import type { ReportContext } from "./context";

/** The formats `guardrails catalog` writes. */
export const CATALOG_FORMATS = ["table", "json", "markdown"] as const;
/** One of `CATALOG_FORMATS`. */
export type CatalogFormat = (typeof CATALOG_FORMATS)[number];

function ruleEntry(rule: Rule) {
    return {
        id: rule.id,
        title: rule.title,
        description: rule.description,
        severity: rule.severity,
        defaultLevel: rule.defaultLevel,
        service: rule.service,
        appliesTo: rule.kind === "stack" ? "stack" : rule.resourceTypes,
        canRemediate: rule.kind === "resource" && typeof rule.remediate === "function",
        frameworks: rule.frameworks ?? {},
        tags: rule.tags ?? [],
        remediation: rule.remediation,
        ...(rule.configSchema ? { configSchema: rule.configSchema, configDefaults: rule.configDefaults ?? {} } : {}),
    };
}

function frameworksText(rule: Rule): string {
    return Object.entries(rule.frameworks ?? {})
        .map(([f, controls]) => `${f} ${controls.join(", ")}`)
        .join("; ");
}

/** Every rule of the packs with its metadata, as a table, JSON or Markdown. */
export function renderCatalog(packs: readonly PackDefinition[], format: CatalogFormat, context: ReportContext): string {
    if (format === "json") {
        const doc = { tool: context.tool, packs: packs.map((p) => ({ name: p.name, version: p.version, description: p.description, rules: p.rules.map(ruleEntry) })) };
        return `${JSON.stringify(doc, null, 2)}\n`;
    }
    const lines: string[] = [];
    if (format === "markdown") {
        lines.push(`# Rule catalog`, "");
        for (const pack of packs) {
            lines.push(`## \`${pack.name}\` ${pack.version}`, "", pack.description, "");
            lines.push("| Policy | Severity | Default level | Applies to | Frameworks |", "| --- | --- | --- | --- | --- |");
            for (const rule of pack.rules) {
                const applies = rule.kind === "stack" ? "stack" : rule.resourceTypes.map((t) => `\`${t}\``).join("<br>");
                lines.push(`| \`${rule.id}\`<br>${rule.title} | ${rule.severity} | ${rule.defaultLevel} | ${applies} | ${frameworksText(rule) || "—"} |`);
            }
            lines.push("");
        }
        return `${lines.join("\n")}`;
    }
    for (const pack of packs) {
        lines.push(`${pack.name} ${pack.version} — ${pack.description}`);
        const width = Math.max(...pack.rules.map((r) => r.id.length));
        for (const rule of pack.rules) {
            lines.push(`  ${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.defaultLevel.padEnd(9)}  ${rule.title}`);
        }
        lines.push("");
    }
    return `${lines.join("\n")}`;
}
