/**
 * Read-modify-write of a small governance file (exemptions, trust list), safe against concurrent
 * writers: the file is locked (a `<file>.lock` directory, proper-lockfile; a lock left by a
 * crashed process goes stale after 10 s), `change` reads it and returns the new text, which is
 * written atomically (temporary file beside it, renamed over it, mode kept; write-file-atomic).
 */
import * as fs from "node:fs";
import * as nodePath from "node:path";
import type * as ProperLockfile from "proper-lockfile";
import type WriteFileAtomic from "write-file-atomic";

/** The file a write to `file` lands on: symbolic links followed (a dangling one to its target). */
export function writtenPath(file: string): string {
    let current = nodePath.resolve(file);
    for (let hops = 0; hops < 40; hops++) {
        let stats: fs.Stats;
        try {
            stats = fs.lstatSync(current);
        } catch {
            break;
        }
        if (!stats.isSymbolicLink()) break;
        current = nodePath.resolve(nodePath.dirname(current), fs.readlinkSync(current));
    }
    // One name per file, however it is reached, so that every writer takes the same lock.
    try {
        return nodePath.join(fs.realpathSync(nodePath.dirname(current)), nodePath.basename(current));
    } catch {
        return current;
    }
}

/** How long a writer waits for another, at most (about 30 s), and how it backs off. */
const LOCK_RETRIES = { retries: 80, factor: 1.3, minTimeout: 25, maxTimeout: 500, randomize: true };

/**
 * Locks `file`, runs `change` (which must read the file itself, under the lock), writes the text it
 * returns atomically and releases the lock; `result` is passed on. Failures go through `fail`,
 * which turns a problem into the caller's error type.
 */
export async function updateLockedFile<T>(
    file: string,
    change: () => { readonly text: string; readonly result: T },
    fail: (problem: string) => Error,
): Promise<T> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily: packs only read these files
    const lockfile = require("proper-lockfile") as typeof ProperLockfile;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, as above
    const writeFileAtomic = require("write-file-atomic") as typeof WriteFileAtomic;
    const target = writtenPath(file);
    let compromised: Error | undefined;
    let release: () => Promise<void>;
    try {
        release = await lockfile.lock(target, { realpath: false, retries: LOCK_RETRIES, onCompromised: (error) => (compromised = error) });
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ELOCKED") throw fail(`is locked by another writer (${target}.lock) and stayed locked; try again`);
        throw fail(`cannot be locked for writing (${code ?? "error"})`);
    }
    try {
        const { text, result } = change();
        if (compromised) throw fail(`lost its lock while being changed (${compromised.message}); nothing written, try again`);
        try {
            // Synchronous: a signal is handled once the file is renamed into place, never halfway.
            writeFileAtomic.sync(target, text);
        } catch (error) {
            throw fail(`cannot be written (${(error as NodeJS.ErrnoException).code ?? "error"})`);
        }
        return result;
    } finally {
        await release().catch(() => undefined);
    }
}
