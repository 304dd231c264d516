import {
    checkResources,
    configuredEnvironment,
    convertInput,
    environmentConfig,
    hasMandatoryFindings,
    InputError,
    packageVersion,
    readConfigFile,
    resolvePolicyConfig,
    runProgramDirectory,
    type ConfigSource,
} from "../engine";
import { parseJsonText, readJsonDocument } from "../engine/inputs/json-file";
import { refuseUnknownExemptionPolicies } from "./exemption-policies";
import { readStdin, STDIN_LABEL } from "./stdin";
import type { ResourceUnderTest } from "../engine/evaluate";
import { currentActor, Governance, readExemptionsFile, readKeyFile, systemClock, type ExemptionsFile } from "../governance";
import { governanceConfigFor } from "./governance-file";
import { asInputError } from "./input-errors";
import type { PackDefinition } from "../pack";
import type { Rule } from "../rule";
import { findFramework, unknownFrameworkMessage, frameworkRules, groupByControl, levelsFromSeverity, type Framework } from "../frameworks";
import { FORMATS, renderReport, type Format } from "../report";
import { emit } from "./output";
import { validateCheckPaths } from "./paths";
import { clockFor } from "./now-option";

export interface CheckCommandOptions {
    readonly packs?: string;
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

const PROGRESS_THRESHOLD = 10_000;

function frameworkOrFail(name: string): Framework {
    const found = findFramework(name);
    if (!found) throw new InputError(undefined, unknownFrameworkMessage(name));
    return found;
}

/** The rules of the selected packs that implement the framework, as one pack named after it. */
function frameworkPack(framework: Framework, packs: readonly PackDefinition[]): PackDefinition {
    return { name: framework.name, version: packageVersion(), description: `${framework.framework} ${framework.version}`, rules: frameworkRules(framework, packs.flatMap((p) => p.rules)) };
}

function severityConfig(rules: readonly Rule[]): Record<string, string> {
    return { ...levelsFromSeverity(rules).rules };
}

/** `guardrails check <file>`: returns the exit code (0 passed, 1 a mandatory violation). */
export function runCheck(file: string, options: CheckCommandOptions, allPacks: readonly PackDefinition[]): Promise<number> {
    const expects = "guardrails check";
    validateCheckPaths(file === "-" ? undefined : { path: file }, options);
    clockFor(options.now);
    if (file === "-") return checkAndReport(STDIN_LABEL, async () => convertInput(STDIN_LABEL, parseJsonText(STDIN_LABEL, await readStdin(), expects)).resources, options, allPacks);
    return checkAndReport(file, async () => convertInput(file, readJsonDocument(file, expects)).resources, options, allPacks);
}

/** `guardrails preview <dir>`: runs the program under mocks, then checks what it registers. */
export function runPreview(dir: string, options: CheckCommandOptions & { stack?: string }, allPacks: readonly PackDefinition[]): Promise<number> {
    validateCheckPaths({ path: dir, directory: true }, options);
    clockFor(options.now);
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
    const framework = options.framework ? frameworkOrFail(options.framework) : undefined;
    const packs = framework ? [frameworkPack(framework, selectPacks(allPacks, options.packs))] : selectPacks(allPacks, options.packs);
    const configSources: ConfigSource[] = [];
    // A framework audit runs its rules at levels derived from their severity (then env and config).
    if (framework) configSources.push({ file: `framework ${framework.name}`, document: severityConfig(packs[0].rules) });
    if (options.env) configSources.push(environmentConfig(options.env));
    if (options.config) configSources.push(readConfigFile(options.config));
    const knownRules = allPacks.flatMap((p) => p.rules);
    // Unknown policies or settings, and wrong values, are refused now, not after a program has run.
    resolvePolicyConfig(packs.flatMap((p) => p.rules), configSources, knownRules);
    const named = configuredEnvironment(configSources);
    if (named && options.env && named !== options.env) throw new InputError(undefined, `--env ${options.env} contradicts the config, which names environment "${named}"`);
    const governance = governanceFor(options, packs, knownRules, configSources);
    const resources = await loadResources();

    const showProgress = resources.length > PROGRESS_THRESHOLD && process.stderr.isTTY === true;
    const result = await checkResources(resources, {
        packs,
        knownRules,
        configSources,
        governance,
        onProgress: showProgress
            ? (done, total) => process.stderr.write(`\rchecking ${done.toLocaleString("en")}/${total.toLocaleString("en")} resources…${done === total ? "\n" : ""}`)
            : undefined,
    });
    const color = format === "table" && !options.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
    const controls = framework ? groupByControl(framework, result.findings, result.rules, result.resources) : undefined;
    await emit(renderReport(format, result, { tool: { name: "pulumi-guardrails", version: packageVersion() }, inputFile: inputLabel, color, controls }), options.output);
    return hasMandatoryFindings(result) ? 1 : 0;
}
