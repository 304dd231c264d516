/**
 * The decision log: append-only JSON lines, one per decision — who was allowed what, and why.
 * Lines are buffered and appended in batches through one descriptor opened with O_APPEND; every
 * write call carries whole lines only, so concurrent writers (several packs, several CI jobs)
 * neither lose nor tear lines. No property values are written, only policy, resource, outcome and
 * the rule's plain-language reason.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as nodePath from "node:path";
import type { DecisionEvent, DecisionOutcome } from "../policy";
import { type Clock, systemClock } from "./clock";

/** One line of the decision log: a policy's decision on one resource, and who deployed. */
export interface DecisionRecord {
    /** When the decision was made (ISO 8601). */
    readonly time: string;
    /** The environment the deployment ran in (dev, staging, prod, ...). */
    readonly environment: string;
    /** `pack@version` of the pack that decided. */
    readonly pack: string;
    /** The policy that decided. */
    readonly policy: string;
    /** The level the policy ran at. */
    readonly level: string;
    /** The resource decided on. */
    readonly urn: string;
    /** What was decided: pass, violation, exempted, remediated or skipped. */
    readonly outcome: DecisionOutcome;
    /** The rule's plain-language reason (never property values). */
    readonly reason: string;
    /** Where in the props the problem is, when there is one. */
    readonly propertyPath?: string;
    /** The exemption that lifted the violation (outcome `exempted`). */
    readonly exemptionId?: string;
    /** Who approved that exemption. */
    readonly approvedBy?: string;
    /** The provisioning key the deployment ran with, if any. */
    readonly keyId?: string;
    /** Who deployed (see `currentActor`). */
    readonly actor: string;
}

/**
 * The identity a CI system itself sets for the run, when running in one. GitHub Actions does not
 * let a workflow override its `GITHUB_*` variables, so there the deployer cannot choose it.
 */
function ciActor(env: NodeJS.ProcessEnv): string | undefined {
    const systems: Array<[marker: string | undefined, actor: string | undefined]> = [
        [env.GITHUB_ACTIONS, env.GITHUB_ACTOR],
        [env.GITLAB_CI, env.GITLAB_USER_LOGIN],
        [env.BUILDKITE, env.BUILDKITE_BUILD_CREATOR],
        [env.CIRCLECI, env.CIRCLE_USERNAME],
    ];
    const found = systems.find(([marker, actor]) => marker === "true" && typeof actor === "string" && actor.trim() !== "");
    return found?.[1]?.trim();
}

/**
 * Who is deploying: in CI, the CI system's own identity (GUARDRAILS_ACTOR cannot override it
 * there); elsewhere GUARDRAILS_ACTOR, else the OS user; "unknown" when none can be told.
 */
export function currentActor(env: NodeJS.ProcessEnv = process.env): string {
    const fromCi = ciActor(env);
    if (fromCi) return fromCi;
    const candidates = [env.GUARDRAILS_ACTOR, env.USER, env.USERNAME];
    const found = candidates.find((c) => typeof c === "string" && c.trim() !== "");
    if (found) return found.trim();
    try {
        return os.userInfo().username;
    } catch {
        return "unknown";
    }
}

/** What every record of a `DecisionLog` shares. */
export interface DecisionLogContext {
    /** The environment the deployment runs in. */
    readonly environment: string;
    /** `pack@version`. */
    readonly pack: string;
    /** Who deploys (see `currentActor`). */
    readonly actor: string;
    /** The provisioning key in force, if any. */
    readonly keyId?: string;
    /** The level each policy runs at (from the engine's Configure, or the offline config). */
    readonly levelOf: (policy: string) => string;
    /** The time source (default: the system clock). */
    readonly clock?: Clock;
}

/** Where a decision log's batches go: a file opened for appending. */
export interface AppendTarget {
    /**
     * Writes the bytes at the end of the file in one call; returns how many were written (fewer
     * only when the system cut the write short).
     */
    write(bytes: Uint8Array): number;
    /** Closes the file. */
    close(): void;
    /**
     * The most bytes one write keeps whole against other appenders: a regular file takes a batch
     * in one piece; a pipe or device only up to PIPE_BUF.
     */
    readonly atomicLimit: number;
}

