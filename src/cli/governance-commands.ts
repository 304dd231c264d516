/** `guardrails exempt add|approve|revoke|list`, `guardrails log`, `guardrails key issue|verify`. */
import * as fs from "node:fs";
import { randomBytes } from "node:crypto";
import { environmentConfig, readConfigFile, resolvePolicyConfig, type ConfigSource } from "../engine/config";
import { InputError } from "../engine/errors";
import { packageVersion } from "../package-root";
import {
    checkExemptions,
    currentActor,
    ExemptionIndex,
    exemptionSignatureHolds,
    GovernanceConfig,
    judgeTrust,
    readSigningKey,
    signExemption,
    updateGovernanceFile,
    urnMatcher,
    type ExemptionRules,
    type SigningKey,
    type TrustRole,
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
    type ExemptionsFile,
} from "../governance";
import type { Rule } from "../rule";
import { emit } from "./output";
import { clockFor, ISO_TIME } from "./now-option";
import { validatePaths } from "./paths";
import { updateExemptionsFile } from "../governance/exemptions";
import { governanceConfigFor } from "./governance-file";
import { asInputError, asInputErrorAsync } from "./input-errors";
import { refuseUnknownExemptionPolicies, unknownPolicyProblem } from "./exemption-policies";

function duration(flag: string, text: string): number {
    const ms = parseDuration(text);
    if (ms === undefined || ms <= 0) throw new InputError(undefined, `${flag} "${text}" is not a duration such as 30m, 4h or 7d`);
    return ms;
}

export interface ExemptAddOptions {
    /** The environments it may be used in (comma-separated). */
    readonly env: string;
    readonly actor?: string;
    readonly notBefore?: string;
    readonly file: string;
    readonly policy: string;
    readonly resource: string[];
    readonly reason: string;
    readonly approvedBy?: string;
    readonly requestedBy?: string;
    readonly for: string;
    /** The requester's private key: signs the entry. */
    readonly signWith?: string;
    /** The governance config (default: the shipped one). */
    readonly governance?: string;
}

/** `--env a,b` as a list of environment names. */
export function environmentList(text: string): string[] {
    const names = text.split(",").map((n) => n.trim());
    const bad = names.find((n) => !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(n));
    if (bad !== undefined) throw new InputError(undefined, `--env "${text}": "${bad}" is not an environment name`);
    return [...new Set(names)];
}

function signingKeyOrFail(file: string): SigningKey {
    return asInputError(() => readSigningKey(file));
}

/** A warning (never a refusal) that a signer is not trusted: the entry is written and will not apply there. */
function warnUntrusted(config: GovernanceConfig, signer: SigningKey, role: TrustRole, environments: readonly string[]): void {
    const trusted = config.keyByFingerprint(signer.fingerprint)?.entry;
    const missing = environments.filter((env) => config.requiresSignatures(env) && !(trusted && GovernanceConfig.allows(trusted, role, env)));
    if (missing.length > 0) {
        process.stderr.write(`guardrails: warning: key ${signer.id} (${signer.fingerprint}) is not trusted as ${role} in ${missing.join(", ")} by ${config.source}; it will not count there until it is (guardrails trust add)\n`);
    }
}

/**
 * Appends a well-formed exemption to the file (created if absent): locked against other writers,
 * written atomically. Its environments' governance sets the longest it may last; `--sign-with`
 * signs it as the requester, and environments that require signatures refuse an unsigned one.
 */
