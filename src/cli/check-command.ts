import {
    checkResources,
    configuredEnvironment,
    convertInput,
    environmentConfig,
    InputError,
    packageVersion,
    readConfigFile,
    resolvePolicyConfig,
    runProgramDirectory,
    type ConfigSource,
    type LoadedInput,
} from "../engine";
import { parseJsonText, readTextFile } from "../engine/inputs/json-file";
import { looksLikeEngineEvents, parseEngineEvents, resultFromEngineEvents } from "../engine/inputs/engine-events";
import type { CheckResult } from "../result";
import { refuseUnknownExemptionPolicies } from "./exemption-policies";
import { readStdin, STDIN_LABEL } from "./stdin";
import type { ResourceUnderTest } from "../engine/evaluate";
import { currentActor, Governance, readExemptionsFile, readKeyFile, systemClock, type ExemptionsFile } from "../governance";
import { governanceConfigFor } from "./governance-file";
import { asInputError } from "./input-errors";
import type { PackDefinition } from "../pack";
import type { Rule } from "../rule";
import { findFramework, unknownFrameworkMessage, frameworkRules, groupByControl, levelsFromSeverity, type Framework, type FrameworkResult } from "../frameworks";
import * as fs from "node:fs";
import {
    FAIL_ON_VALUES,
    FORMATS,
    MARKDOWN_BUDGET_PRESET_UNITS,
    MARKDOWN_BUDGET_PRESETS,
    MIN_MARKDOWN_BUDGET,
    REPORT_SEVERITIES,
    failsOn,
    filterBySeverity,
    isFailOn,
    isReportSeverity,
    reportChunks,
    renderSummary,
    summarize,
    verdictSentence,
    type FailOn,
    type Format,
    type ReportContext,
    type ReportSeverity,
    type Summary,
} from "../report";
import { emit, type OutputContent } from "./output";
import { StreamedFindings, streamsFindings } from "./streamed-findings";
import { boundHeapGrowth, boundsHeapGrowth } from "./heap-growth";
import { withRelativeSources } from "./source-paths";
import { applyBaseline, baselineLifter, createBaseline, readBaselineFile, type Baseline } from "../engine/baseline";
import { parseDuration } from "../governance";
import { validateCheckPaths } from "./paths";
import { loadPackDirectory } from "../engine/pack-directory";
import { clockFor } from "./now-option";

export interface CheckCommandOptions {
    readonly packs?: string;
    /** `--pack <dir>`: a platform team's built pack, run instead of the library's packs. */
    readonly pack?: string;
    readonly config?: string;
    readonly env?: string;
    readonly exemptions?: string;
    readonly decisionLog?: string;
    readonly framework?: string;
    readonly format: string;
    readonly output?: string;
    /** `--now`: judge as of this time. */
    readonly now?: string;
    /** `--governance`: the governance config (default: the shipped one). */
    readonly governance?: string;
    /** `--key`: the provisioning key the configuration must match (default: $GUARDRAILS_PROVISIONING_KEY). */
    readonly key?: string;
    /** `--summary`: findings grouped by policy on stdout instead of the report (which still goes to `--output`). */
    readonly summary?: boolean;
    /** `--min-severity`: leave out findings of less severe rules, from the report and the verdict. */
    readonly minSeverity?: string;
    /** `--fail-on`: the severity or level from which a finding fails the run (default: mandatory). */
    readonly failOn?: string;
    /** `-q`/`--quiet`: nothing on stdout, no verdict line on stderr; only the exit code (and errors). */
    readonly quiet?: boolean;
    /** `--markdown-budget`: the Markdown report's size limit in characters, or a preset name. */
    readonly markdownBudget?: string | number;
    /** `--baseline`: findings this baseline records are reported as baselined; only new ones fail. */
    readonly baseline?: string;
}

/** `guardrails baseline create`: the check's options, where the baseline goes and when it expires. */
export interface BaselineCreateOptions extends Pick<CheckCommandOptions, "packs" | "pack" | "config" | "env" | "governance" | "now"> {
    readonly output?: string;
    /** `--expires-in 90d`: the baseline stops lifting findings this long after it is made. */
    readonly expiresIn?: string;
    /** `--expires <time>`: ... or at this time. */
    readonly expires?: string;
}

