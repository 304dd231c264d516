/**
 * Every path a command reads or writes, checked before the work starts: a bad `--output` or
 * decision log is reported at once with exit 2, not after a long check, and no output ever
 * replaces a file the run reads or appends to.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../engine/errors";
import { decisionLogProblem } from "../governance/decision-log";
import { writeTarget } from "./output";

/** A file (or directory) a command reads. */
export interface InputPath {
    /** What it is, in messages: "the input", "the --config file". */
    readonly role: string;
    /** Where it is. */
    readonly path: string;
    /** A directory (a program to preview) rather than a file. */
    readonly directory?: boolean;
    /**
     * How its reader words a failure, so that the message is the same whichever finds it first:
     * "json" (no such file, is a directory, ...), "errno" (cannot be read (ENOENT)).
     */
    readonly wording?: "json" | "errno";
}

/** The paths of one run. */
export interface PathPlan {
    /** Files and directories it reads (undefined entries are skipped). */
    readonly inputs?: ReadonlyArray<InputPath | undefined>;
    /** Where it writes its report, key or file (stdout when absent). */
    readonly output?: string;
    /** The decision log it appends to. */
    readonly decisionLog?: string;
    /** A file it changes in place (`exempt add --file`): it must be writable, but may be an input. */
    readonly updates?: string;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? "unknown error";

function statOrUndefined(file: string): fs.Stats | undefined {
    try {
        return fs.statSync(file);
    } catch {
        return undefined;
    }
}

function unreadable(input: InputPath, problem: "missing" | "directory" | "not-directory" | string): InputError {
    const file = input.path;
    if (input.directory) return new InputError(file, problem === "missing" || problem === "not-directory" ? "no such directory" : `cannot be read (${problem})`);
    if (input.wording === "errno") return new InputError(file, `cannot be read (${problem === "missing" ? "ENOENT" : problem === "directory" ? "EISDIR" : problem})`);
    if (problem === "missing") return new InputError(file, "no such file");
    if (problem === "directory") return new InputError(file, "is a directory, not a JSON file");
    return new InputError(file, `cannot be read (${problem === "EACCES" ? "permission denied" : problem})`);
}

function checkReadable(input: InputPath): void {
    let stats: fs.Stats;
    try {
        stats = fs.statSync(input.path);
    } catch (error) {
        throw unreadable(input, errorCode(error) === "ENOENT" ? "missing" : errorCode(error));
    }
    if (Boolean(input.directory) !== stats.isDirectory()) throw unreadable(input, input.directory ? "not-directory" : "directory");
    try {
        fs.accessSync(input.path, input.directory ? fs.constants.R_OK | fs.constants.X_OK : fs.constants.R_OK);
    } catch (error) {
        throw unreadable(input, errorCode(error));
    }
}

/**
 * Whether writing `target` would land on `other`: the same inode when both exist, else the
 * same place once links and the directory are resolved.
 */
function sameFile(target: string, other: string): boolean {
    const a = statOrUndefined(target);
    const b = statOrUndefined(other);
    if (a && b) return a.dev === b.dev && a.ino === b.ino;
    if (a || b) return false;
    const place = (file: string) => {
        const resolved = writeTarget(file);
        try {
            return path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved));
        } catch {
            return resolved;
        }
    };
    return place(target) === place(other);
}

function checkOutput(output: string, reads: readonly InputPath[]): void {
    const target = writeTarget(output);
    // A character device (/dev/null) is written through and never replaced: nothing to protect.
    if (!statOrUndefined(target)?.isCharacterDevice()) {
        const clash = reads.find((r) => sameFile(target, r.path));
        if (clash) throw new InputError(undefined, `--output ${output} is ${clash.role} (${clash.path}); refusing to overwrite it, write to another file`);
    }
    checkWritable(output);
}

