/**
 * Running a Pulumi TypeScript/JavaScript program directory under Pulumi's mocks, as
 * `guardrails preview` does: its Pulumi.yaml and Pulumi.<stack>.yaml, its own @pulumi/pulumi,
 * TypeScript through the same ts-node the Pulumi Node.js runtime registers, and preview
 * semantics (outputs of new resources unknown).
 */
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import type * as Yaml from "yaml";
import type { ResourceUnderTest } from "./evaluate";
import { runProgram } from "./mock-program";
import { InputError } from "./errors";

/** Options of `runProgramDirectory`. */
export interface ProgramRunOptions {
    /**
     * Stack name: selects Pulumi.<stack>.yaml. A stack named here must have that file; without
     * one, the program runs as stack "dev", with Pulumi.dev.yaml's config if there is one.
     */
    readonly stack?: string;
}

/** A program directory run under mocks. */
export interface ProgramRun {
    /** The project name from its Pulumi.yaml. */
    readonly project: string;
    /** The stack whose config it ran with. */
    readonly stack: string;
    /** Every resource it registered, as the engine would send them to a pack. */
    readonly resources: ResourceUnderTest[];
}

/** The program itself failed; the message carries its own stack trace. */
export class ProgramError extends Error {
    constructor(dir: string, cause: unknown) {
        const detail = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
        super(`${dir}: the program failed under mocks:\n${detail}`);
        this.name = "ProgramError";
    }
}

interface ProjectFile {
    name: string;
    runtime: string;
    main?: string;
}