export async function exemptAdd(options: ExemptAddOptions, knownRules: readonly Rule[]): Promise<Exemption> {
    const unknown = unknownPolicyProblem(options.policy, knownRules);
    if (unknown) throw new InputError(undefined, `--policy: ${unknown}`);
    const environments = environmentList(options.env);
    const config = governanceConfigFor(options.governance);
    const strict = environments.filter((env) => config.requiresSignatures(env));
    if (strict.length > 0 && !options.signWith) {
        throw new InputError(undefined, `${strict.join(", ")} ${strict.length === 1 ? "requires" : "require"} signed exemptions (${config.source}): add --sign-with <your private key>, then have an approver run guardrails exempt approve`);
    }
    const signer = options.signWith ? signingKeyOrFail(options.signWith) : undefined;
    if (signer && options.requestedBy && options.requestedBy !== signer.id) {
        throw new InputError(undefined, `--requested-by ${options.requestedBy} is not the signer (${signer.id}); the signing key names the requester`);
    }
    // The longest any of its environments allows: the requester does not choose it.
    const maxMs = Math.min(...environments.map((env) => config.maxExemptionMs(env)));
    const forMs = duration("--for", options.for);
    if (forMs > maxMs) throw new InputError(undefined, `--for ${options.for} is longer than the ${Math.round(maxMs / 3_600_000)} h an exemption may last in ${environments.join(", ")} (${config.source})`);
    const requestedBy = signer?.id ?? options.requestedBy ?? currentActor();
    // Four eyes: nobody approves their own exemption.
    if (options.approvedBy && options.approvedBy.trim().toLowerCase() === requestedBy.trim().toLowerCase()) {
        throw new InputError(undefined, `exemption is approved by its own requester (${requestedBy}); another person must approve it`);
    }
    if (options.approvedBy) {
        for (const env of environments) {
            const approvers = config.approvers(env);
            if (approvers && !approvers.includes(options.approvedBy)) throw new InputError(undefined, `exemption is approved by ${options.approvedBy}, who is not an approver in ${env} (${approvers.join(", ")})`);
        }
    }
    validatePaths({ updates: options.file });
    const notBefore = options.notBefore ? timeFlag("--not-before", options.notBefore) : undefined;
    if (signer) warnUntrusted(config, signer, "requester", environments);
    return lockedUpdate(options.file, () => {
        const existing = fs.existsSync(options.file) ? readExemptionsOrFail(options.file, ANY_LENGTH) : { version: 1 as const, exemptions: [] };
        refuseUnknownExemptionPolicies(options.file, existing.exemptions, knownRules);
        const now = systemClock();
        const unsigned: Exemption = {
            id: `ex-${now.toISOString().slice(0, 10).replace(/-/g, "")}-${randomBytes(3).toString("hex")}`,
            policy: options.policy,
            resources: options.resource,
            reason: options.reason,
            requestedBy,
            ...(options.approvedBy ? { approvedBy: options.approvedBy } : {}),
            environments,
            createdAt: now.toISOString(),
            expiresAt: new Date((notBefore ?? now).getTime() + forMs).toISOString(),
            ...(options.actor ? { actor: options.actor } : {}),
            ...(notBefore ? { notBefore: notBefore.toISOString() } : {}),
        };
        const exemption = signer ? { ...unsigned, signatures: { requester: signExemption(unsigned, "requester", signer) } } : unsigned;
        const next = checkOrFail(options.file, { version: 1, exemptions: [...existing.exemptions, exemption] }, ANY_LENGTH);
        return { document: next, result: exemption };
    });
}

/** Reading a file to change it: lengths are judged per environment, not here. */
export const ANY_LENGTH: ExemptionRules = { maxDurationMs: Number.MAX_SAFE_INTEGER };

/**
 * `exempt approve`: the approver signs an entry the requester signed, with a different key. The
 * requester's signature must still hold; an expired or revoked entry is not approved.
 */
export async function exemptApprove(options: { file: string; id: string; signWith: string; governance?: string }): Promise<Exemption> {
    validatePaths({ inputs: [{ role: "the exemptions file", path: options.file, wording: "errno" }], updates: options.file });
    const signer = signingKeyOrFail(options.signWith);
    const config = governanceConfigFor(options.governance);
    const approved = await lockedUpdate(options.file, () => {
        const existing = readExemptionsOrFail(options.file, ANY_LENGTH);
        const target = existing.exemptions.find((e) => e.id === options.id);
        if (!target) throw new InputError(options.file, `has no exemption ${options.id}`);
        if (target.revokedAt) throw new InputError(options.file, `exemption ${target.id} was revoked at ${target.revokedAt}; it cannot be approved`);
        if (systemClock().getTime() >= Date.parse(target.expiresAt)) throw new InputError(options.file, `exemption ${target.id} expired at ${target.expiresAt}; it cannot be approved`);
        const requester = target.signatures?.requester;
        if (requester?.fingerprint === signer.fingerprint) {
            throw new InputError(undefined, `exemption ${target.id} was requested with this key (${signer.id}); another person must approve it`);
        }
        const requesterKey = requester ? config.keyByFingerprint(requester.fingerprint) : undefined;
        if (requester && requesterKey && !exemptionSignatureHolds(target, "requester", requesterKey.key)) {
            throw new InputError(options.file, `exemption ${target.id} was changed after ${requesterKey.entry.id} signed it; it cannot be approved`);
        }
        const next: Exemption = { ...target, approvedBy: signer.id, signatures: { ...target.signatures, approver: signExemption(target, "approver", signer) } };
        return { document: { version: 1, exemptions: existing.exemptions.map((e) => (e.id === target.id ? next : e)) }, result: next };
    });
    warnUntrusted(config, signer, "approver", approved.environments ?? []);
    if (!approved.signatures?.requester) process.stderr.write(`guardrails: warning: exemption ${approved.id} is not signed by its requester; environments that require signatures will not honour it\n`);
    return approved;
}