/**
 * Governance for an offline run — exemptions, the decision log, the provisioning key (`--key`, else
 * $GUARDRAILS_PROVISIONING_KEY) — judged with the governance config (`--governance`, else the
 * shipped one) for the environment (`--env`, or the one the config files name); undefined when
 * none of them is asked for.
 */
function governanceFor(options: CheckCommandOptions, packs: readonly PackDefinition[], knownRules: readonly Rule[], configSources: readonly ConfigSource[]): Governance | undefined {
    const decisionLogPath = options.decisionLog ?? process.env.GUARDRAILS_DECISION_LOG;
    const keyFile = options.key ?? (process.env.GUARDRAILS_PROVISIONING_KEY || undefined);
    if (!options.exemptions && !decisionLogPath && !keyFile) return undefined;
    const clock = clockFor(options.now);
    const config = governanceConfigFor(options.governance);
    let exemptionsFile: ExemptionsFile | undefined;
    if (options.exemptions) {
        const file = options.exemptions;
        exemptionsFile = asInputError(() => readExemptionsFile(file, { maxDurationMs: Number.MAX_SAFE_INTEGER }));
        refuseUnknownExemptionPolicies(options.exemptions, exemptionsFile.exemptions, knownRules);
    }
    const key = keyFile ? asInputError(() => readKeyFile(keyFile)) : undefined;
    const named = configuredEnvironment(configSources);
    const pack = packs.length === 1 ? { name: packs[0].name, version: packs[0].version } : { name: "pulumi-guardrails", version: packageVersion() };
    return new Governance({ environment: named ?? options.env ?? "default", pack, config, exemptionsFile, decisionLogPath, key, actor: currentActor(), clock, logClock: systemClock });
}

/** What a run checks with: its packs, the config sources that come before the user's, and the rules config may name. */
interface PacksToRun {
    readonly packs: PackDefinition[];
    readonly leading: ConfigSource[];
    readonly knownRules: Rule[];
}

/**
 * The library's packs (`--packs`, all by default) or a platform team's built pack (`--pack <dir>`,
 * at the levels it sets), as one framework's rules with `--framework`.
 */
function packsToRun(options: { readonly packs?: string; readonly pack?: string }, allPacks: readonly PackDefinition[], framework?: Framework): PacksToRun {
    const leading: ConfigSource[] = [];
    let chosen: PackDefinition[];
    let knownRules = allPacks.flatMap((p) => p.rules);
    if (options.pack) {
        if (options.packs) throw new InputError(undefined, "--pack and --packs cannot be combined: --pack runs the pack in its directory as it is");
        const loaded = loadPackDirectory(options.pack);
        for (const part of loaded.engineOnly) process.stderr.write(`guardrails: ${options.pack}: not run offline (only under the Pulumi engine): ${part}\n`);
        chosen = [loaded.pack];
        leading.push({ file: `the levels of the pack in ${options.pack}`, document: loaded.levels });
        const own = new Set(loaded.pack.rules.map((r) => r.id));
        knownRules = [...knownRules.filter((r) => !own.has(r.id)), ...loaded.pack.rules];
    } else {
        chosen = selectPacks(allPacks, options.packs);
    }
    if (!framework) return { packs: chosen, leading, knownRules };
    // A framework audit runs its rules at levels derived from their severity (then env and config).
    const pack = frameworkPack(framework, chosen);
    return { packs: [pack], leading: [...leading, { file: `framework ${framework.name}`, document: severityConfig(pack.rules) }], knownRules };
}

/** Packs named in `--packs a,b` (all when absent); an InputError names an unknown one. */
export function selectPacks(all: readonly PackDefinition[], names: string | undefined): PackDefinition[] {
    if (names === undefined) return [...all];
    const wanted = names.split(",").map((n) => n.trim());
    const unknown = wanted.filter((n) => n !== "" && !all.some((p) => p.name === n));
    const problems = [
        ...(wanted.includes("") ? [`--packs "${names}" has an empty name in its list`] : []),
        ...(unknown.length > 0 ? [`unknown pack ${unknown.map((u) => `"${u}"`).join(", ")}`] : []),
    ];
    if (problems.length > 0) throw new InputError(undefined, `${problems.join("; ")} (available: ${all.map((p) => p.name).join(", ")})`);
    return all.filter((p) => wanted.includes(p.name));
}

export function parseFormat(format: string, allowed: readonly string[] = FORMATS): Format {
    if (!allowed.includes(format)) throw new InputError(undefined, `unknown format "${format}" (use ${allowed.join(", ")})`);
    return format as Format;
}

