/**
 * A check whose report is written after it, with its findings written out as they are made
 * rather than kept: each finding is lifted by the baseline, filtered by `--min-severity`, judged
 * for `--fail-on`, counted and encoded for the report, and its text goes to a spool on disk (for
 * Markdown, which shows a budget's worth, only the findings a page could show are kept; for
 * HTML, whose table is sorted, each row's place in the spool and the fields it is sorted by). A large
 * stack's check then holds no findings in memory. The report's text is the same as when the
 * findings are kept (tests/streamed-report.test.ts).
 */
import type { CheckResult, Finding } from "../result";
import type { Rule } from "../rule";
import {
    compareFindings,
    DEFAULT_MARKDOWN_BUDGET,
    failsOnFinding,
    filterBySeverity,
    htmlChunks,
    htmlRow,
    HtmlTally,
    jsonChunks,
    meetsSeverity,
    MarkdownSelection,
    ndjsonChunks,
    renderMarkdown,
    sarifArtifact,
    sarifChunks,
    sarifResults,
    ViolationStream,
    type FailOn,
    type Format,
    type OrderedFinding,
    type ReportContext,
    type ReportPieces,
    type ReportSeverity,
    type SarifResults,
} from "../report";
import type { baselineLifter } from "../engine/baseline";
import { TextSpool, type SpoolSpan } from "./spool";

/** The report formats whose findings can be streamed. */
const STREAMED_FORMATS = ["json", "ndjson", "sarif", "markdown", "html"] as const;
type StreamedFormat = (typeof STREAMED_FORMATS)[number];

/** Whether a report in `format` can be written from streamed findings. */
export function streamsFindings(format: Format): format is StreamedFormat {
    return (STREAMED_FORMATS as readonly string[]).includes(format);
}

/** What `StreamedFindings` does with each finding. */
export interface StreamedFindingsOptions {
    /** The report's format. */
    readonly format: StreamedFormat;
    /** Every rule that runs, in the check's order (the report describes each once). */
    readonly rules: readonly Rule[];
    /** The input the report names (SARIF points its results at it). */
    readonly inputFile?: string;
    /** The Markdown report's budget (default `DEFAULT_MARKDOWN_BUDGET`). */
    readonly markdownBudget?: number;
    /** `--min-severity`: less severe findings are dropped. */
    readonly minSeverity?: ReportSeverity;
    /** `--fail-on`: which findings fail the run (default: mandatory ones). */
    readonly failOn?: FailOn;
    /** `--baseline`: lifts the findings it records. */
    readonly baseline?: ReturnType<typeof baselineLifter>;
    /** False when no report will be written: findings are then only counted and judged. */
    readonly writesReport: boolean;
}

/** A finding's HTML row in the spool, with what the table is sorted by. */
interface SpooledRow extends OrderedFinding, SpoolSpan {}

/**
 * Where each finding goes for the report: a spool of encoded pieces, a Markdown page's
 * selection, or a spool of HTML rows with what orders them (the table is sorted, most severe first).
 */
type Sink =
    | { readonly kind: "pieces"; readonly spool: TextSpool; readonly encode: (f: Finding) => string; readonly sarif?: SarifResults }
    | { readonly kind: "selection"; readonly selection: MarkdownSelection }
    | { readonly kind: "rows"; readonly spool: TextSpool; readonly tally: HtmlTally; readonly rows: SpooledRow[] };

/** A check's findings taken one by one (`take`), and what the report and verdict need of them after. */
export class StreamedFindings {
    /** Counts every finding; encodes JSON and NDJSON pieces. */
    private readonly stream: ViolationStream;
    private readonly sink: Sink | undefined;
    private failing = false;

    constructor(private readonly options: StreamedFindingsOptions) {
        const { format } = options;
        this.stream = new ViolationStream(format === "ndjson" ? "ndjson" : "json", new Map(options.rules.map((rule) => [rule.id, rule])));
        this.sink = options.writesReport ? this.sinkFor(format) : undefined;
    }

