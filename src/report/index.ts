/** Reports: pure functions from a check result to text. */
import type { CheckResult } from "../result";
import type { ReportContext } from "./context";
import { renderJson } from "./json";
import { renderJunit } from "./junit";
import { renderMarkdown } from "./markdown";
import { renderSarif } from "./sarif";
import { renderTable } from "./table";

/** The formats `guardrails check --format` writes. */
export const FORMATS = ["table", "json", "sarif", "junit", "markdown"] as const;
/** One of `FORMATS`. */
export type Format = (typeof FORMATS)[number];

const renderers: Record<Format, (result: CheckResult, context: ReportContext) => string> = {
    table: renderTable,
    json: renderJson,
    sarif: renderSarif,
    junit: renderJunit,
    markdown: renderMarkdown,
};

/** Renders a check result in the given format. */
export function renderReport(format: Format, result: CheckResult, context: ReportContext): string {
    return renderers[format](result, context);
}

export { jsonReport, renderJson } from "./json";
export { renderTable } from "./table";
export { renderSarif } from "./sarif";
export { renderJunit } from "./junit";
export { renderMarkdown } from "./markdown";
export { summarize, type ReportContext, type Summary } from "./context";
export { renderCatalog, CATALOG_FORMATS, type CatalogFormat } from "./catalog";
export { renderRuleDoc, renderCatalogDoc, exampleCode, constructorOf } from "./rule-docs";
export { packManifest, manifestContent, type PackManifest } from "./manifest";
