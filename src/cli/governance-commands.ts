/** `guardrails exempt add`, `guardrails log`, `guardrails key issue|verify`. */
import * as fs from "node:fs";
import { randomBytes } from "node:crypto";
import picomatch from "picomatch";
import { stringify as toYaml } from "yaml";
import { environmentConfig, InputError, packageVersion, readConfigFile, resolvePolicyConfig, type ConfigSource } from "../engine";
import {
    checkExemptions,
    currentActor,
    DEFAULT_MAX_DURATION_MS,
    filterDecisions,
    issueKey,
    parseDuration,
    readDecisionLog,
    readExemptionsFile,
    readKeyFile,
    verifyKey,
    systemClock,
    type ApprovedPolicySet,
    type Exemption,
} from "../governance";
import type { Rule } from "../rule";
import { writeFileAtomically, emit } from "./output";

function duration(flag: string, text: string): number {
    const ms = parseDuration(text);
    if (ms === undefined || ms <= 0) throw new InputError(undefined, `${flag} "${text}" is not a duration such as 30m, 4h or 7d`);
    return ms;
}

export interface ExemptAddOptions {
    readonly file: string;
    readonly policy: string;
    readonly resource: string[];
    readonly reason: string;
    readonly approvedBy: string;
    readonly requestedBy?: string;
    readonly for: string;
    readonly maxDuration?: string;
}

/** Appends a well-formed exemption to the file (created if absent), written atomically. */
export function exemptAdd(options: ExemptAddOptions, knownRules: readonly Rule[]): Exemption {
    if (!knownRules.some((r) => r.id === options.policy)) throw new InputError(undefined, `unknown policy "${options.policy}"`);
    const maxMs = options.maxDuration ? duration("--max-duration", options.maxDuration) : DEFAULT_MAX_DURATION_MS;
    const forMs = duration("--for", options.for);
    if (forMs > maxMs) throw new InputError(undefined, `--for ${options.for} is longer than the allowed ${Math.round(maxMs / 3_600_000)} h`);
    const existing = fs.existsSync(options.file) ? readExemptionsFile(options.file, { maxDurationMs: maxMs }) : { version: 1 as const, exemptions: [] };
    const now = systemClock();
    const exemption: Exemption = {
        id: `ex-${now.toISOString().slice(0, 10).replace(/-/g, "")}-${randomBytes(3).toString("hex")}`,
        policy: options.policy,
        resources: options.resource,
        reason: options.reason,
        requestedBy: options.requestedBy ?? currentActor(),
        approvedBy: options.approvedBy,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + forMs).toISOString(),
    };
    const next = checkExemptions(options.file, { version: 1, exemptions: [...existing.exemptions, exemption] }, { maxDurationMs: maxMs });
    const yaml = /\.ya?ml$/i.test(options.file);
    writeFileAtomically(options.file, yaml ? toYaml(next) : `${JSON.stringify(next, null, 2)}\n`);
    return exemption;
}

export interface LogOptions {
    readonly policy?: string;
    readonly resource?: string;
    readonly outcome?: string;
    readonly actor?: string;
    readonly since?: string;
    readonly until?: string;
    readonly format: string;
}

function timeFlag(flag: string, text: string | undefined): Date | undefined {
    if (!text) return undefined;
    const ago = parseDuration(text);
    if (ago !== undefined) return new Date(systemClock().getTime() - ago);
    const parsed = Date.parse(text);
    if (Number.isNaN(parsed)) throw new InputError(undefined, `${flag} "${text}" is neither a time (2026-11-23T10:00:00Z) nor a duration (24h)`);
    return new Date(parsed);
}

