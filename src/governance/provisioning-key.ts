/**
 * The provisioning key: a digest that binds the approved policy set — packs and versions, every
 * policy's level and configuration — and its environment to deployments, signed (Ed25519) by a
 * trusted key issuer. A pack given a key whose digest differs from what the engine actually
 * configured (a level lowered, a limit raised, a pack swapped), whose signature does not verify,
 * or whose validity has ended reports one mandatory violation, naming what changed. Keys rotate:
 * a new key names the previous one, whose digest stays accepted until a grace expiry, and the
 * governance config records the old key as retired after that grace.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import canonicalize from "canonicalize";
import type { Clock } from "./clock";
import { GovernanceConfig } from "./governance-config";
import { signBody, verifyBody, type Signature, type SigningKey } from "./signing";

/** What the digest covers. */
export interface ApprovedPolicySet {
    /** The environment the set is approved for. */
    readonly environment: string;
    /** The packs in force, by name and version. */
    readonly packs: ReadonlyArray<{ name: string; version: string }>;
    /** Every policy: its level and its configuration properties. */
    readonly policies: Readonly<Record<string, { enforcementLevel: string; properties?: Record<string, unknown> }>>;
}

/** An approval of one policy set for one environment: its digest, the set itself, validity and signature. */
export interface ProvisioningKey {
    /** The key id, named in the decision log. */
    readonly id: string;
    /** `digestOf` the approved set. */
    readonly digest: string;
    /** The environment the key is for. */
    readonly environment: string;
    /** When it was issued (ISO 8601); not valid before. */
    readonly issuedAt: string;
    /** When it stops being valid (ISO 8601). */
    readonly expiresAt: string;
    /** Who approved this policy set for the environment. */
    readonly approvedBy?: string;
    /** The approved set (packs, levels, settings), so that a mismatch can name what changed. */
    readonly approved?: Omit<ApprovedPolicySet, "environment">;
    /** The key this one replaced, whose digest stays accepted until `graceUntil`. */
    readonly previous?: { readonly id: string; readonly digest: string; readonly graceUntil: string };
    /** The issuer's Ed25519 signature over the key's other fields. */
    readonly signature?: Signature;
}

function normalized(set: ApprovedPolicySet) {
    return {
        environment: set.environment,
        packs: [...set.packs].map((p) => ({ name: p.name, version: p.version })).sort((a, b) => (a.name < b.name ? -1 : 1)),
        policies: Object.fromEntries(
            Object.entries(set.policies).map(([id, c]) => [id, { enforcementLevel: c.enforcementLevel, properties: c.properties ?? {} }]),
        ),
    };
}

/** SHA-256 over the RFC 8785 canonical JSON of the approved set. */
export function digestOf(set: ApprovedPolicySet): string {
    return createHash("sha256").update(canonicalize(normalized(set)) ?? "").digest("hex");
}

const PURPOSE = "pulumi-guardrails provisioning key v1";

function unsignedPart(key: ProvisioningKey): Omit<ProvisioningKey, "signature"> {
    const { signature: _signature, ...rest } = key;
    return rest;
}

/** Options of `issueKey`. */
export interface IssueOptions {
    /** The time source; the key's validity starts now. */
    readonly clock: Clock;
    /** How long the key is valid (ms). */
    readonly validForMs: number;
    /** The issuer's private key; the key is unsigned without it. */
    readonly signer?: SigningKey;
    /** The key being rotated out, and how long its digest stays accepted (ms). */
    readonly rotate?: { readonly previous: ProvisioningKey; readonly graceMs: number };
    /** Who approved the policy set. */
    readonly approvedBy?: string;
}

/** A new provisioning key for the set: valid from now for `validForMs`, signed when a signer is given. */
export function issueKey(set: ApprovedPolicySet, options: IssueOptions): ProvisioningKey {
    const now = options.clock();
    const digest = digestOf(set);
    const { environment: _environment, ...approved } = normalized(set);
    const unsigned: ProvisioningKey = {
        id: `gk-${set.environment}-${now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}-${digest.slice(0, 8)}`,
        digest,
        environment: set.environment,
        issuedAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + options.validForMs).toISOString(),
        ...(options.approvedBy ? { approvedBy: options.approvedBy } : {}),
        approved,
        ...(options.rotate
            ? {
                  previous: {
                      id: options.rotate.previous.id,
                      digest: options.rotate.previous.digest,
                      graceUntil: new Date(now.getTime() + options.rotate.graceMs).toISOString(),
                  },
              }
            : {}),
    };
    return options.signer ? { ...unsigned, signature: signBody(PURPOSE, unsigned, options.signer) } : unsigned;
}