/** Opens `path` for appending (O_APPEND, created when missing), as the decision log writes it. */
export function openAppendTarget(path: string): AppendTarget {
    const fd = fs.openSync(path, "a");
    // POSIX keeps writes of up to PIPE_BUF (4096 on Linux) bytes to a pipe whole.
    const atomicLimit = fs.fstatSync(fd).isFile() ? Number.POSITIVE_INFINITY : 4096;
    return { write: (bytes) => fs.writeSync(fd, bytes), close: () => fs.closeSync(fd), atomicLimit };
}

/** How a `DecisionLog` batches its writes. */
export interface DecisionLogOptions {
    /** Buffered bytes that trigger a write (default 64 KiB). */
    readonly batchBytes?: number;
    /** Opens the file (default: `openAppendTarget`); tests count writes through it. */
    readonly open?: (path: string) => AppendTarget;
}

const DEFAULT_BATCH_BYTES = 64 * 1024;

/** Logs with lines not yet written or a descriptor still open: flushed and closed when the process exits. */
const openLogs = new Set<DecisionLog>();

function flushOpenLogsAtExit(): void {
    for (const log of openLogs) {
        try {
            log.close();
        } catch (error) {
            // The process is ending: say so on one line rather than lose decisions silently.
            process.stderr.write(`guardrails: ${log.path}: decisions could not be written to the decision log (${(error as NodeJS.ErrnoException).code ?? "error"})\n`);
            if (!process.exitCode) process.exitCode = 2;
        }
    }
}

let exitHookInstalled = false;

/**
 * Appends decisions to a JSON-lines file. The first record is written at once; the rest are
 * buffered and written in batches of whole lines: when `batchBytes` are buffered, once the event
 * loop is idle (so a long-running pack's log is current after each request), on `flush()` /
 * `close()`, and when the process exits normally.
 */
export class DecisionLog {
    private readonly batchBytes: number;
    private readonly openTarget: (path: string) => AppendTarget;
    private pending: string[] = [];
    private pendingChars = 0;
    private lastTime: { readonly ms: number; readonly iso: string } | undefined;
    private target: AppendTarget | undefined;
    private idleFlush: NodeJS.Immediate | undefined;
    /** A failed idle flush, raised by the next call that can report it. */
    private deferredError: unknown;
    private tailChecked = false;

    constructor(
        /** The JSON-lines file decisions are appended to. */
        readonly path: string,
        private readonly context: DecisionLogContext,
        options: DecisionLogOptions = {},
    ) {
        this.batchBytes = options.batchBytes ?? DEFAULT_BATCH_BYTES;
        this.openTarget = options.open ?? openAppendTarget;
    }

    /** Buffers one decision (written by the next flush) and returns the record. */
    record(event: DecisionEvent): DecisionRecord {
        this.raiseDeferredError();
        const record = this.recordOf(event);
        const line = `${JSON.stringify(record)}\n`;
        this.pending.push(line);
        // Characters, not bytes: a cheap lower bound of the bytes, which is all a batch size needs.
        this.pendingChars += line.length;
        this.keepUntilExit();
        // The first record opens the file and goes straight to it, so a log that cannot be written
        // fails here, where the caller is told, rather than in a later batch.
        if (this.target === undefined || this.pendingChars >= this.batchBytes) this.flush();
        else this.idleFlush ??= setImmediate(() => this.flushWhenIdle()).unref();
        return record;
    }

    /** The record of a decision (fields assigned one by one: conditional spreads cost microseconds per record). */
    private recordOf(event: DecisionEvent): DecisionRecord {
        // Built in the order the fields are written; `actor` comes last, after the optional ones.
        const record: { -readonly [K in keyof DecisionRecord]?: DecisionRecord[K] } = {
            time: this.timeNow(),
            environment: this.context.environment,
            pack: this.context.pack,
            policy: event.policy,
            level: this.context.levelOf(event.policy),
            urn: event.urn,
            outcome: event.outcome,
            reason: event.reason,
        };
        if (event.propertyPath) record.propertyPath = event.propertyPath;
        if (event.exemption) {
            record.exemptionId = event.exemption.id;
            record.approvedBy = event.exemption.approvedBy;
        }
        if (this.context.keyId) record.keyId = this.context.keyId;
        record.actor = this.context.actor;
        return record as DecisionRecord;
    }