/** `guardrails log`: who was allowed what, and why. */
export function showLog(file: string | undefined, options: LogOptions): void {
    const source = file ?? process.env.GUARDRAILS_DECISION_LOG;
    if (!source) throw new InputError(undefined, "give the decision log file (or set GUARDRAILS_DECISION_LOG)");
    if (!fs.existsSync(source)) throw new InputError(source, "no such file");
    let records;
    try {
        records = readDecisionLog(source);
    } catch (error) {
        throw new InputError(undefined, error instanceof Error ? error.message : String(error));
    }
    const glob = options.resource ? picomatch(options.resource.replace(/\//g, "\u0000"), { dot: true }) : undefined;
    const found = filterDecisions(records, {
        policy: options.policy,
        urn: glob ? (urn) => glob(urn.replace(/\//g, "\u0000")) : undefined,
        outcome: options.outcome,
        actor: options.actor,
        since: timeFlag("--since", options.since),
        until: timeFlag("--until", options.until),
    });
    if (options.format === "json") {
        emit(`${JSON.stringify(found, null, 2)}\n`, undefined);
        return;
    }
    const lines = found.map((r) => {
        const exemption = r.exemptionId ? ` [exemption ${r.exemptionId}, approved by ${r.approvedBy}]` : "";
        return `${r.time}  ${r.actor}  ${r.environment}  ${r.outcome.padEnd(15)} ${r.policy}  ${r.urn || "(stack)"}${exemption}\n    ${r.reason}`;
    });
    emit(`${lines.join("\n")}${lines.length ? "\n" : ""}${found.length} of ${records.length} decisions.\n`, undefined);
}

export interface KeyOptions {
    readonly env: string;
    readonly config?: string;
    readonly pack?: string;
}

/** The approved set for the combined pack (or one pack) under an environment's config. */
export function approvedSet(options: KeyOptions, packs: ReadonlyArray<{ name: string; version: string; rules: readonly Rule[] }>, allRules: readonly Rule[]): ApprovedPolicySet {
    const sources: ConfigSource[] = [];
    try {
        sources.push(environmentConfig(options.env));
    } catch (error) {
        // An environment without a shipped config is still an environment; its key covers the defaults.
        if (!(error instanceof InputError) || !/unknown environment/.test(error.message)) throw error;
    }
    if (options.config) sources.push(readConfigFile(options.config));
    const pack = options.pack ? packs.find((p) => p.name === options.pack) : undefined;
    if (options.pack && !pack) throw new InputError(undefined, `unknown pack "${options.pack}"`);
    const rules = pack ? pack.rules : allRules;
    const config = resolvePolicyConfig(rules, sources, allRules);
    return {
        environment: options.env,
        packs: [pack ? { name: pack.name, version: pack.version } : { name: "pulumi-guardrails", version: packageVersion() }],
        policies: Object.fromEntries(Object.entries(config).map(([id, { enforcementLevel, ...properties }]) => [id, { enforcementLevel: enforcementLevel ?? "advisory", properties }])),
    };
}

export function keyIssue(
    options: KeyOptions & { validFor: string; rotate?: string; grace: string; output?: string },
    packs: ReadonlyArray<{ name: string; version: string; rules: readonly Rule[] }>,
    allRules: readonly Rule[],
): void {
    const set = approvedSet(options, packs, allRules);
    const rotate = options.rotate ? { previous: readKeyOrFail(options.rotate), graceMs: duration("--grace", options.grace) } : undefined;
    const key = issueKey(set, { clock: systemClock, validForMs: duration("--valid-for", options.validFor), secret: process.env.GUARDRAILS_KEY_SECRET || undefined, rotate });
    emit(`${JSON.stringify(key, null, 2)}\n`, options.output);
    process.stderr.write(`issued ${key.id} for ${set.environment} (${Object.keys(set.policies).length} policies), valid until ${key.expiresAt}\n`);
}

function readKeyOrFail(file: string) {
    try {
        return readKeyFile(file);
    } catch (error) {
        throw new InputError(undefined, error instanceof Error ? error.message : String(error));
    }
}

/** Returns the exit code: 0 when the key approves the configuration, 1 when not. */
export function keyVerify(file: string, options: KeyOptions, packs: ReadonlyArray<{ name: string; version: string; rules: readonly Rule[] }>, allRules: readonly Rule[]): number {
    const verdict = verifyKey(readKeyOrFail(file), approvedSet(options, packs, allRules), { clock: systemClock, secret: process.env.GUARDRAILS_KEY_SECRET || undefined });
    if (verdict.ok) {
        process.stdout.write(`ok: key ${verdict.keyId} approves this configuration${verdict.via === "previous" ? " (rotated-out key, within its grace period)" : ""}\n`);
        return 0;
    }
    process.stdout.write(`mismatch: ${verdict.problem}\n`);
    return 1;
}

