/**
 * The provisioning key: a digest that binds the approved policy set — packs and versions, every
 * policy's level and configuration — and its environment to deployments. A pack given a key
 * whose digest differs from what the engine actually configured (a level lowered, a limit
 * raised, a pack swapped) or whose validity has ended reports a mandatory violation on the first
 * resource, so the preview fails fast. Keys rotate: a new key names the previous one, which
 * stays valid until a grace expiry.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import * as fs from "node:fs";
import canonicalize from "canonicalize";
import type { Clock } from "./clock";

/** What the digest covers. */
export interface ApprovedPolicySet {
    /** The environment the set is approved for. */
    readonly environment: string;
    /** The packs in force, by name and version. */
    readonly packs: ReadonlyArray<{ name: string; version: string }>;
    /** Every policy: its level and its configuration properties. */
    readonly policies: Readonly<Record<string, { enforcementLevel: string; properties?: Record<string, unknown> }>>;
}

/** An approval of one policy set for one environment: its digest, validity and (optionally) signature. */
export interface ProvisioningKey {
    /** The key id, named in the decision log. */
    readonly id: string;
    /** `digestOf` the approved set. */
    readonly digest: string;
    /** The environment the key is for. */
    readonly environment: string;
    /** When it was issued (ISO 8601). */
    readonly issuedAt: string;
    /** When it stops being valid (ISO 8601). */
    readonly expiresAt: string;
    /** Who approved this policy set for the environment. */
    readonly approvedBy?: string;
    /** The key this one replaced, valid until `graceUntil`. */
    readonly previous?: { readonly id: string; readonly digest: string; readonly graceUntil: string };
    /** HMAC-SHA256 over the key's other fields, when issued with a secret. */
    readonly signature?: string;
}

/** SHA-256 over the RFC 8785 canonical JSON of the approved set. */
export function digestOf(set: ApprovedPolicySet): string {
    const normalized = {
        environment: set.environment,
        packs: [...set.packs].map((p) => ({ name: p.name, version: p.version })).sort((a, b) => (a.name < b.name ? -1 : 1)),
        policies: Object.fromEntries(
            Object.entries(set.policies).map(([id, c]) => [id, { enforcementLevel: c.enforcementLevel, properties: c.properties ?? {} }]),
        ),
    };
    return createHash("sha256").update(canonicalize(normalized) ?? "").digest("hex");
}

function signatureOf(key: Omit<ProvisioningKey, "signature">, secret: string): string {
    return createHmac("sha256", secret).update(canonicalize(key) ?? "").digest("hex");
}

/** Options of `issueKey`. */
export interface IssueOptions {
    /** The time source; the key's validity starts now. */
    readonly clock: Clock;
    /** How long the key is valid (ms). */
    readonly validForMs: number;
    /** HMAC secret (from an environment variable, never a file). */
    readonly secret?: string;
    /** The key being rotated out, and how long it stays valid (ms). */
    readonly rotate?: { readonly previous: ProvisioningKey; readonly graceMs: number };
    /** Who approved the policy set. */
    readonly approvedBy?: string;
}

/** A new provisioning key for the set: valid from now for `validForMs`, signed when a secret is given. */
export function issueKey(set: ApprovedPolicySet, options: IssueOptions): ProvisioningKey {
    const now = options.clock();
    const digest = digestOf(set);
    const unsigned: Omit<ProvisioningKey, "signature"> = {
        id: `gk-${set.environment}-${now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}-${digest.slice(0, 8)}`,
        digest,
        environment: set.environment,
        issuedAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + options.validForMs).toISOString(),
        ...(options.approvedBy ? { approvedBy: options.approvedBy } : {}),
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
    return options.secret ? { ...unsigned, signature: signatureOf(unsigned, options.secret) } : unsigned;
}

/** Whether a provisioning key matches the policy set in force, and if not, why not. */
export type KeyVerdict =
    | { readonly ok: true; readonly keyId: string; readonly via: "current" | "previous" }
    | { readonly ok: false; readonly keyId: string; readonly problem: string };

/**
 * Checks a key against the policy set actually in force. The previous key of a rotation is
 * accepted until its grace expiry.
 */
export function verifyKey(key: ProvisioningKey, actual: ApprovedPolicySet, options: { clock: Clock; secret?: string }): KeyVerdict {
    const now = options.clock().getTime();
    if (options.secret) {
        const { signature, ...unsigned } = key;
        const expected = signatureOf(unsigned, options.secret);
        if (!signature || signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
            return { ok: false, keyId: key.id, problem: `key ${key.id} is not signed with the configured secret` };
        }
    }
    if (key.environment !== actual.environment) {
        return { ok: false, keyId: key.id, problem: `key ${key.id} was issued for environment "${key.environment}", not "${actual.environment}"` };
    }
    const digest = digestOf(actual);
    if (now >= Date.parse(key.expiresAt)) return { ok: false, keyId: key.id, problem: `key ${key.id} expired at ${key.expiresAt}` };
    if (digest === key.digest) return { ok: true, keyId: key.id, via: "current" };
    if (key.previous && digest === key.previous.digest) {
        if (now < Date.parse(key.previous.graceUntil)) return { ok: true, keyId: key.previous.id, via: "previous" };
        return { ok: false, keyId: key.previous.id, problem: `key ${key.previous.id} was rotated out; its grace period ended at ${key.previous.graceUntil}` };
    }
    return {
        ok: false,
        keyId: key.id,
        problem: `the policy set in force (digest ${digest.slice(0, 12)}) is not the one key ${key.id} approved (digest ${key.digest.slice(0, 12)}): a level, a setting or a pack changed`,
    };
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
    for (const field of ["id", "digest", "environment", "issuedAt", "expiresAt"] as const) {
        if (typeof key[field] !== "string") throw new Error(`${file}: not a provisioning key (missing "${field}")`);
    }
    return key as ProvisioningKey;
}
