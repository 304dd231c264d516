/**
 * A check whose report is written after it, with its findings written out as they are made
 * rather than kept: each finding is lifted by the baseline, filtered by `--min-severity`, judged
 * for `--fail-on`, counted and encoded for the report, and its text goes to a spool on disk. A
 * large stack's check then holds no findings in memory. The report's text is the same as when
 * the findings are kept (tests/streamed-report.test.ts).
 */
import type { CheckResult, Finding } from "../result";
import type { Rule } from "../rule";
import {
    failsOnFinding,
    filterBySeverity,
    jsonChunks,
    meetsSeverity,
    ndjsonChunks,
    sarifArtifact,
    sarifChunks,
    sarifResults,
    ViolationStream,
    type FailOn,
    type Format,
    type ReportContext,
    type ReportPieces,
    type ReportSeverity,
    type SarifResults,
} from "../report";
import type { baselineLifter } from "../engine/baseline";
import { TextSpool } from "./spool";

/** The report formats whose findings can be streamed. */
const STREAMED_FORMATS = ["json", "ndjson", "sarif"] as const;
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
    /** `--min-severity`: less severe findings are dropped. */
    readonly minSeverity?: ReportSeverity;
    /** `--fail-on`: which findings fail the run (default: mandatory ones). */
    readonly failOn?: FailOn;
    /** `--baseline`: lifts the findings it records. */
    readonly baseline?: ReturnType<typeof baselineLifter>;
    /** False when no report will be written: findings are then only counted and judged. */
    readonly writesReport: boolean;
}

/** A check's findings taken one by one (`take`), and what the report and verdict need of them after. */
export class StreamedFindings {
    private readonly stream: ViolationStream;
    /** SARIF's encoder; JSON and NDJSON pieces come from `stream`. */
    private readonly sarif: SarifResults | undefined;
    private readonly spool: TextSpool | undefined;
    private failing = false;

    constructor(private readonly options: StreamedFindingsOptions) {
        this.stream = new ViolationStream(options.format === "sarif" ? "json" : options.format, new Map(options.rules.map((rule) => [rule.id, rule])));
        this.sarif =
            options.format === "sarif" && options.writesReport
                ? sarifResults(
                      options.rules.map((rule) => rule.id),
                      sarifArtifact(options.inputFile),
                      options.baseline !== undefined,
                      "marked",
                  )
                : undefined;
        this.spool = options.writesReport ? new TextSpool() : undefined;
    }

    /** Takes one finding as the check makes it (never throws: see `TextSpool.append`). */
    readonly take = (made: Finding): void => {
        const f = this.options.baseline ? this.options.baseline.lift(made) : made;
        if (this.options.minSeverity && !meetsSeverity(f, this.options.minSeverity)) return;
        if (!this.failing && failsOnFinding(f, this.options.failOn)) this.failing = true;
        if (!this.spool) this.stream.take(f);
        else if (this.sarif) {
            this.stream.take(f);
            this.spool.append(this.sarif.piece(f));
        } else this.spool.append(this.stream.piece(f));
    };

    /**
     * After the check: the result as reports take it (baseline outcome added, less severe notes
     * and remediations dropped, no findings), whether the run fails, the counts for its summary,
     * and the report's text. Throws when the spool could not be written.
     */
    finish(evaluated: CheckResult): { result: CheckResult; blocked: boolean; counts: ViolationStream["counts"]; report(context: ReportContext): ReportPieces } {
        this.spool?.finish();
        const withBaseline = this.options.baseline ? Object.assign({}, evaluated, { baseline: this.options.baseline.outcome(evaluated.rules) }) : evaluated;
        const result = this.options.minSeverity ? filterBySeverity(withBaseline, this.options.minSeverity) : withBaseline;
        const spool = this.spool;
        const { stream, sarif } = this;
        const inputFile = this.options.inputFile;
        const report = (context: ReportContext): ReportPieces => {
            if (!spool) throw new Error("no report was spooled: the check was run with writesReport false");
            if (sarif) {
                if (context.inputFile !== inputFile) throw new Error(`the SARIF results were made for ${inputFile ?? "no input file"}, not ${context.inputFile ?? "none"}`);
                return sarifChunks(result, context, { results: sarif, pieces: spool.read() });
            }
            const spooled = { stream, pieces: spool.read() };
            return stream.format === "json" ? jsonChunks(result, context, spooled) : ndjsonChunks(result, context, spooled);
        };
        return { result, blocked: this.failing, counts: this.stream.counts, report };
    }

    /** Removes the spool (after the report is written, or when the run fails). */
    dispose(): void {
        this.spool?.dispose();
    }
}
