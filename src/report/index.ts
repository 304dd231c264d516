/** Reports: pure functions from a check result to text, produced in pieces so any size can be streamed. */
import type { CheckResult } from "../result";
import type { ReportContext } from "./context";
import { githubChunks } from "./github";
import { htmlChunks } from "./html";
import { jsonChunks, ndjsonChunks } from "./json";
import { junitChunks } from "./junit";
import { renderMarkdown } from "./markdown";
import { sarifChunks } from "./sarif";
import { tableChunks } from "./table";

import type { Format } from "./formats";

export { FORMATS, type Format } from "./formats";

/** A report as pieces of text, in order; their concatenation is the report. */
export type ReportChunks = Iterable<string>;

const whole =
    (render: (result: CheckResult, context: ReportContext) => string) =>
    (result: CheckResult, context: ReportContext): ReportChunks => [render(result, context)];

const renderers: Record<Format, (result: CheckResult, context: ReportContext) => ReportChunks> = {
    table: tableChunks,
    json: jsonChunks,
    ndjson: ndjsonChunks,
    sarif: sarifChunks,
    junit: junitChunks,
    markdown: whole(renderMarkdown),
    github: githubChunks,
    html: htmlChunks,
};

/** A check result in the given format, in pieces to write as they come (see `writeOutput`). */
export function reportChunks(format: Format, result: CheckResult, context: ReportContext): ReportChunks {
    return renderers[format](result, context);
}

/** Renders a check result in the given format, as one string. */
export function renderReport(format: Format, result: CheckResult, context: ReportContext): string {
    return [...reportChunks(format, result, context)].join("");
}

export { jsonReport, renderJson, jsonChunks, ndjsonChunks, JSON_SCHEMA_VERSION, ViolationStream, type SpooledFindings, type ReportPieces } from "./json";
export { renderTable, tableChunks } from "./table";
export { renderSarif, sarifArtifact, sarifChunks, sarifResults, SarifResults, type SpooledSarif, type SuppressionsShown } from "./sarif";
export { renderJunit, junitChunks } from "./junit";
export { renderMarkdown } from "./markdown";
export { MarkdownSelection, type PolicyCount } from "./markdown-selection";
export { githubChunks } from "./github";
export { htmlChunks, htmlRow, HtmlTally, type StreamedRows } from "./html";
export { summarize, ruleEntries, countFindings, type FindingCounts, type ReportContext, type Summary, type RuleEntry } from "./context";
export { renderCatalog, CATALOG_FORMATS, type CatalogFormat } from "./catalog";
export { renderRuleDoc, renderCatalogDoc, exampleCode, constructorOf } from "./rule-docs";
export { packManifest, manifestContent, type PackManifest } from "./manifest";
export { MARKDOWN_BUDGET_PRESET_UNITS, MARKDOWN_BUDGET_PRESETS, MIN_MARKDOWN_BUDGET, STEP_SUMMARY_MARKDOWN_BUDGET } from "./markdown";
export { renderSummary, verdictSentence, type SummaryOptions } from "./summary";
export { DEFAULT_MARKDOWN_BUDGET, verdictOf, type Verdict } from "./context";
export {
    compareFindings,
    type OrderedFinding,
    failsOn,
    failsOnFinding,
    meetsSeverity,
    filterBySeverity,
    isFailOn,
    isReportSeverity,
    sortFindings,
    FAIL_ON_VALUES,
    REPORT_SEVERITIES,
    type FailOn,
    type ReportSeverity,
    type Standing,
} from "./filter";