/** Whether a provisioning key matches the policy set in force, and if not, why not. */
export type KeyVerdict =
    | { readonly ok: true; readonly keyId: string; readonly via: "current" | "previous"; readonly issuer?: string }
    | { readonly ok: false; readonly keyId: string; readonly problem: string; readonly changes?: readonly string[] };

/** How a key is verified: the time, the governance config's trusted issuers, and whether a signature is required. */
export interface VerifyOptions {
    /** The time the key is judged at. */
    readonly clock: Clock;
    /** The governance config (trusted issuers, retired keys). */
    readonly config?: GovernanceConfig;
    /** Whether the environment requires keys signed by a trusted issuer. */
    readonly requireSignature?: boolean;
}

const SHOWN_CHANGES = 8;

function settingChanges(id: string, approved: Record<string, unknown>, actual: Record<string, unknown>): string[] {
    const names = [...new Set([...Object.keys(approved), ...Object.keys(actual)])].sort();
    return names
        .filter((name) => canonicalize(approved[name]) !== canonicalize(actual[name]))
        .map((name) => `${id}: setting ${name} ${canonicalize(approved[name]) ?? "(unset)"} → ${canonicalize(actual[name]) ?? "(unset)"}`);
}

/** What differs between the approved set and the set in force, one line per policy level, setting or pack. */
export function describeChanges(approved: Omit<ApprovedPolicySet, "environment">, actual: ApprovedPolicySet): string[] {
    const changes: string[] = [];
    const approvedPacks = new Map(approved.packs.map((p) => [p.name, p.version]));
    const actualPacks = new Map(actual.packs.map((p) => [p.name, p.version]));
    for (const [name, version] of actualPacks) {
        const was = approvedPacks.get(name);
        if (was === undefined) changes.push(`pack ${name}@${version} is not in the approved set`);
        else if (was !== version) changes.push(`pack ${name}: version ${was} → ${version}`);
    }
    for (const [name, version] of approvedPacks) if (!actualPacks.has(name)) changes.push(`pack ${name}@${version} was approved but is not in force`);
    for (const [id, now] of Object.entries(actual.policies)) {
        const was = approved.policies[id];
        if (!was) {
            changes.push(`${id}: not in the approved set (in force at ${now.enforcementLevel})`);
            continue;
        }
        if (was.enforcementLevel !== now.enforcementLevel) changes.push(`${id}: level ${was.enforcementLevel} → ${now.enforcementLevel}`);
        changes.push(...settingChanges(id, was.properties ?? {}, now.properties ?? {}));
    }
    for (const [id, was] of Object.entries(approved.policies)) if (!actual.policies[id]) changes.push(`${id}: approved at ${was.enforcementLevel} but not in force`);
    return changes;
}

function mismatch(key: ProvisioningKey, actual: ApprovedPolicySet, digest: string): KeyVerdict {
    const changes = key.approved ? describeChanges(key.approved, actual) : [];
    const listed = changes.slice(0, SHOWN_CHANGES).join("; ") + (changes.length > SHOWN_CHANGES ? `; and ${changes.length - SHOWN_CHANGES} more` : "");
    const what = changes.length > 0 ? `changed: ${listed}` : `digest ${digest.slice(0, 12)} against the approved ${key.digest.slice(0, 12)}: a level, a setting or a pack changed`;
    return { ok: false, keyId: key.id, problem: `the policy set in force is not the one key ${key.id} approved for ${key.environment} (${what})`, changes };
}

