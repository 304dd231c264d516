/** `guardrails trust keygen|add|list`: signing keys and the governance config's list of trusted keys. */
import * as fs from "node:fs";
import { InputError } from "../engine/errors";
import {
    encodePublicKey,
    fingerprintOf,
    generateKeyFiles,
    KEY_ID,
    readPublicKeyFile,
    TRUST_ROLES,
    updateGovernanceFile,
    type TrustedKey,
    type TrustRole,
} from "../governance";
import { emit } from "./output";
import { validatePaths } from "./paths";
import { governanceConfigFor } from "./governance-file";
import { asInputError, asInputErrorAsync } from "./input-errors";

function idOrFail(id: string): string {
    if (!KEY_ID.test(id)) throw new InputError(undefined, `--id "${id}" is not a key id (letters, digits and .@_-, at most 64)`);
    return id;
}

/** Writes a new file, never over an existing one: a key file is not something to lose. */
function writeNew(file: string, text: string, mode: number, role: string): void {
    try {
        fs.writeFileSync(file, text, { flag: "wx", mode });
        // The umask may have widened nothing, but an existing ACL default could: set it exactly.
        fs.chmodSync(file, mode);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new InputError(file, code === "EEXIST" ? `already exists; ${role} files are never overwritten (choose another path)` : `cannot be written (${code ?? "error"})`);
    }
}

/** `trust keygen`: a new Ed25519 key pair; the private key file is readable by its owner only. */
export function trustKeygen(options: { id: string; private: string; public: string }): void {
    const id = idOrFail(options.id);
    if (options.private === options.public) throw new InputError(undefined, "--private and --public must be different files");
    validatePaths({ output: options.private });
    validatePaths({ output: options.public });
    for (const [file, role] of [[options.private, "private key"], [options.public, "public key"]] as const) {
        if (fs.existsSync(file)) throw new InputError(file, `already exists; ${role} files are never overwritten (choose another path)`);
    }
    const { privatePem, publicPem, fingerprint } = generateKeyFiles(id);
    writeNew(options.private, privatePem, 0o600, "private key");
    try {
        writeNew(options.public, publicPem, 0o644, "public key");
    } catch (error) {
        // Nothing half-made: without its public half, the private key is of no use.
        fs.rmSync(options.private, { force: true });
        throw error;
    }
    process.stdout.write(`${id}: ${fingerprint}\nprivate key ${options.private} (mode 600: keep it to yourself), public key ${options.public} (give it to whoever keeps the governance config)\n`);
}

function roleOrFail(role: string): TrustRole {
    if (!(TRUST_ROLES as readonly string[]).includes(role)) throw new InputError(undefined, `--role "${role}" is not a role (use ${TRUST_ROLES.join(", ")})`);
    return role as TrustRole;
}

/** `trust add`: trusts a public key for a role in some environments (the file is created if absent). */
export async function trustAdd(options: { governance: string; id: string; public: string; role: string; env: string }): Promise<void> {
    const id = idOrFail(options.id);
    const role = roleOrFail(options.role);
    const environments = options.env.split(",").map((e) => e.trim());
    const bad = environments.find((e) => !/^([A-Za-z0-9][A-Za-z0-9._-]{0,63}|\*)$/.test(e));
    if (bad !== undefined) throw new InputError(undefined, `--env "${options.env}": "${bad}" is not an environment name (or *)`);
    validatePaths({ inputs: [{ role: "the public key", path: options.public, wording: "errno" }], updates: options.governance });
    const publicKey = asInputError(() => readPublicKeyFile(options.public));
    if (publicKey.id && publicKey.id !== id) process.stderr.write(`guardrails: note: ${options.public} names itself ${publicKey.id}; trusting it as ${id}\n`);
    const encoded = encodePublicKey(publicKey.key);
    const fingerprint = fingerprintOf(publicKey.key);
    const entry = await asInputErrorAsync(() => updateGovernanceFile(options.governance, (current) => {
        const keys = current.trustedKeys ?? [];
        const sameKey = keys.find((k) => k.publicKey === encoded);
        if (sameKey && sameKey.id !== id) throw new InputError(options.governance, `already trusts this key as ${sameKey.id}; one key belongs to one signer`);
        const existing = keys.find((k) => k.id === id);
        if (existing && existing.publicKey !== encoded) throw new InputError(options.governance, `already trusts another key as ${id}; remove it first, or choose another id`);
        const roles = { ...(existing?.roles ?? {}) };
        roles[role] = [...new Set([...(roles[role] ?? []), ...environments])];
        const updated: TrustedKey = { id, publicKey: encoded, roles };
        return { document: { ...current, trustedKeys: existing ? keys.map((k) => (k.id === id ? updated : k)) : [...keys, updated] }, result: updated };
    }));
    process.stdout.write(`${id} (${fingerprint}) may sign as ${role} in ${(entry.roles[role] ?? []).join(", ")} (${options.governance})\n`);
}

/** `trust list`: trusted keys with their roles, and which environments require signatures. */
export function trustList(options: { governance?: string; format: string }): void {
    const config = governanceConfigFor(options.governance);
    const keys = (config.document.trustedKeys ?? []).map((k) => ({ id: k.id, fingerprint: config.keyFingerprint(k), roles: k.roles }));
    const environments = [...new Set([...Object.keys(config.document.environments ?? {}), ...keys.flatMap((k) => Object.values(k.roles).flat())])]
        .filter((e): e is string => typeof e === "string" && e !== "*")
        .sort()
        .map((name) => ({ name, requireSignatures: config.requiresSignatures(name), maxExemptionHours: config.maxExemptionMs(name) / 3_600_000 }));
    if (options.format === "json") {
        emit(`${JSON.stringify({ source: config.source, environments, trustedKeys: keys, retiredKeys: config.document.retiredKeys ?? [] }, null, 2)}\n`, undefined);
        return;
    }
    const lines = [
        `${config.source}`,
        ...environments.map((e) => `  ${e.name.padEnd(12)} ${e.requireSignatures ? "signatures required" : "signatures optional"}, exemptions at most ${e.maxExemptionHours} h`),
        ...keys.map((k) => `  ${k.id}  ${k.fingerprint}\n    ${TRUST_ROLES.filter((r) => k.roles[r]?.length).map((r) => `${r}: ${k.roles[r]?.join(", ")}`).join("; ") || "no roles"}`),
        ...(config.document.retiredKeys ?? []).map((r) => `  retired ${r.id} (replaced by ${r.replacedBy}), valid until ${r.graceUntil}`),
        `${keys.length} trusted ${keys.length === 1 ? "key" : "keys"}.`,
    ];
    emit(`${lines.join("\n")}\n`, undefined);
}