/** `output` can be written: not a directory, writable if it exists, else its directory exists and is writable. */
function checkWritable(output: string): void {
    const target = writeTarget(output);
    const stats = statOrUndefined(target);
    if (stats?.isDirectory()) throw new InputError(output, "cannot write: is a directory");
    if (stats) {
        try {
            fs.accessSync(target, fs.constants.W_OK);
        } catch (error) {
            throw new InputError(output, `cannot write (${errorCode(error)})`);
        }
        // Devices and pipes are written in place; only a regular file needs its directory.
        if (!stats.isFile()) return;
    }
    const dir = path.dirname(target);
    let dirStats: fs.Stats;
    try {
        dirStats = fs.statSync(dir);
    } catch (error) {
        if (errorCode(error) === "ENOENT") throw new InputError(output, `cannot write: directory ${dir} does not exist`);
        throw new InputError(output, `cannot write: directory ${dir} cannot be used (${errorCode(error)})`);
    }
    if (!dirStats.isDirectory()) throw new InputError(output, `cannot write: ${dir} is not a directory`);
    try {
        fs.accessSync(dir, fs.constants.W_OK | fs.constants.X_OK);
    } catch (error) {
        throw new InputError(output, `cannot write: directory ${dir} is not writable (${errorCode(error)})`);
    }
}

/**
 * Checks every path of a run before the work: inputs exist and are readable, the decision log
 * can be appended to (see `decisionLogProblem`), and the output's directory exists and is
 * writable — and the output is none of the inputs, the decision log nor the file it updates. Throws an InputError
 * naming the path and the problem.
 */
export function validatePaths(plan: PathPlan): void {
    const inputs = (plan.inputs ?? []).filter((i): i is InputPath => i !== undefined);
    for (const input of inputs) checkReadable(input);
    if (plan.decisionLog) {
        const problem = decisionLogProblem(plan.decisionLog);
        if (problem) throw new InputError(plan.decisionLog, problem);
    }
    if (plan.output) {
        const log = plan.decisionLog ? [{ role: "the decision log", path: plan.decisionLog }] : [];
        const updated = plan.updates ? [{ role: "the file this command updates", path: plan.updates }] : [];
        checkOutput(plan.output, [...inputs, ...log, ...updated, ...governedByEnvironment()]);
    }
    if (plan.updates) checkWritable(plan.updates);
}

/** The decision log and exemptions file the environment names for policy packs: no output replaces them either. */
function governedByEnvironment(): InputPath[] {
    const named: Array<[string, string]> = [
        ["GUARDRAILS_DECISION_LOG", "the decision log"],
        ["GUARDRAILS_EXEMPTIONS", "the exemptions file"],
    ];
    return named.flatMap(([variable, role]) => {
        const file = process.env[variable];
        return file ? [{ role: `${role} ($${variable})`, path: file }] : [];
    });
}

/** The decision log of a check: `--decision-log`, else $GUARDRAILS_DECISION_LOG. */
export function decisionLogOf(options: { readonly decisionLog?: string }): string | undefined {
    return options.decisionLog ?? (process.env.GUARDRAILS_DECISION_LOG || undefined);
}

/** Checks the paths of `guardrails check|preview`: the input (a file, or a program directory), config, exemptions, decision log and output. */
export function validateCheckPaths(
    input: { readonly path: string; readonly directory?: boolean } | undefined,
    options: {
        readonly config?: string;
        readonly exemptions?: string;
        readonly baseline?: string;
        readonly decisionLog?: string;
        readonly output?: string;
        readonly governance?: string;
        readonly key?: string;
    },
): void {
    validatePaths({
        inputs: [
            input && { role: input.directory ? "the program directory" : "the input", ...input },
            options.config ? { role: "the --config file", path: options.config } : undefined,
            options.exemptions ? { role: "the exemptions file", path: options.exemptions, wording: "errno" } : undefined,
            options.baseline ? { role: "the --baseline file", path: options.baseline } : undefined,
            options.governance ? { role: "the --governance file", path: options.governance } : undefined,
            options.key ? { role: "the --key file", path: options.key } : undefined,
        ],
        decisionLog: decisionLogOf(options),
        output: options.output,
    });
}