export function readExemptionsOrFail(file: string, rules: ExemptionRules) {
    return asInputError(() => readExemptionsFile(file, rules));
}

export function checkOrFail(file: string, document: unknown, rules: ExemptionRules) {
    return asInputError(() => checkExemptions(file, document, rules));
}

/** `updateExemptionsFile`, its failures as InputErrors. */
export function lockedUpdate<T>(file: string, change: () => { document: ExemptionsFile; result: T }): Promise<T> {
    return asInputErrorAsync(() => updateExemptionsFile(file, change));
}

/** Marks an exemption revoked (kept for history); it has no effect from now on. */
export async function exemptRevoke(id: string, options: { file: string; reason: string; by?: string }): Promise<Exemption> {
    validatePaths({ inputs: [{ role: "the exemptions file", path: options.file, wording: "errno" }], updates: options.file });
    return lockedUpdate(options.file, () => {
        const existing = readExemptionsOrFail(options.file, ANY_LENGTH);
        const target = existing.exemptions.find((e) => e.id === id);
        if (!target) throw new InputError(options.file, `has no exemption ${id}`);
        if (target.revokedAt) throw new InputError(options.file, `exemption ${id} was already revoked at ${target.revokedAt}`);
        const revoked: Exemption = { ...target, revokedAt: systemClock().toISOString(), revokedBy: options.by ?? currentActor(), revokeReason: options.reason };
        return { document: { version: 1, exemptions: existing.exemptions.map((e) => (e.id === id ? revoked : e)) }, result: revoked };
    });
}

function timeLeft(ms: number): string {
    if (ms <= 0) return "—";
    const hours = Math.floor(ms / 3_600_000);
    return hours >= 48 ? `${Math.floor(hours / 24)}d ${hours % 24}h` : `${hours}h ${Math.floor((ms % 3_600_000) / 60_000)}m`;
}

/**
 * `guardrails exempt list`: every exemption with its status and time left. With `--env` each is
 * judged as a deployment there would judge it (environment, signatures, length); without, only
 * time and revocation count.
 */
export function exemptList(options: { file: string; format: string; actor?: string; now?: string; env?: string; governance?: string }): void {
    const clock = clockFor(options.now);
    const doc = readExemptionsOrFail(options.file, ANY_LENGTH);
    const config = options.env ? governanceConfigFor(options.governance) : undefined;
    const environment = options.env;
    const judge = config && environment ? (e: Exemption) => judgeTrust(e, { environment, config, requireSignatures: config.requiresSignatures(environment) }) : undefined;
    const index = new ExemptionIndex(doc, clock, options.actor, judge);
    const anyActor = options.actor === undefined;
    const now = clock();
    const rows = doc.exemptions.map((e) => {
        let judged = index.judged(e);
        // Listing without --actor shows an actor-bound entry by its other merits.
        if (judged.status === "other-actor" && anyActor) judged = { ...judged, status: "active", reason: "" };
        const { status, reason } = judged;
        return { ...e, status, ...(reason ? { why: reason } : {}), timeLeftMs: status === "active" ? Date.parse(e.expiresAt) - now.getTime() : 0 };
    });
    if (options.format === "json") {
        emit(`${JSON.stringify(rows, null, 2)}\n`, undefined);
        return;
    }
    const lines = rows.map(
        (r) =>
            `${r.id}  ${r.status.padEnd(17)} ${timeLeft(r.timeLeftMs).padEnd(8)} ${r.policy}  ${r.resources.join(", ")}\n` +
            `    requested by ${r.requestedBy}, ${r.approvedBy ? `approved by ${r.approvedBy}` : "awaiting approval"}${r.signatures?.approver ? " (signed)" : r.signatures?.requester ? " (requester signed)" : ""}` +
            `${r.environments ? ` for ${r.environments.join(", ")}` : ""}${r.actor ? `, for ${r.actor} only` : ""}: ${r.reason}` +
            (r.why && r.status !== "active" ? `\n    does not apply: ${r.why}` : "") +
            (r.revokedAt ? `\n    revoked at ${r.revokedAt} by ${r.revokedBy}: ${r.revokeReason}` : ""),
    );
    emit(`${lines.join("\n")}${lines.length ? "\n" : ""}${rows.filter((r) => r.status === "active").length} active of ${rows.length}.\n`, undefined);
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

function loadLog(file: string | undefined) {
    const source = file ?? process.env.GUARDRAILS_DECISION_LOG;
    if (!source) throw new InputError(undefined, "give the decision log file (or set GUARDRAILS_DECISION_LOG)");
    if (!fs.existsSync(source)) throw new InputError(source, "no such file");
    // A torn or foreign line is reported and skipped: one bad line must not hide the whole log.
    let skipped = 0;
    const warn = (line: number, problem: string) => {
        if (++skipped <= MAX_SKIP_WARNINGS) process.stderr.write(`guardrails: decision log ${source} line ${line}: ${problem}, skipped\n`);
    };
    try {
        const records = readDecisionLog(source, warn);
        if (skipped > MAX_SKIP_WARNINGS) process.stderr.write(`guardrails: decision log ${source}: ${skipped - MAX_SKIP_WARNINGS} more lines that are not decision records, skipped\n`);
        return records;
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code) throw new InputError(source, code === "EISDIR" ? "is a directory, not a decision log" : `cannot be read (${code})`);
        throw new InputError(undefined, error instanceof Error ? error.message : String(error));
    }
}

