import * as fs from "node:fs";
import * as path from "node:path";
import * as crypto from "node:crypto";
import type * as SignalExit from "signal-exit";
import { InputError } from "../engine/errors";

/** How many symbolic links `writeTarget` follows before it gives up (as the kernel does). */
const MAX_SYMLINKS = 40;

/**
 * The file a write to `file` really lands on: the end of its chain of symbolic links (even
 * when the last link dangles, so the link is kept and its target created), as an absolute path.
 * A path that is not a link is its own target.
 */
export function writeTarget(file: string): string {
    let current = path.resolve(file);
    for (let hops = 0; hops < MAX_SYMLINKS; hops++) {
        let stats: fs.Stats;
        try {
            stats = fs.lstatSync(current);
        } catch {
            return current;
        }
        if (!stats.isSymbolicLink()) return current;
        current = path.resolve(path.dirname(current), fs.readlinkSync(current));
    }
    throw new InputError(file, `cannot write: more than ${MAX_SYMLINKS} symbolic links to follow`);
}

/** Report text: one string, or pieces in order (see `reportChunks`), bytes where they come back from a spool. */
export type OutputContent = string | Iterable<string | Uint8Array>;

/** Pieces are gathered into writes of up to this many bytes: few system calls, little memory. */
const WRITE_BATCH = 1 << 20;

/**
 * The content as UTF-8, in batches of up to `WRITE_BATCH` bytes: text pieces are encoded straight
 * into the batch (no joined string), byte pieces and long texts go as they are. Each batch is a
 * new buffer, since a stream may hold on to one it was given.
 */
function* batches(content: OutputContent): Iterable<Uint8Array> {
    if (typeof content === "string") {
        yield Buffer.from(content, "utf8");
        return;
    }
    let batch = Buffer.allocUnsafe(WRITE_BATCH);
    let used = 0;
    for (const piece of content) {
        // A UTF-16 unit takes at most 3 bytes in UTF-8: a text that might not fit starts a new batch.
        const text = typeof piece === "string";
        const bytes = text ? piece.length * 3 : piece.length;
        if (text && bytes <= WRITE_BATCH - used) {
            used += batch.write(piece, used, "utf8");
            continue;
        }
        if (used > 0) {
            yield batch.subarray(0, used);
            batch = Buffer.allocUnsafe(WRITE_BATCH);
            used = 0;
        }
        if (text && bytes <= WRITE_BATCH) used = batch.write(piece, 0, "utf8");
        else yield text ? Buffer.from(piece, "utf8") : piece;
    }
    if (used > 0) yield batch.subarray(0, used);
}

// fs functions are looked up when called (not bound at load), so tests can stand in for them.
const call = <T>(run: (done: (error: NodeJS.ErrnoException | null, value?: T) => void) => void): Promise<T> =>
    new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value as T))));

async function writeAll(fd: number, content: OutputContent): Promise<void> {
    for (const bytes of batches(content)) {
        for (let offset = 0; offset < bytes.length; ) {
            offset += await call<number>((done) => fs.write(fd, bytes, offset, bytes.length - offset, null, done));
        }
    }
}

/**
 * A regular file written as the content comes: into a temporary file beside it, given the old
 * file's mode and owner, flushed to disk, then renamed over it. The temporary file is removed
 * when anything fails and when the process is interrupted (SIGINT, SIGTERM, ...) before the rename.
 */
async function writeFileAtomically(target: string, content: OutputContent, previous: fs.Stats | undefined): Promise<void> {
    const temporary = `${target}.${process.pid}.${crypto.randomBytes(6).toString("hex")}.tmp`;
    // Loaded on the first write: every command imports this module, few write files.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
    const { onExit } = require("signal-exit") as typeof SignalExit;
    const removeTemporary = () => {
        try {
            fs.unlinkSync(temporary);
        } catch {
            // Already gone, or never made.
        }
    };
    const stopWatching = onExit(removeTemporary);
    let fd: number | undefined;
    try {
        fd = await call<number>((done) => fs.open(temporary, "wx", previous ? previous.mode & 0o7777 : 0o666, done));
        await writeAll(fd, content);
        const opened = fd;
        await call((done) => fs.fsync(opened, done));
        await call((done) => fs.close(opened, done));
        fd = undefined;
        if (previous) {
            // As the old file was: an owner we may not set (not root) is left as it is.
            await call((done) => fs.chown(temporary, previous.uid, previous.gid, done)).catch(() => undefined);
            await call((done) => fs.chmod(temporary, previous.mode & 0o7777, done));
        }
        await call((done) => fs.rename(temporary, target, done));
    } catch (error) {
        if (fd !== undefined) fs.closeSync(fd);
        removeTemporary();
        throw error;
    } finally {
        stopWatching();
    }
}

/**
 * Writes `content` (a string, or pieces written as they come) to `file` so that no reader ever
 * sees half of it, and nothing is clobbered that should not be:
 * - a symbolic link is written through: its target gets the content, the link stays;
 * - a device or named pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written to directly — it is
 *   never replaced by a regular file;
 * - a regular file is written to a temporary file beside it and renamed over it, keeping its
 *   mode and owner. The temporary file is removed when the write fails and when the process is
 *   interrupted (SIGINT, SIGTERM, ...) before the rename.
 */
export async function writeOutput(file: string, content: OutputContent): Promise<void> {
    const target = writeTarget(file);
    let stats: fs.Stats | undefined;
    try {
        stats = fs.statSync(target);
    } catch {
        stats = undefined;
    }
    if (stats?.isDirectory()) throw new InputError(file, "cannot write: is a directory");
    try {
        if (stats && !stats.isFile()) {
            const fd = await call<number>((done) => fs.open(target, "w", done));
            try {
                await writeAll(fd, content);
            } finally {
                fs.closeSync(fd);
            }
        } else await writeFileAtomically(target, content, stats);
    } catch (error) {
        // A failure of the file system names the file; one of the report being produced is not about it.
        const code = (error as NodeJS.ErrnoException | undefined)?.code;
        if (code === undefined && error instanceof Error && !(error as { syscall?: string }).syscall) throw error;
        throw new InputError(file, `cannot write (${code ?? "unknown error"})`);
    }
}

/** Writes to stdout batch by batch, waiting while the reader catches up. */
async function writeStdout(content: OutputContent): Promise<void> {
    for (const batch of batches(content)) {
        if (process.stdout.destroyed) return;
        if (!process.stdout.write(batch)) await new Promise<void>((resolve) => {
            const done = () => {
                process.stdout.off("drain", done);
                process.stdout.off("close", done);
                process.stdout.off("error", done);
                resolve();
            };
            process.stdout.on("drain", done);
            process.stdout.on("close", done);
            process.stdout.on("error", done);
        });
    }
}

/** Prints a report to stdout, or writes it to `--output` (see `writeOutput`). */
export function emit(content: OutputContent, output: string | undefined): Promise<void> {
    if (output) return writeOutput(output, content);
    return writeStdout(content);
}

/**
 * A reader that went away (`guardrails check x | head -1`) is not a failure of the run: the
 * rest of the output is dropped and the exit code stays the verdict's. Any other error on
 * stdout is reported on one line and exits 2.
 */
export function tolerateClosedStdout(stream: NodeJS.WriteStream = process.stdout): void {
    let reported = false;
    stream.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED" || reported) return;
        reported = true;
        process.stderr.write(`guardrails: cannot write to stdout (${error.code ?? error.message})\n`);
        process.exitCode = 2;
    });
}