    /** The clock's time in ISO 8601, formatted once per millisecond (records come thousands a second). */
    private timeNow(): string {
        const now = (this.context.clock ?? systemClock)();
        const ms = now.getTime();
        if (ms !== this.lastTime?.ms) this.lastTime = { ms, iso: now.toISOString() };
        return this.lastTime.iso;
    }

    /** Writes every buffered line now (whole lines per write call). */
    flush(): void {
        this.cancelIdleFlush();
        this.raiseDeferredError();
        if (this.pending.length === 0) return;
        const target = this.openOnce();
        const lines = this.pending;
        this.pending = [];
        this.pendingChars = 0;
        for (const chunk of batchesOf(lines, target.atomicLimit)) writeWhole(target, chunk);
    }

    /** Flushes and closes the file; a later record opens it again. */
    close(): void {
        try {
            this.flush();
        } finally {
            const target = this.target;
            this.target = undefined;
            openLogs.delete(this);
            target?.close();
        }
    }

    private flushWhenIdle(): void {
        this.idleFlush = undefined;
        try {
            this.flush();
        } catch (error) {
            // Nobody can catch an error thrown here: keep it for the next record, flush or close.
            this.deferredError = error;
        }
    }

    private cancelIdleFlush(): void {
        if (this.idleFlush) clearImmediate(this.idleFlush);
        this.idleFlush = undefined;
    }

    private raiseDeferredError(): void {
        const error = this.deferredError;
        if (error === undefined) return;
        this.deferredError = undefined;
        throw error;
    }

    private keepUntilExit(): void {
        openLogs.add(this);
        if (!exitHookInstalled) {
            exitHookInstalled = true;
            // Synchronous writes only: nothing asynchronous runs once 'exit' is emitted.
            process.on("exit", flushOpenLogsAtExit);
        }
    }

    private openOnce(): AppendTarget {
        if (this.target) return this.target;
        const lineBreak = this.lineBreakAfterTornTail();
        this.target = this.openTarget(this.path);
        if (lineBreak) this.pending.unshift(lineBreak);
        return this.target;
    }

    /** A line break when the log ends in a torn line (a writer killed mid-line), so the next record stands on its own line. */
    private lineBreakAfterTornTail(): string {
        if (this.tailChecked) return "";
        this.tailChecked = true;
        let fd: number | undefined;
        try {
            fd = fs.openSync(this.path, "r");
            const size = fs.fstatSync(fd).size;
            if (size === 0) return "";
            const last = Buffer.alloc(1);
            fs.readSync(fd, last, 0, 1, size - 1);
            return last[0] === 0x0a ? "" : "\n";
        } catch {
            return "";
        } finally {
            if (fd !== undefined) fs.closeSync(fd);
        }
    }
}

/** Lines joined into chunks of at most `limit` bytes; a longer line is a chunk of its own. */
function* batchesOf(lines: readonly string[], limit: number): Generator<Buffer> {
    if (limit === Number.POSITIVE_INFINITY) {
        yield Buffer.from(lines.join(""));
        return;
    }
    let batch: string[] = [];
    let bytes = 0;
    for (const line of lines) {
        const size = Buffer.byteLength(line);
        if (batch.length > 0 && bytes + size > limit) {
            yield Buffer.from(batch.join(""));
            batch = [];
            bytes = 0;
        }
        batch.push(line);
        bytes += size;
    }
    if (batch.length > 0) yield Buffer.from(batch.join(""));
}

/** Writes all of `bytes`, continuing after a short write. */
function writeWhole(target: AppendTarget, bytes: Buffer): void {
    let offset = 0;
    while (offset < bytes.length) {
        const written = target.write(offset === 0 ? bytes : bytes.subarray(offset));
        if (written <= 0) throw Object.assign(new Error("the decision log took no bytes"), { code: "EIO" });
        offset += written;
    }
}

/** A record as the log holds it: an object whose every field has the type `DecisionRecord` gives it. */
function isDecisionRecord(value: unknown): value is DecisionRecord {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
    const r = value as Record<string, unknown>;
    const text = (key: string) => typeof r[key] === "string";
    const optionalText = (key: string) => r[key] === undefined || typeof r[key] === "string";
    return (
        ["time", "environment", "pack", "policy", "level", "urn", "outcome", "reason", "actor"].every(text) &&
        ["propertyPath", "exemptionId", "approvedBy", "keyId"].every(optionalText)
    );
}

