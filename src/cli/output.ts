import * as fs from "node:fs";
import * as path from "node:path";
import type WriteFileAtomic from "write-file-atomic";
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

/**
 * Writes `content` to `file` so that no reader ever sees half of it, and nothing is clobbered
 * that should not be:
 * - a symbolic link is written through: its target gets the content, the link stays;
 * - a device or named pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written to directly — it is
 *   never replaced by a regular file;
 * - a regular file is written to a temporary file beside it and renamed over it, keeping its
 *   mode and owner (write-file-atomic). The temporary file is removed when the write fails and
 *   when the process is interrupted (SIGINT, SIGTERM, ...) before the rename.
 */
export async function writeOutput(file: string, content: string): Promise<void> {
    const target = writeTarget(file);
    let stats: fs.Stats | undefined;
    try {
        stats = fs.statSync(target);
    } catch {
        stats = undefined;
    }
    if (stats?.isDirectory()) throw new InputError(file, "cannot write: is a directory");
    try {
        if (stats && !stats.isFile()) await fs.promises.writeFile(target, content);
        // Loaded on the first write: every command imports this module, few write files.
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
        else await (require("write-file-atomic") as typeof WriteFileAtomic)(target, content);
    } catch (error) {
        throw new InputError(file, `cannot write (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`);
    }
}

/** Prints a report to stdout, or writes it to `--output` (see `writeOutput`). */
export function emit(content: string, output: string | undefined): Promise<void> {
    if (output) return writeOutput(output, content);
    process.stdout.write(content);
    return Promise.resolve();
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