/** Skipped lines of a decision log named one by one; beyond this, counted. */
const MAX_SKIP_WARNINGS = 10;

function urnGlob(glob: string | undefined): ((urn: string) => boolean) | undefined {
    return glob ? urnMatcher(glob) : undefined;
}

/**
 * `guardrails log who`: who had which exemption, when, approved by whom, and what it allowed —
 * the exempted decisions of the log, joined with the exemptions file.
 */
export function logWho(file: string | undefined, options: { resource?: string; policy?: string; since?: string; exemptions?: string; format: string }): void {
    if (!options.resource && !options.policy) throw new InputError(undefined, "give --resource <urn-glob> or --policy <id>");
    const filter = { policy: options.policy, urn: urnGlob(options.resource), outcome: "exempted", since: timeFlag("--since", options.since) };
    const records = filterDecisions(loadLog(file), filter);
    const byId = new Map((options.exemptions ? readExemptionsOrFail(options.exemptions, ANY_LENGTH).exemptions : []).map((e) => [e.id, e]));
    const grants = new Map<string, { exemptionId: string; actor: string; policy: string; urn: string; approvedBy: string; first: string; last: string; uses: number; reason?: string; requestedBy?: string; expiresAt?: string }>();
    for (const r of records) {
        const key = [r.exemptionId, r.actor, r.policy, r.urn].join("\u0000");
        const grant = grants.get(key);
        if (grant) {
            grant.uses++;
            grant.last = r.time;
        } else {
            const e = r.exemptionId ? byId.get(r.exemptionId) : undefined;
            grants.set(key, {
                exemptionId: r.exemptionId ?? "",
                actor: r.actor,
                policy: r.policy,
                urn: r.urn,
                approvedBy: r.approvedBy ?? e?.approvedBy ?? "",
                first: r.time,
                last: r.time,
                uses: 1,
                ...(e ? { reason: e.reason, requestedBy: e.requestedBy, expiresAt: e.expiresAt } : {}),
            });
        }
    }
    const list = [...grants.values()];
    if (options.format === "json") {
        emit(`${JSON.stringify(list, null, 2)}\n`, undefined);
        return;
    }
    const lines = list.map(
        (g) =>
            `${g.actor} used ${g.exemptionId} (approved by ${g.approvedBy}${g.requestedBy ? `, requested by ${g.requestedBy}` : ""}) ${g.uses}× from ${g.first} to ${g.last}\n` +
            `    allowed: ${g.policy} on ${g.urn}${g.reason ? `\n    because: ${g.reason}` : ""}`,
    );
    emit(`${lines.join("\n")}${lines.length ? "\n" : ""}${list.length} grants used.\n`, undefined);
}


function timeFlag(flag: string, text: string | undefined): Date | undefined {
    if (!text) return undefined;
    const ago = parseDuration(text);
    if (ago !== undefined) return new Date(systemClock().getTime() - ago);
    // ISO 8601 only: Date.parse alone takes "June 5" or "1" as dates.
    const parsed = ISO_TIME.test(text.trim()) ? Date.parse(text.trim()) : Number.NaN;
    if (Number.isNaN(parsed)) throw new InputError(undefined, `${flag} "${text}" is neither a time (2026-11-23T10:00:00Z) nor a duration (24h)`);
    return new Date(parsed);
}