/**
 * Reads a decision log. A torn or foreign line (a crash mid-write, another tool's output) is
 * an error naming its line number — unless `onSkipped` is given: then it is passed that line
 * number (counting every line, blank ones too) and skipped, and the other records are returned.
 */
export function readDecisionLog(path: string, onSkipped?: (line: number, problem: string) => void): DecisionRecord[] {
    const text = fs.readFileSync(path, "utf8");
    const records: DecisionRecord[] = [];
    text.split("\n").forEach((line, index) => {
        if (line.trim() === "") return;
        let parsed: unknown;
        try {
            parsed = JSON.parse(line);
        } catch {
            parsed = undefined;
        }
        if (isDecisionRecord(parsed)) records.push(parsed);
        else if (onSkipped) onSkipped(index + 1, "not a decision record");
        else throw new Error(`${path}:${index + 1}: not a decision record`);
    });
    return records;
}

/** Which decision records `filterDecisions` keeps; every criterion given must hold. */
export interface DecisionFilter {
    /** Only this policy. */
    readonly policy?: string;
    /** A URN glob. */
    readonly urn?: (urn: string) => boolean;
    /** Only this outcome. */
    readonly outcome?: string;
    /** Only this actor. */
    readonly actor?: string;
    /** Only records at or after this time. */
    readonly since?: Date;
    /** Only records at or before this time. */
    readonly until?: Date;
}

/** The records that match every criterion of the filter, in their order. */
export function filterDecisions(records: readonly DecisionRecord[], filter: DecisionFilter): DecisionRecord[] {
    return records.filter(
        (r) =>
            (!filter.policy || r.policy === filter.policy) &&
            (!filter.urn || filter.urn(r.urn)) &&
            (!filter.outcome || r.outcome === filter.outcome) &&
            (!filter.actor || r.actor === filter.actor) &&
            (!filter.since || Date.parse(r.time) >= filter.since.getTime()) &&
            (!filter.until || Date.parse(r.time) <= filter.until.getTime()),
    );
}

/** How much of a file `decisionLogProblem` reads to find its first line: records are far shorter. */
const FIRST_LINE_LIMIT = 64 * 1024;

/**
 * Why decisions cannot be appended to `path`, or undefined when they can — asked before a run
 * starts, so that a bad path is reported as such, not as a failing policy. A missing file can
 * be created when its directory exists and is writable; an existing file must be writable and,
 * unless it is empty, start with a decision record (a log is never appended to another file).
 * A device or pipe (`/dev/null`) takes the lines as they come.
 */
export function decisionLogProblem(path: string): string | undefined {
    const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? "error";
    let stats: fs.Stats;
    try {
        stats = fs.statSync(path);
    } catch (error) {
        if (code(error) !== "ENOENT") return `cannot be used as the decision log (${code(error)})`;
        const dir = nodePath.dirname(nodePath.resolve(path));
        try {
            if (!fs.statSync(dir).isDirectory()) return `cannot create the decision log: ${dir} is not a directory`;
            fs.accessSync(dir, fs.constants.W_OK | fs.constants.X_OK);
        } catch (dirError) {
            if (code(dirError) === "ENOENT") return `cannot create the decision log: directory ${dir} does not exist`;
            return `cannot create the decision log: directory ${dir} is not writable (${code(dirError)})`;
        }
        return undefined;
    }
    if (stats.isDirectory()) return "is a directory, not a decision log";
    try {
        fs.accessSync(path, fs.constants.W_OK);
    } catch (error) {
        return `cannot append to the decision log (${code(error)})`;
    }
    if (!stats.isFile() || stats.size === 0) return undefined;
    let head: string;
    try {
        const fd = fs.openSync(path, "r");
        try {
            const buffer = Buffer.alloc(Math.min(stats.size, FIRST_LINE_LIMIT));
            head = buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0)).toString("utf8");
        } finally {
            fs.closeSync(fd);
        }
    } catch (error) {
        return `cannot be read to check that it is a decision log (${code(error)})`;
    }
    let first: unknown;
    try {
        first = JSON.parse(head.split("\n")[0]);
    } catch {
        first = undefined;
    }
    return isDecisionRecord(first) ? undefined : "is not a decision log (its first line is not a decision record); refusing to append to it";
}