    private sinkFor(format: StreamedFormat): Sink {
        if (format === "markdown") return { kind: "selection", selection: new MarkdownSelection(this.options.markdownBudget ?? DEFAULT_MARKDOWN_BUDGET) };
        const spool = new TextSpool();
        if (format === "html") return { kind: "rows", spool, tally: new HtmlTally(), rows: [] };
        if (format !== "sarif") return { kind: "pieces", spool, encode: (f) => this.stream.piece(f) };
        const ids = this.options.rules.map((rule) => rule.id);
        const sarif = sarifResults(ids, sarifArtifact(this.options.inputFile), this.options.baseline !== undefined, "marked");
        return {
            kind: "pieces",
            spool,
            sarif,
            encode: (f) => {
                this.stream.take(f);
                return sarif.piece(f);
            },
        };
    }

    /** Takes one finding as the check makes it (never throws: see `TextSpool.append`). */
    readonly take = (made: Finding): void => {
        const f = this.options.baseline ? this.options.baseline.lift(made) : made;
        if (this.options.minSeverity && !meetsSeverity(f, this.options.minSeverity)) return;
        if (!this.failing && failsOnFinding(f, this.options.failOn)) this.failing = true;
        const sink = this.sink;
        if (sink?.kind === "pieces") sink.spool.append(sink.encode(f));
        else {
            this.stream.take(f);
            if (sink?.kind === "selection") sink.selection.take(f);
            else if (sink?.kind === "rows") spoolRow(sink, f);
        }
    };

    /**
     * After the check: the result as reports take it (baseline outcome added, less severe notes
     * and remediations dropped, no findings), whether the run fails, the counts for its summary,
     * and the report's text. Throws when the spool could not be written.
     */
    finish(evaluated: CheckResult): { result: CheckResult; blocked: boolean; counts: ViolationStream["counts"]; report(context: ReportContext): ReportPieces } {
        const { sink, stream, options } = this;
        if (sink?.kind === "pieces" || sink?.kind === "rows") sink.spool.finish();
        const withBaseline = options.baseline ? Object.assign({}, evaluated, { baseline: options.baseline.outcome(evaluated.rules) }) : evaluated;
        const result = options.minSeverity ? filterBySeverity(withBaseline, options.minSeverity) : withBaseline;
        const report = (context: ReportContext): ReportPieces => {
            if (!sink) throw new Error("no report was spooled: the check was run with writesReport false");
            if (sink.kind === "selection") {
                if ((context.markdownBudget ?? DEFAULT_MARKDOWN_BUDGET) !== (options.markdownBudget ?? DEFAULT_MARKDOWN_BUDGET)) throw new Error("the Markdown selection was made for another budget");
                return [renderMarkdown(result, context, { selection: sink.selection, counts: stream.counts })];
            }
            if (sink.kind === "rows") {
                // Stable, as the kept findings' sort: rows that compare equal keep the check's order.
                const ordered = sink.rows.sort(compareFindings);
                return htmlChunks(result, context, { tally: sink.tally, rows: sink.spool.readSpans(ordered) });
            }
            if (sink.sarif) {
                if (context.inputFile !== options.inputFile) throw new Error(`the SARIF results were made for ${options.inputFile ?? "no input file"}, not ${context.inputFile ?? "none"}`);
                return sarifChunks(result, context, { results: sink.sarif, pieces: sink.spool.read() });
            }
            const spooled = { stream, pieces: sink.spool.read() };
            return stream.format === "json" ? jsonChunks(result, context, spooled) : ndjsonChunks(result, context, spooled);
        };
        return { result, blocked: this.failing, counts: stream.counts, report };
    }

    /** Removes the spool (after the report is written, or when the run fails). */
    dispose(): void {
        if (this.sink?.kind === "pieces" || this.sink?.kind === "rows") this.sink.spool.dispose();
    }
}

/** Spools a finding's row and keeps what orders it (strings and the grant are the finding's own, not copies). */
function spoolRow(sink: Extract<Sink, { kind: "rows" }>, f: Finding): void {
    sink.tally.take(f);
    const start = sink.spool.size;
    sink.spool.append(htmlRow(f));
    const { kind, level, severity, policy, name, urn, exemption } = f;
    sink.rows.push({ kind, level, severity, policy, name, urn, exemption, start, length: sink.spool.size - start });
}