/** Resources above which a run on a terminal shows its progress. */
export const PROGRESS_THRESHOLD = 10_000;
/** Input size (bytes) from which reading it is shown as a stage, before its resources can be counted. */
export const PARSE_PROGRESS_BYTES = 16 * 2 ** 20;

/**
 * Whether to show progress on stderr: only on a terminal (never in CI logs or pipes), and only
 * for long runs — more than `PROGRESS_THRESHOLD` resources, or an input of `PARSE_PROGRESS_BYTES`.
 */
export function showsProgress(isTTY: boolean | undefined, size: { readonly resources?: number; readonly bytes?: number }): boolean {
    return isTTY === true && ((size.resources ?? 0) > PROGRESS_THRESHOLD || (size.bytes ?? 0) >= PARSE_PROGRESS_BYTES);
}

/** A run's stages, as progress shows them. */
export type ProgressStage = "parse" | "evaluate" | "write";

/** Progress of a run, one line rewritten in place. */
export interface Progress {
    /** A stage begins (`detail`: what is read, for `parse`). */
    stage(stage: ProgressStage, detail?: string): void;
    /** Resources evaluated so far. */
    count(done: number, total: number): void;
    /** The run is over: the line is cleared. */
    end(): void;
}

const CLEAR_LINE = "\r\u001b[2K";

/** Progress written to `stream` (a terminal): each update replaces the line before it. */
export function progressWriter(stream: { write(text: string): unknown }): Progress {
    let shown = false;
    const show = (text: string) => {
        shown = true;
        stream.write(`${CLEAR_LINE}guardrails: ${text}`);
    };
    return {
        stage(stage, detail) {
            if (stage === "parse") show(`reading ${detail ?? "the input"}…`);
            else if (stage === "evaluate") show("checking resources…");
            else show("writing the report…");
        },
        count(done, total) {
            show(`checking ${done.toLocaleString("en")}/${total.toLocaleString("en")} resources…`);
        },
        end() {
            if (shown) stream.write(CLEAR_LINE);
            shown = false;
        },
    };
}

const NO_PROGRESS: Progress = { stage() {}, count() {}, end() {} };

/** `--min-severity`: one of `REPORT_SEVERITIES`; an InputError lists them. */
export function parseMinSeverity(value: string): ReportSeverity {
    if (!isReportSeverity(value)) throw new InputError(undefined, `--min-severity "${value}" is not a severity (use ${REPORT_SEVERITIES.join(", ")})`);
    return value;
}

/** `--fail-on`: a severity or a level; an InputError lists them. */
export function parseFailOn(value: string): FailOn {
    if (!isFailOn(value)) throw new InputError(undefined, `--fail-on "${value}" is not a severity or level (use ${FAIL_ON_VALUES.join(", ")})`);
    return value;
}

/** What a `--markdown-budget` counts: bytes for a preset GitHub limits in bytes, else characters. */
export function markdownBudgetUnit(value: string | number | undefined): "characters" | "bytes" | undefined {
    if (value === undefined) return undefined;
    const text = String(value).trim();
    return Object.prototype.hasOwnProperty.call(MARKDOWN_BUDGET_PRESET_UNITS, text) ? MARKDOWN_BUDGET_PRESET_UNITS[text] : "characters";
}

/** `--markdown-budget`: a whole number of characters (at least `MIN_MARKDOWN_BUDGET`) or a preset name. */
export function parseMarkdownBudget(value: string | number): number {
    const text = String(value).trim();
    if (Object.prototype.hasOwnProperty.call(MARKDOWN_BUDGET_PRESETS, text)) return MARKDOWN_BUDGET_PRESETS[text];
    const budget = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(budget) || budget < MIN_MARKDOWN_BUDGET) {
        throw new InputError(
            undefined,
            `--markdown-budget "${text}" must be a whole number of characters, at least ${MIN_MARKDOWN_BUDGET}, or one of ${Object.keys(MARKDOWN_BUDGET_PRESETS).join(", ")}`,
        );
    }
    return budget;
}

/**
 * The baseline of `--baseline`, read and validated before any work. Refused where the environment
 * requires signatures: the file is the deployer's, and would lift mandatory findings there.
 */
