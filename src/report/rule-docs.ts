/**
 * Generated documentation: one page per rule (docs/rules/<policy>.md) and the catalog
 * (docs/catalog.md). Pure functions of the packs, so a test can tell when the files are stale.
 */
import type { PackDefinition } from "../pack";
import type { Rule, RuleExample } from "../rule";

/** `aws:s3/bucket:Bucket` → `aws.s3.Bucket`; `kubernetes:apps/v1:Deployment` → `k8s.apps.v1.Deployment`. */
export function constructorOf(token: string): string {
    const [pkg, module = "", name = token] = token.split(":");
    if (pkg === "kubernetes") {
        const [group = "core", version = ""] = module.split("/");
        return ["k8s", group.split(".")[0], version, name].filter(Boolean).join(".");
    }
    const namespace = module.split("/")[0];
    return [pkg, namespace === "index" ? "" : namespace, name].filter(Boolean).join(".");
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A value as a TypeScript literal, indented. */
function literal(value: unknown, indent: string): string {
    if (Array.isArray(value)) {
        if (value.length === 0) return "[]";
        return `[\n${value.map((v) => `${indent}    ${literal(v, `${indent}    `)}`).join(",\n")},\n${indent}]`;
    }
    if (value !== null && typeof value === "object") {
        const entries = Object.entries(value);
        if (entries.length === 0) return "{}";
        const lines = entries.map(([k, v]) => `${indent}    ${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${literal(v, `${indent}    `)}`);
        return `{\n${lines.join(",\n")},\n${indent}}`;
    }
    return JSON.stringify(value) ?? "undefined";
}

/** An example as a short Pulumi TypeScript program. */
export function exampleCode(example: RuleExample): string {
    const usesK8s = example.resources.some((r) => r.type.startsWith("kubernetes:"));
    const usesAws = example.resources.some((r) => !r.type.startsWith("kubernetes:"));
    const imports = [usesAws ? 'import * as aws from "@pulumi/aws";' : "", usesK8s ? 'import * as k8s from "@pulumi/kubernetes";' : ""].filter(Boolean);
    const body = example.resources.map((r) => `new ${constructorOf(r.type)}(${JSON.stringify(r.name)}, ${literal(r.props, "")});`);
    return [...imports, "", ...body].join("\n");
}

function frameworkRows(rule: Rule): string[] {
    return Object.entries(rule.frameworks ?? {}).map(([framework, controls]) => `| ${framework} | ${controls.join(", ")} |`);
}

/** The page of one rule. */
export function renderRuleDoc(rule: Rule): string {
    const lines = [`# \`${rule.id}\` — ${rule.title}`, ""];
    lines.push(`| Pack | Severity | Default level | Applies to | Can remediate |`, `| --- | --- | --- | --- | --- |`);
    const appliesTo = rule.kind === "stack" ? "the whole stack" : rule.resourceTypes.map((t) => `\`${t}\``).join("<br>");
    lines.push(`| ${rule.pack ?? "—"} | ${rule.severity} | ${rule.defaultLevel} | ${appliesTo} | ${rule.kind === "resource" && rule.remediate ? "yes" : "no"} |`, "");
    lines.push("## Why it matters", "", rule.description, "");
    lines.push("## How to fix", "", rule.remediation, "");
    const frameworks = frameworkRows(rule);
    if (frameworks.length > 0) lines.push("## Frameworks", "", "| Framework | Controls |", "| --- | --- |", ...frameworks, "");
    const properties = Object.entries(rule.configSchema?.properties ?? {});
    if (properties.length > 0) {
        lines.push("## Configuration", "", "| Key | Type | Default | Description |", "| --- | --- | --- | --- |");
        for (const [key, schema] of properties) {
            const s = schema as { type?: unknown; description?: unknown };
            const def = rule.configDefaults && key in rule.configDefaults ? `\`${JSON.stringify(rule.configDefaults[key])}\`` : "—";
            lines.push(`| \`${key}\` | ${String(s.type ?? "")} | ${def} | ${typeof s.description === "string" ? s.description : ""} |`);
        }
        lines.push("", "Set it in a `--policy-pack-config` file:", "", "```json", JSON.stringify({ [rule.id]: { enforcementLevel: rule.defaultLevel, ...(rule.configDefaults ?? {}) } }, null, 2), "```", "");
    }
    if (rule.examples) {
        for (const [heading, list] of [["Violates", rule.examples.violating], ["Complies", rule.examples.compliant]] as const) {
            for (const example of list) {
                lines.push(`## ${heading}${example.description ? `: ${example.description}` : ""}`, "", "```ts", exampleCode(example), "```", "");
            }
        }
    }
    return `${lines.join("\n").trimEnd()}\n`;
}

/** Framework families shown as catalog columns, by key prefix. */
const FRAMEWORK_COLUMNS: ReadonlyArray<[string, string]> = [
    ["CIS AWS", "cis-aws"],
    ["AWS FSBP", "aws-fsbp"],
    ["NIST 800-53", "nist-800-53"],
    ["PCI DSS", "pci-dss"],
    ["PSS", "k8s-pss"],
    ["CIS K8s", "cis-k8s"],
];

function controlsFor(rule: Rule, prefix: string): string {
    return Object.entries(rule.frameworks ?? {})
        .filter(([key]) => key.startsWith(prefix))
        .flatMap(([, controls]) => controls)
        .join(", ");
}

/** docs/catalog.md: a table per pack with a column per framework family. */
export function renderCatalogDoc(packs: readonly PackDefinition[]): string {
    const total = packs.reduce((n, p) => n + p.rules.length, 0);
    const lines = ["# Rule catalog", "", `${total} rules in ${packs.length} packs. Generated from the rules' metadata by \`npm run regen\`; do not edit.`, ""];
    for (const pack of packs) {
        lines.push(`## \`${pack.name}\` ${pack.version}`, "", pack.description, "");
        const columns = FRAMEWORK_COLUMNS.filter(([, prefix]) => pack.rules.some((r) => controlsFor(r, prefix) !== ""));
        lines.push(`| Policy | Severity | Default | ${columns.map(([title]) => title).join(" | ")}${columns.length ? " |" : ""}`.replace(/\| $/, "|"));
        lines.push(`| --- | --- | --- |${columns.map(() => " --- |").join("")}`);
        for (const rule of pack.rules) {
            const cells = columns.map(([, prefix]) => controlsFor(rule, prefix) || "—");
            lines.push(`| [\`${rule.id}\`](rules/${rule.id}.md) | ${rule.severity} | ${rule.defaultLevel} |${cells.map((c) => ` ${c} |`).join("")}`);
        }
        lines.push("");
    }
    return `${lines.join("\n").trimEnd()}\n`;
}
