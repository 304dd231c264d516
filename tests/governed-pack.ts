/**
 * Test scaffolding for signed governance: a published-pack directory that ships its own
 * governance config (as a platform team publishes it), and signing keys made with the CLI's own
 * code. The pack directory links the built package (dist, node_modules), so the engine's
 * policy-pack runner launches it exactly as it launches the repository.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { encodePublicKey, generateKeyFiles, readSigningKey, type GovernanceDocument, type SigningKey, type TrustRole } from "../src/governance";
import { createPublicKey } from "node:crypto";
import { repoRoot } from "./support";

/** A signer for tests: its key files on disk and the key itself. */
export interface TestSigner {
    readonly id: string;
    readonly privateFile: string;
    readonly publicFile: string;
    readonly key: SigningKey;
    /** Its public key as a governance file stores it. */
    readonly publicKey: string;
}

/** Makes a key pair in `dir` for `id`. */
export function makeSigner(dir: string, id: string): TestSigner {
    const files = generateKeyFiles(id);
    const privateFile = path.join(dir, `${id}.key`);
    const publicFile = path.join(dir, `${id}.pub`);
    fs.writeFileSync(privateFile, files.privatePem, { mode: 0o600 });
    fs.writeFileSync(publicFile, files.publicPem);
    const key = readSigningKey(privateFile);
    return { id, privateFile, publicFile, key, publicKey: encodePublicKey(createPublicKey(key.key)) };
}

/** A trusted-key entry for a signer: roles → environments. */
export function trusted(signer: TestSigner, roles: Partial<Record<TrustRole, string[]>>) {
    return { id: signer.id, publicKey: signer.publicKey, roles };
}

/**
 * A pack directory like the published pack, shipping `governance` as its config/governance.json
 * (the environment configs are the repository's). Removed with the returned cleanup.
 */
export function publishedPackDir(governance: GovernanceDocument): { dir: string; cleanup: () => void } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-published-"));
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { name: string; version: string; main: string };
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: pkg.name, version: pkg.version, main: pkg.main }));
    fs.symlinkSync(path.join(repoRoot, "dist"), path.join(dir, "dist"), "dir");
    fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
    fs.mkdirSync(path.join(dir, "config"));
    for (const file of fs.readdirSync(path.join(repoRoot, "config"))) {
        if (file !== "governance.json") fs.copyFileSync(path.join(repoRoot, "config", file), path.join(dir, "config", file));
    }
    fs.writeFileSync(path.join(dir, "config", "governance.json"), JSON.stringify(governance, null, 2));
    return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