function baselineFor(file: string, environment: string | undefined, governanceFile: string | undefined): Baseline {
    const config = governanceConfigFor(governanceFile);
    if (environment && config.requiresSignatures(environment)) {
        throw new InputError(
            file,
            `--baseline cannot be used in environment "${environment}", which requires signatures: a baseline is an unsigned file and would lift mandatory findings (record accepted debt as signed exemptions there)`,
        );
    }
    return readBaselineFile(file);
}

function frameworkOrFail(name: string): Framework {
    const found = findFramework(name);
    if (!found) throw new InputError(undefined, unknownFrameworkMessage(name));
    return found;
}

/** The rules of the selected packs that implement the framework, as one pack named after it. */
function frameworkPack(framework: Framework, packs: readonly PackDefinition[]): PackDefinition {
    return { name: framework.name, version: packageVersion(), description: `${framework.framework} ${framework.version}`, rules: frameworkRules(framework, packs.flatMap((p) => p.rules)) };
}

/** `--env`'s shipped config, then `--config`: the sources every run layers after its defaults. */
function environmentAndConfig(options: Pick<CheckCommandOptions, "env" | "config">): ConfigSource[] {
    return [...(options.env ? [environmentConfig(options.env)] : []), ...(options.config ? [readConfigFile(options.config)] : [])];
}

function severityConfig(rules: readonly Rule[]): Record<string, string> {
    return { ...levelsFromSeverity(rules).rules };
}

/** `guardrails check <file>`: returns the exit code (0 passed, 1 a mandatory violation). */
export function runCheck(file: string, options: CheckCommandOptions, allPacks: readonly PackDefinition[]): Promise<number> {
    const expects = "guardrails check";
    validateCheckPaths(file === "-" ? undefined : { path: file }, options);
    clockFor(options.now);
    const knownRules = new Map(allPacks.flatMap((p) => p.rules).map((r) => [r.id, r] as const));
    /** A document of resources to judge, or an engine event stream that is already judged. */
    const load = (label: string, text: string): Loaded => {
        if (!looksLikeEngineEvents(text)) return withNotices(convertInput(label, parseJsonText(label, text, expects)), label, options);
        refuseForEvents(options);
        return { result: resultFromEngineEvents(parseEngineEvents(label, text), knownRules) };
    };
    if (file === "-") return checkAndReport(STDIN_LABEL, async () => load(STDIN_LABEL, await readStdin()), options, allPacks);
    return checkAndReport(file, async () => load(file, readTextFile(file)), options, allPacks, inputSize(file));
}

/** The input's resources, after saying on stderr what in it is not judged (unless `--quiet`). */
function withNotices(loaded: LoadedInput, label: string, options: Pick<CheckCommandOptions, "quiet">): ResourceUnderTest[] {
    if (options.quiet !== true) for (const notice of loaded.notices ?? []) process.stderr.write(`guardrails: ${label}: ${notice}\n`);
    return loaded.resources;
}

/** Resources to judge, or the result of a run that happened elsewhere (engine events). */
type Loaded = ResourceUnderTest[] | { readonly result: CheckResult };

/**
 * Options that judge or re-level findings have nothing to act on in an engine event stream: its
 * policies ran under the Pulumi CLI, with their own levels and exemptions.
 */
function refuseForEvents(options: CheckCommandOptions): void {
    const given = (
        [
            ["--config", options.config],
            ["--env", options.env],
            ["--exemptions", options.exemptions],
            ["--decision-log", options.decisionLog],
            ["--key", options.key],
            ["--framework", options.framework],
            ["--packs", options.packs],
            ["--pack", options.pack],
        ] as const
    ).filter(([, value]) => value !== undefined);
    if (given.length > 0) {
        throw new InputError(undefined, `${given.map(([flag]) => flag).join(", ")} cannot apply to a Pulumi engine event stream: its policies already ran under the Pulumi CLI, with their own packs, levels and exemptions`);
    }
}

/** The input's size in bytes, for deciding on progress (undefined when it cannot be told; reading it reports why). */
function inputSize(file: string): number | undefined {
    try {
        return fs.statSync(file).size;
    } catch {
        return undefined;
    }
}

/** `guardrails preview <dir>`: runs the program under mocks, then checks what it registers. */
export function runPreview(dir: string, options: CheckCommandOptions & { stack?: string }, allPacks: readonly PackDefinition[]): Promise<number> {
    validateCheckPaths({ path: dir, directory: true }, options);
    clockFor(options.now);
    return checkAndReport(dir, async () => withRelativeSources((await runProgramDirectory(dir, { stack: options.stack })).resources, dir), options, allPacks);
}