/** Checks the issuer's signature; a problem in words, or undefined when it is fine (or not needed). */
function signatureProblem(key: ProvisioningKey, options: VerifyOptions): { problem?: string; issuer?: string } {
    const { signature } = key;
    const config = options.config;
    if (!signature) {
        return options.requireSignature ? { problem: `key ${key.id} is not signed; ${key.environment} requires keys signed by a trusted issuer (guardrails key issue --sign-with)` } : {};
    }
    const trusted = config?.keyByFingerprint(signature.fingerprint);
    if (!trusted) {
        return options.requireSignature ? { problem: `key ${key.id} is signed by ${signature.keyId} (${signature.fingerprint}), which ${config?.source ?? "the governance config"} does not trust` } : {};
    }
    if (!verifyBody(PURPOSE, unsignedPart(key), signature, trusted.key)) {
        return { problem: `key ${key.id} was changed after ${trusted.entry.id} signed it (its signature does not match what it says now)` };
    }
    if (!GovernanceConfig.allows(trusted.entry, "issuer", key.environment)) {
        return options.requireSignature ? { problem: `key ${key.id} is signed by ${trusted.entry.id}, who is not trusted to issue keys for ${key.environment}` } : {};
    }
    return { issuer: trusted.entry.id };
}

/**
 * Checks a key against the policy set actually in force: signature, environment, validity,
 * retirement, then the digest. The previous key of a rotation is accepted until its grace expiry.
 */
export function verifyKey(key: ProvisioningKey, actual: ApprovedPolicySet, options: VerifyOptions): KeyVerdict {
    const now = options.clock().getTime();
    const { problem, issuer } = signatureProblem(key, options);
    if (problem) return { ok: false, keyId: key.id, problem };
    if (key.approved && digestOf({ environment: key.environment, ...key.approved }) !== key.digest) {
        return { ok: false, keyId: key.id, problem: `key ${key.id} records an approved set that does not match its digest (the key file was edited)` };
    }
    if (key.environment !== actual.environment) {
        return { ok: false, keyId: key.id, problem: `key ${key.id} was issued for environment "${key.environment}", not "${actual.environment}"` };
    }
    if (now < Date.parse(key.issuedAt)) return { ok: false, keyId: key.id, problem: `key ${key.id} is not valid before ${key.issuedAt}` };
    if (now >= Date.parse(key.expiresAt)) return { ok: false, keyId: key.id, problem: `key ${key.id} expired at ${key.expiresAt}` };
    const retired = options.config?.retirementOf(key.id);
    if (retired && now >= Date.parse(retired.graceUntil)) {
        return { ok: false, keyId: key.id, problem: `key ${key.id} was rotated out (replaced by ${retired.replacedBy}); its grace period ended at ${retired.graceUntil}` };
    }
    const digest = digestOf(actual);
    if (digest === key.digest) return { ok: true, keyId: key.id, via: "current", ...(issuer ? { issuer } : {}) };
    if (key.previous && digest === key.previous.digest) {
        if (now < Date.parse(key.previous.graceUntil)) return { ok: true, keyId: key.previous.id, via: "previous", ...(issuer ? { issuer } : {}) };
        return { ok: false, keyId: key.previous.id, problem: `key ${key.previous.id} was rotated out; its grace period ended at ${key.previous.graceUntil}` };
    }
    return mismatch(key, actual, digest);
}

/** Reads a key record written by `guardrails key issue`. */
export function readKeyFile(file: string): ProvisioningKey {
    let parsed: unknown;
    try {
        parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (error) {
        throw new Error(`${file}: not a readable provisioning key (${error instanceof Error ? error.message.split("\n")[0] : "error"})`);
    }
    const key = parsed as Partial<ProvisioningKey>;
    if (typeof key !== "object" || key === null || Array.isArray(key)) throw new Error(`${file}: not a provisioning key (not a JSON object)`);
    for (const field of ["id", "digest", "environment", "issuedAt", "expiresAt"] as const) {
        if (typeof key[field] !== "string") throw new Error(`${file}: not a provisioning key (missing "${field}")`);
    }
    const signature = key.signature as unknown;
    if (signature !== undefined) {
        const s = signature as Partial<Signature>;
        if (typeof signature !== "object" || signature === null || typeof s.keyId !== "string" || typeof s.fingerprint !== "string" || typeof s.value !== "string") {
            throw new Error(`${file}: its signature is not an Ed25519 signature record (keyId, fingerprint, value); issue a new key with --sign-with`);
        }
    }
    return key as ProvisioningKey;
}
