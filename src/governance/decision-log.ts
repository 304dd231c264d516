/**
 * The decision log: append-only JSON lines, one per decision — who was allowed what, and why.
 * Each line is written with a single append (O_APPEND), so concurrent writers (several packs,
 * several CI jobs) neither lose nor tear lines. No property values are written, only policy,
 * resource, outcome and the rule's plain-language reason.
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

/** Appends decisions to a JSON-lines file. */
export class DecisionLog {
    constructor(
        /** The JSON-lines file decisions are appended to. */
        readonly path: string,
        private readonly context: DecisionLogContext,
    ) {}

    /** Appends one decision and returns the record written. */
    record(event: DecisionEvent): DecisionRecord {
        const clock = this.context.clock ?? systemClock;
        const record: DecisionRecord = {
            time: clock().toISOString(),
            environment: this.context.environment,
            pack: this.context.pack,
            policy: event.policy,
            level: this.context.levelOf(event.policy),
            urn: event.urn,
            outcome: event.outcome,
            reason: event.reason,
            ...(event.propertyPath ? { propertyPath: event.propertyPath } : {}),
            ...(event.exemption ? { exemptionId: event.exemption.id, approvedBy: event.exemption.approvedBy } : {}),
            ...(this.context.keyId ? { keyId: this.context.keyId } : {}),
            actor: this.context.actor,
        };
        // One write per line with the append flag: atomic with respect to other appenders.
        fs.appendFileSync(this.path, `${this.lineBreakAfterTornTail()}${JSON.stringify(record)}\n`, { flag: "a" });
        return record;
    }

    private tailChecked = false;

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