async function checkAndReport(
    inputLabel: string,
    loadResources: () => Promise<Loaded>,
    options: CheckCommandOptions,
    allPacks: readonly PackDefinition[],
    inputBytes?: number,
): Promise<number> {
    // Validate every flag and config file before doing the (possibly long) work.
    const format = parseFormat(options.format);
    const minSeverity = options.minSeverity === undefined ? undefined : parseMinSeverity(options.minSeverity);
    const failOn = options.failOn === undefined ? undefined : parseFailOn(options.failOn);
    const markdownBudget = options.markdownBudget === undefined ? undefined : parseMarkdownBudget(options.markdownBudget);
    const framework = options.framework ? frameworkOrFail(options.framework) : undefined;
    const { packs, leading, knownRules } = packsToRun(options, allPacks, framework);
    const configSources: ConfigSource[] = [...leading, ...environmentAndConfig(options)];
    // Unknown policies or settings, and wrong values, are refused now, not after a program has run.
    resolvePolicyConfig(packs.flatMap((p) => p.rules), configSources, knownRules);
    const named = configuredEnvironment(configSources);
    if (named && options.env && named !== options.env) throw new InputError(undefined, `--env ${options.env} contradicts the config, which names environment "${named}"`);
    const governance = governanceFor(options, packs, knownRules, configSources);
    const baseline = options.baseline ? baselineFor(options.baseline, named ?? options.env, options.governance) : undefined;

    const onTerminal = process.stderr.isTTY === true;
    let progress = showsProgress(onTerminal, { bytes: inputBytes }) ? progressWriter(process.stderr) : NO_PROGRESS;
    const quiet = options.quiet === true;
    const toStdout = !options.output && !options.summary && !quiet;
    const writesReport = options.output !== undefined || toStdout;
    // `--summary` and `--framework` read every finding, so those runs keep them.
    const streamed =
        streamsFindings(format) && !options.summary && !framework
            ? (): StreamedFindings =>
                  new StreamedFindings({
                      format,
                      rules: packs.flatMap((p) => p.rules),
                      inputFile: inputLabel,
                      markdownBudget,
                      minSeverity,
                      failOn,
                      baseline: baseline && options.baseline ? baselineLifter(baseline, options.baseline, clockFor(options.now)()) : undefined,
                      writesReport,
                  })
            : undefined;
    let findings: StreamedFindings | undefined;
    if (boundsHeapGrowth(streamed === undefined, inputBytes)) boundHeapGrowth();
    try {
        progress.stage("parse", inputLabel);
        const loaded = await loadResources();
        let evaluated: CheckResult;
        if ("result" in loaded) evaluated = loaded.result;
        else {
            if (progress === NO_PROGRESS && showsProgress(onTerminal, { resources: loaded.length })) progress = progressWriter(process.stderr);
            progress.stage("evaluate");
            findings = streamed ? keptWhenNoSpool(streamed) : undefined;
            evaluated = await checkResources(loaded, { packs, knownRules, configSources, governance, onProgress: (done, total) => progress.count(done, total), onFinding: findings?.take });
        }
        const color = format === "table" && toStdout && process.stdout.isTTY === true && !process.env.NO_COLOR;
        let report: (context: ReportContext) => OutputContent;
        let result: CheckResult;
        let blocked: boolean;
        let summary: Summary;
        let controls: FrameworkResult | undefined;
        if (findings) {
            const done = findings.finish(evaluated);
            ({ result, blocked } = done);
            summary = summarize(result, done.counts);
            report = done.report;
        } else {
            const checked = baseline && options.baseline ? applyBaseline(evaluated, baseline, options.baseline, clockFor(options.now)()).result : evaluated;
            // The filter decides what is reported and what fails the run; framework controls are judged
            // on every finding, so that leaving out low findings never makes a control look passed.
            const kept = minSeverity ? filterBySeverity(checked, minSeverity) : checked;
            result = kept;
            blocked = failsOn(kept, failOn);
            summary = summarize(kept);
            controls = framework ? groupByControl(framework, checked.findings, checked.rules, checked.resources) : undefined;
            report = (context) => reportChunks(format, kept, context);
        }
        const context = { tool: { name: "pulumi-guardrails", version: packageVersion() }, inputFile: inputLabel, color, controls, markdownBudget, markdownBudgetUnit: markdownBudgetUnit(options.markdownBudget), blocked };
        if (writesReport) {
            progress.stage("write");
            await emit(report(context), options.output);
        }
        progress.end();
        if (options.summary && !quiet) process.stdout.write(renderSummary(result, context));
        if (options.output && !quiet) {
            const threshold = failOn && failOn !== "mandatory" ? ` (--fail-on ${failOn})` : "";
            process.stderr.write(`guardrails: ${verdictSentence(summary, blocked)}${threshold}; report written to ${options.output}\n`);
        }
        return blocked ? 1 : 0;
    } finally {
        progress.end();
        findings?.dispose();
        governance?.close();
    }
}