/** `guardrails log`: who was allowed what, and why. */
export function showLog(file: string | undefined, options: LogOptions): void {
    // Flags first: a bad --since is refused before the log is read.
    const filter = {
        policy: options.policy,
        urn: urnGlob(options.resource),
        outcome: options.outcome,
        actor: options.actor,
        since: timeFlag("--since", options.since),
        until: timeFlag("--until", options.until),
    };
    const records = loadLog(file);
    const found = filterDecisions(records, filter);
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

export async function keyIssue(
    options: KeyOptions & { validFor: string; rotate?: string; grace: string; output?: string; approvedBy?: string; signWith?: string; governance?: string },
    packs: ReadonlyArray<{ name: string; version: string; rules: readonly Rule[] }>,
    allRules: readonly Rule[],
): Promise<void> {
    validatePaths({
        inputs: [
            options.config ? { role: "the --config file", path: options.config } : undefined,
            options.rotate ? { role: "the key to rotate", path: options.rotate } : undefined,
            options.signWith ? { role: "the --sign-with key", path: options.signWith } : undefined,
            options.governance && fs.existsSync(options.governance) ? { role: "the --governance file", path: options.governance } : undefined,
        ],
        output: options.output,
        // A rotation records the retirement there: the key must not be written over it.
        updates: options.rotate ? options.governance : undefined,
    });
    if (options.rotate && !options.governance) {
        throw new InputError(undefined, "--rotate records that the old key retires after --grace in the governance config: give --governance <file>");
    }
    // A rotation may start the governance file: an absent one is created with the retirement.
    const config = options.rotate && options.governance && !fs.existsSync(options.governance) ? governanceConfigFor(undefined) : governanceConfigFor(options.governance);
    if (config.requiresSignatures(options.env) && !options.signWith) {
        throw new InputError(undefined, `${options.env} requires provisioning keys signed by a trusted issuer (${config.source}): add --sign-with <issuer private key>`);
    }
    const signer = options.signWith ? signingKeyOrFail(options.signWith) : undefined;
    if (signer) warnUntrusted(config, signer, "issuer", [options.env]);
    const set = approvedSet(options, packs, allRules);
    const graceMs = duration("--grace", options.grace);
    const previous = options.rotate ? readKeyOrFail(options.rotate) : undefined;
    if (previous && previous.environment !== options.env) throw new InputError(options.rotate, `is a key for ${previous.environment}, not ${options.env}`);
    const key = issueKey(set, {
        clock: systemClock,
        validForMs: duration("--valid-for", options.validFor),
        signer,
        rotate: previous ? { previous, graceMs } : undefined,
        approvedBy: options.approvedBy ?? signer?.id,
    });
    await emit(`${JSON.stringify(key, null, 2)}\n`, options.output);
    if (previous && key.previous && options.governance) {
        const retirement = { id: previous.id, replacedBy: key.id, graceUntil: key.previous.graceUntil };
        const governanceFile = options.governance;
        await asInputErrorAsync(() =>
            updateGovernanceFile(governanceFile, (current) => ({
                document: { ...current, retiredKeys: [...(current.retiredKeys ?? []).filter((r) => r.id !== previous.id), retirement] },
                result: undefined,
            })),
        );
        process.stderr.write(`${previous.id} retires at ${retirement.graceUntil} (recorded in ${options.governance})\n`);
    }
    process.stderr.write(`issued ${key.id} for ${set.environment} (${Object.keys(set.policies).length} policies)${signer ? `, signed by ${signer.id}` : ", unsigned"}, valid until ${key.expiresAt}\n`);
}

function readKeyOrFail(file: string) {
    return asInputError(() => readKeyFile(file));
}

/** Returns the exit code: 0 when the key approves the configuration, 1 when not. */
export function keyVerify(
    file: string,
    options: KeyOptions & { now?: string; governance?: string },
    packs: ReadonlyArray<{ name: string; version: string; rules: readonly Rule[] }>,
    allRules: readonly Rule[],
): number {
    const clock = clockFor(options.now);
    const key = readKeyOrFail(file);
    const config = governanceConfigFor(options.governance);
    const verdict = verifyKey(key, approvedSet(options, packs, allRules), { clock, config, requireSignature: config.requiresSignatures(options.env) });
    if (verdict.ok) {
        process.stdout.write(`ok: key ${verdict.keyId} approves this configuration${verdict.via === "previous" ? " (rotated-out key, within its grace period)" : ""}\n`);
        process.stdout.write(
            `approved set: ${key.id}, environment ${key.environment}, approved by ${key.approvedBy ?? "(not recorded)"}, ${verdict.issuer ? `signed by ${verdict.issuer}` : "unsigned"}, issued ${key.issuedAt}, valid until ${key.expiresAt}\n`,
        );
        return 0;
    }
    process.stdout.write(`mismatch: ${verdict.problem}\n`);
    for (const change of verdict.changes ?? []) process.stdout.write(`  ${change}\n`);
    return 1;
}
