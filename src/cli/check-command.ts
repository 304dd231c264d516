import {
    checkResources,
    environmentConfig,
    hasMandatoryFindings,
    InputError,
    loadInputFile,
    packageVersion,
    readConfigFile,
    runProgramDirectory,
    type ConfigSource,
} from "../engine";
import type { ResourceUnderTest } from "../evaluate";
import type { PackDefinition } from "../pack";
import { FORMATS, renderReport, type Format } from "../report";
import { emit } from "./output";

export interface CheckCommandOptions {
    readonly packs?: string;
    readonly config?: string;
    readonly env?: string;
    readonly format: string;
    readonly output?: string;
}

/** Packs named in `--packs a,b` (all when absent); an InputError names an unknown one. */
export function selectPacks(all: readonly PackDefinition[], names: string | undefined): PackDefinition[] {
    if (!names) return [...all];
    const wanted = names.split(",").map((n) => n.trim()).filter(Boolean);
    const unknown = wanted.filter((n) => !all.some((p) => p.name === n));
    if (unknown.length > 0) {
        throw new InputError(undefined, `unknown pack ${unknown.map((u) => `"${u}"`).join(", ")} (available: ${all.map((p) => p.name).join(", ")})`);
    }
    return all.filter((p) => wanted.includes(p.name));
}

export function parseFormat(format: string, allowed: readonly string[] = FORMATS): Format {
    if (!allowed.includes(format)) throw new InputError(undefined, `unknown format "${format}" (use ${allowed.join(", ")})`);
    return format as Format;
}

const PROGRESS_THRESHOLD = 10_000;

/** `guardrails check <file>`: returns the exit code (0 passed, 1 a mandatory violation). */
export function runCheck(file: string, options: CheckCommandOptions, allPacks: readonly PackDefinition[]): Promise<number> {
    return checkAndReport(file, async () => loadInputFile(file).resources, options, allPacks);
}

/** `guardrails preview <dir>`: runs the program under mocks, then checks what it registers. */
export function runPreview(dir: string, options: CheckCommandOptions & { stack?: string }, allPacks: readonly PackDefinition[]): Promise<number> {
    return checkAndReport(dir, async () => (await runProgramDirectory(dir, { stack: options.stack })).resources, options, allPacks);
}

async function checkAndReport(
    inputLabel: string,
    loadResources: () => Promise<ResourceUnderTest[]>,
    options: CheckCommandOptions,
    allPacks: readonly PackDefinition[],
): Promise<number> {
    // Validate every flag and config file before doing the (possibly long) work.
    const format = parseFormat(options.format);
    const packs = selectPacks(allPacks, options.packs);
    const configSources: ConfigSource[] = [];
    if (options.env) configSources.push(environmentConfig(options.env));
    if (options.config) configSources.push(readConfigFile(options.config));
    const resources = await loadResources();

    const showProgress = resources.length > PROGRESS_THRESHOLD && process.stderr.isTTY === true;
    const result = await checkResources(resources, {
        packs,
        knownRules: allPacks.flatMap((p) => p.rules),
        configSources,
        onProgress: showProgress
            ? (done, total) => process.stderr.write(`\rchecking ${done.toLocaleString("en")}/${total.toLocaleString("en")} resources…${done === total ? "\n" : ""}`)
            : undefined,
    });
    const color = format === "table" && !options.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
    emit(renderReport(format, result, { tool: { name: "pulumi-guardrails", version: packageVersion() }, inputFile: inputLabel, color }), options.output);
    return hasMandatoryFindings(result) ? 1 : 0;
}