/** Streamed findings, or none (the check keeps them) where no spool can be made (a read-only temporary directory). */
function keptWhenNoSpool(make: () => StreamedFindings): StreamedFindings | undefined {
    try {
        return make();
    } catch {
        return undefined;
    }
}

/** `--expires-in` / `--expires`: when a new baseline stops lifting findings (undefined: never). */
function baselineExpiry(options: BaselineCreateOptions, now: Date): Date | undefined {
    if (options.expiresIn !== undefined && options.expires !== undefined) throw new InputError(undefined, "give --expires-in or --expires, not both");
    if (options.expiresIn !== undefined) {
        const ms = parseDuration(options.expiresIn);
        if (ms === undefined || ms <= 0) throw new InputError(undefined, `--expires-in "${options.expiresIn}" is not a duration (e.g. 90d, 12h)`);
        return new Date(now.getTime() + ms);
    }
    if (options.expires !== undefined) {
        const at = Date.parse(options.expires);
        if (!/^\d{4}-\d{2}-\d{2}T/.test(options.expires) || Number.isNaN(at)) throw new InputError(undefined, `--expires "${options.expires}" is not an ISO 8601 time (e.g. 2027-03-31T00:00:00Z)`);
        if (at <= now.getTime()) throw new InputError(undefined, `--expires ${options.expires} is not in the future`);
        return new Date(at);
    }
    return undefined;
}

/**
 * `guardrails baseline create <input>`: checks a stack export, preview JSON or program directory
 * and writes today's violations, by fingerprint, to `--output`. Returns the exit code (0).
 */
export async function runBaselineCreate(input: string, options: BaselineCreateOptions, allPacks: readonly PackDefinition[]): Promise<number> {
    if (!options.output) throw new InputError(undefined, "guardrails baseline create needs --output <file>: where to write the baseline");
    const directory = input !== "-" && fs.existsSync(input) && fs.statSync(input).isDirectory();
    validateCheckPaths(input === "-" ? undefined : { path: input, directory }, options);
    const now = clockFor(options.now)();
    const expiresAt = baselineExpiry(options, now);
    const { packs, leading, knownRules } = packsToRun(options, allPacks);
    const configSources = [...leading, ...environmentAndConfig(options)];
    resolvePolicyConfig(packs.flatMap((p) => p.rules), configSources, knownRules);
    const label = input === "-" ? STDIN_LABEL : input;
    const text = directory ? undefined : input === "-" ? await readStdin() : readTextFile(input);
    let result: CheckResult;
    if (text !== undefined && looksLikeEngineEvents(text)) {
        // An engine event stream is already judged: its findings are recorded as they are.
        refuseForEvents({ ...options, format: "json" });
        result = resultFromEngineEvents(parseEngineEvents(label, text), new Map(knownRules.map((r) => [r.id, r] as const)));
    } else {
        const resources =
            text === undefined ? withRelativeSources((await runProgramDirectory(input)).resources, input) : withNotices(convertInput(label, parseJsonText(label, text, "guardrails baseline create")), label, {});
        result = await checkResources(resources, { packs, knownRules, configSources });
    }
    const resources = result.resources;
    const baseline = createBaseline(result, { createdAt: now, expiresAt, input: input === "-" ? STDIN_LABEL : input });
    await emit(`${JSON.stringify(baseline, null, 2)}\n`, options.output);
    const findings = baseline.entries.reduce((n, e) => n + e.count, 0);
    process.stderr.write(
        `guardrails: baseline of ${findings} finding${findings === 1 ? "" : "s"} on ${resources.length} resources written to ${options.output}` +
            `${expiresAt ? ` (expires ${expiresAt.toISOString()})` : " (no expiry: add --expires-in 90d to make the debt come due)"}\n`,
    );
    return 0;
}