function readYaml(file: string): unknown {
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on use: importing the engine must not load yaml
        return (require("yaml") as typeof Yaml).parse(fs.readFileSync(file, "utf8"));
    } catch (error) {
        throw new InputError(file, `is not valid YAML (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
    }
}

function readProject(dir: string): ProjectFile {
    const file = ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    if (!file) throw new InputError(dir, "no Pulumi.yaml here: give the directory of a Pulumi program");
    const doc = readYaml(file) as { name?: unknown; runtime?: unknown; main?: unknown } | null;
    const runtime = typeof doc?.runtime === "object" && doc.runtime !== null ? (doc.runtime as { name?: unknown }).name : doc?.runtime;
    if (typeof doc?.name !== "string" || doc.name === "") throw new InputError(file, 'has no project "name"');
    if (runtime !== "nodejs") throw new InputError(file, `runtime ${JSON.stringify(runtime)} is not supported; guardrails preview runs nodejs programs`);
    return { name: doc.name, runtime, main: typeof doc.main === "string" ? doc.main : undefined };
}

const DEFAULT_STACK = "dev";

/** The stack a run uses: "dev" unless one is named; a named one must be a valid Pulumi stack name. */
function stackName(named: string | undefined): string {
    if (named === undefined) return DEFAULT_STACK;
    // Pulumi's rule: alphanumerics, hyphens, underscores and periods, after an optional org/ or org/project/.
    const parts = named.split("/");
    if (parts.length > 3 || parts.some((part) => !/^[A-Za-z0-9_.-]+$/.test(part) || part === "." || part === "..")) {
        throw new InputError(undefined, `stack ${JSON.stringify(named)} is not a valid stack name (letters, digits, "-", "_" and "." only)`);
    }
    return parts[parts.length - 1];
}

/** The stacks that have a config file in `dir` (Pulumi.<stack>.yaml). */
function stacksIn(dir: string): string[] {
    return fs
        .readdirSync(dir)
        .map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1])
        .filter((s): s is string => s !== undefined)
        .sort();
}

/**
 * The stack's config file. A stack named explicitly must have one (a typo must not run the
 * program with no config); the default stack may have none, as `guardrails preview` has always allowed.
 */
function stackConfigFile(dir: string, shownDir: string, stack: string, named: boolean): string | undefined {
    const file = ["yaml", "yml"].map((ext) => path.join(dir, `Pulumi.${stack}.${ext}`)).find((f) => fs.existsSync(f));
    if (file || !named) return file;
    const stacks = stacksIn(dir);
    throw new InputError(
        path.join(shownDir, `Pulumi.${stack}.yaml`),
        `no such file: stack "${stack}" has no config here (${stacks.length ? `stacks with a config: ${stacks.join(", ")}` : "no Pulumi.<stack>.yaml in this directory"})`,
    );
}

/** Stack config as the Pulumi CLI hands it to a program: namespaced keys, string values. */
function readStackConfig(file: string | undefined, project: string): { config: Record<string, string>; secretKeys: string[] } {
    const config: Record<string, string> = {};
    const secretKeys: string[] = [];
    if (file === undefined) return { config, secretKeys };
    const doc = readYaml(file) as { config?: unknown } | null;
    const entries = doc?.config;
    if (entries === undefined || entries === null) return { config, secretKeys };
    if (typeof entries !== "object" || Array.isArray(entries)) throw new InputError(file, '"config" must be a map of keys to values');
    for (const [rawKey, value] of Object.entries(entries)) {
        const key = rawKey.includes(":") ? rawKey : `${project}:${rawKey}`;
        if (value !== null && typeof value === "object" && "secure" in value) {
            // Encrypted with the stack's secrets provider, which is not available offline.
            config[key] = "[secret]";
            secretKeys.push(key);
        } else {
            config[key] = typeof value === "string" ? value : JSON.stringify(value);
        }
    }
    return { config, secretKeys };
}

/** Registers TypeScript support the way the Pulumi Node.js runtime does (its bundled ts-node). */
function registerTypeScript(sdkRequire: NodeJS.Require, dir: string): void {
    const tsutils = sdkRequire("./tsutils") as { typeScriptRequireStrings(): { tsnodeRequire: string; typescriptRequire: string } };
    const { tsnodeRequire, typescriptRequire } = tsutils.typeScriptRequireStrings();
    const tsNode = sdkRequire(tsnodeRequire) as { register(options: object): void };
    tsNode.register({
        // Transpile only: a type error is the program's own build's business, and checking costs seconds.
        typeCheck: false,
        skipProject: !fs.existsSync(path.join(dir, "tsconfig.json")),
        project: path.join(dir, "tsconfig.json"),
        compiler: typescriptRequire,
        compilerOptions: { target: "ES2020", module: "commonjs", moduleResolution: "node", sourceMap: true },
    });
}

const registered = new Set<string>();

/** Runs the program in `dir` under mocks and returns every resource it registers. */
export async function runProgramDirectory(dir: string, options: ProgramRunOptions = {}): Promise<ProgramRun> {
    const programDir = path.resolve(dir);
    if (!fs.existsSync(programDir) || !fs.statSync(programDir).isDirectory()) throw new InputError(dir, "no such directory");
    const project = readProject(programDir);
    const stack = stackName(options.stack);
    const { config, secretKeys } = readStackConfig(stackConfigFile(programDir, dir, stack, options.stack !== undefined), project.name);

    let sdkManifest: string;
    try {
        sdkManifest = require.resolve("@pulumi/pulumi/package.json", { paths: [programDir] });
    } catch {
        throw new InputError(dir, "@pulumi/pulumi is not installed for this program: run npm install there first");
    }
    const sdkRequire = createRequire(sdkManifest);
    if (!registered.has(sdkManifest)) {
        registerTypeScript(sdkRequire, programDir);
        registered.add(sdkManifest);
    }
    let entry: string;
    try {
        entry = require.resolve(path.resolve(programDir, project.main ?? "."), { paths: [programDir] });
    } catch {
        throw new InputError(dir, `cannot find the program's entry point (${project.main ?? "package.json main, index.ts or index.js"})`);
    }

    // A failing program also rejects promises the SDK holds (outputs, the stack registration):
    // collect them here so the failure is reported once, as a ProgramError, not as a crash.
    const stray: unknown[] = [];
    const collect = (error: unknown) => void stray.push(error);
    process.on("unhandledRejection", collect);
    process.on("uncaughtException", collect);
    const previousCwd = process.cwd();
    try {
        process.chdir(programDir);
        const run = await runProgram(
            () => {
                // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the user's program, as the Pulumi runtime does
                const exported = require(entry) as unknown;
                return typeof exported === "function" ? (exported as () => unknown)() : exported;
            },
            { project: project.name, stack, config, secretConfigKeys: secretKeys, pulumiPackageDir: path.dirname(sdkManifest) },
        );
        // Let rejections of this turn surface before judging the run a success.
        await new Promise((resolve) => setImmediate(resolve));
        if (stray.length > 0) throw stray[0];
        return { project: project.name, stack, resources: run.resources };
    } catch (error) {
        if (error instanceof InputError) throw error;
        throw new ProgramError(dir, error);
    } finally {
        process.chdir(previousCwd);
        process.off("unhandledRejection", collect);
        process.off("uncaughtException", collect);
    }
}
