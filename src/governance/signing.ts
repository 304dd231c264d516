/**
 * Ed25519 signatures over canonical JSON (RFC 8785), with node:crypto. Key files are PEM (private:
 * PKCS #8, public: SPKI) with the signer's id on a `# id:` line before the PEM block, so a key
 * made with `openssl genpkey -algorithm ed25519` works too (its id then comes from `--id` or the
 * trust list). A signature names the key by id (a label) and fingerprint (what is checked).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from "node:crypto";
import * as fs from "node:fs";
import canonicalize from "canonicalize";

/** One signature: who signed (id and key fingerprint) and the Ed25519 signature, base64. */
export interface Signature {
    /** The signer's id, as its key file or the trust list names it. */
    readonly keyId: string;
    /** `ed25519:` and the base64url SHA-256 of the public key (SPKI DER): what verification looks up. */
    readonly fingerprint: string;
    /** The Ed25519 signature over the signed payload, base64. */
    readonly value: string;
}

/** A private signing key read from a file, with the id it signs as. */
export interface SigningKey {
    /** The id its signatures carry. */
    readonly id: string;
    /** The fingerprint of its public half. */
    readonly fingerprint: string;
    /** The key itself. */
    readonly key: KeyObject;
}

/** A key file that cannot be used; the message names the file. */
export class KeyFileError extends Error {
    constructor(file: string, problem: string) {
        super(`${file}: ${problem}`);
        this.name = "KeyFileError";
    }
}

const ID_LINE = /^#\s*id:\s*(\S+)\s*$/m;
/** Ids name people or systems in reports: letters, digits and `.@_-`, at most 64. */
export const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9.@_-]{0,63}$/;

/** The fingerprint of a public key: `ed25519:` + base64url SHA-256 of its SPKI DER. */
export function fingerprintOf(publicKey: KeyObject): string {
    return `ed25519:${createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("base64url")}`;
}

/** A public key as the governance file stores it: base64 of its SPKI DER. */
export function encodePublicKey(publicKey: KeyObject): string {
    return publicKey.export({ type: "spki", format: "der" }).toString("base64");
}

/** The public key a governance file stores (base64 SPKI DER); throws when it is not an Ed25519 key. */
export function decodePublicKey(encoded: string): KeyObject {
    const key = createPublicKey({ key: Buffer.from(encoded, "base64"), format: "der", type: "spki" });
    if (key.asymmetricKeyType !== "ed25519") throw new Error(`is a ${key.asymmetricKeyType ?? "unknown"} key, not Ed25519`);
    return key;
}

/** A new Ed25519 key pair as file texts: the private one to keep (mode 600), the public one to trust. */
export function generateKeyFiles(id: string): { privatePem: string; publicPem: string; fingerprint: string } {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const header = `# pulumi-guardrails signing key\n# id: ${id}\n`;
    return {
        privatePem: `${header}${privateKey.export({ type: "pkcs8", format: "pem" }).toString()}`,
        publicPem: `${header}${publicKey.export({ type: "spki", format: "pem" }).toString()}`,
        fingerprint: fingerprintOf(publicKey),
    };
}

function readText(file: string, role: string): string {
    try {
        return fs.readFileSync(file, "utf8");
    } catch (error) {
        throw new KeyFileError(file, `${role} cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
}

/** Reads a private signing key; its id comes from the file's `# id:` line, or `id` when given. */
export function readSigningKey(file: string, id?: string): SigningKey {
    const text = readText(file, "the private key");
    let key: KeyObject;
    try {
        key = createPrivateKey(text);
    } catch {
        throw new KeyFileError(file, "is not a PEM private key (make one with guardrails trust keygen)");
    }
    if (key.asymmetricKeyType !== "ed25519") throw new KeyFileError(file, `is a ${key.asymmetricKeyType ?? "unknown"} key; signing keys are Ed25519`);
    const named = id ?? ID_LINE.exec(text)?.[1];
    if (!named) throw new KeyFileError(file, "names no signer (no `# id:` line); give the id");
    if (!KEY_ID.test(named)) throw new KeyFileError(file, `id "${named}" is not a valid key id`);
    return { id: named, fingerprint: fingerprintOf(createPublicKey(key)), key };
}

/** Reads a public key file (PEM SPKI); its id from the `# id:` line, if any. */
export function readPublicKeyFile(file: string): { key: KeyObject; id?: string } {
    const text = readText(file, "the public key");
    let key: KeyObject;
    try {
        key = createPublicKey(text);
    } catch {
        throw new KeyFileError(file, "is not a PEM public key (guardrails trust keygen writes one)");
    }
    if (key.type === "private") throw new KeyFileError(file, "holds a private key; give the public key file");
    if (key.asymmetricKeyType !== "ed25519") throw new KeyFileError(file, `is a ${key.asymmetricKeyType ?? "unknown"} key; trusted keys are Ed25519`);
    return { key, id: ID_LINE.exec(text)?.[1] };
}

/** The bytes a signature covers: what is signed (`purpose`) and the canonical JSON of `body`. */
function payload(purpose: string, body: unknown): Buffer {
    const canonical = canonicalize(body);
    if (canonical === undefined) throw new Error("nothing to sign");
    // The purpose keeps a signature for one kind of record from being replayed as another.
    return Buffer.from(`${purpose}\n${canonical}`, "utf8");
}

/** Signs `body` for `purpose`. */
export function signBody(purpose: string, body: unknown, signer: SigningKey): Signature {
    return { keyId: signer.id, fingerprint: signer.fingerprint, value: sign(null, payload(purpose, body), signer.key).toString("base64") };
}

/** Whether `signature` is a valid signature of `body` for `purpose` by `publicKey`. */
export function verifyBody(purpose: string, body: unknown, signature: Signature, publicKey: KeyObject): boolean {
    try {
        return verify(null, payload(purpose, body), publicKey, Buffer.from(signature.value, "base64"));
    } catch {
        return false;
    }
}
