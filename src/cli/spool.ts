import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type * as SignalExit from "signal-exit";
import { InputError } from "../engine/errors";

/** Text is encoded into a buffer of this many bytes, written when full. */
const SPOOL_BATCH = 1 << 20;
/** What a read of the spool hands back at a time, in bytes. */
const READ_CHUNK = 1 << 20;

/** Where one appended text lies in the spool, in bytes. */
export interface SpoolSpan {
    readonly start: number;
    readonly length: number;
}

/**
 * Text kept on disk while a long run makes it, to be read back once, in order or span by span
 * in another order: a report's findings, which need not sit in memory until the report is
 * written. The file lives in a private directory (mode 0700) under the system's temporary
 * directory and is removed by `dispose`, and at exit (SIGINT, SIGTERM, ...) if the run stops first.
 *
 * `append` never throws, since it runs inside the rules' own runs, where an error would read as
 * the rule's: the first failure (a full disk) is kept, and `finish` reports it as bad input.
 */
export class TextSpool {
    private readonly directory: string;
    private readonly file: string;
    private fd: number | undefined;
    // Text is encoded as it comes, so that no string outlives the moment: kept strings would be
    // moved to the old generation and collected late, which costs more than the write.
    private readonly batch = Buffer.allocUnsafe(SPOOL_BATCH);
    private used = 0;
    private appended = 0;
    private failure: unknown;
    private readonly stopWatching: () => void;

    constructor(parent: string = os.tmpdir()) {
        this.directory = fs.mkdtempSync(path.join(parent, "guardrails-spool-"));
        this.file = path.join(this.directory, "pieces");
        // Loaded on first use, as by the report writer: most commands never spool.
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
        const { onExit } = require("signal-exit") as typeof SignalExit;
        this.stopWatching = onExit(() => this.removeFiles());
        try {
            this.fd = fs.openSync(this.file, "wx+", 0o600);
        } catch (error) {
            this.dispose();
            throw error;
        }
    }

    /** Bytes appended so far: where the next text will start. */
    get size(): number {
        return this.appended;
    }

    /** Adds text at the end. */
    append(text: string): void {
        if (this.failure !== undefined) return;
        // A UTF-16 unit takes at most 3 bytes in UTF-8.
        if (text.length * 3 > SPOOL_BATCH - this.used) {
            this.flush();
            if (text.length * 3 > SPOOL_BATCH) {
                const bytes = Buffer.from(text, "utf8");
                this.appended += bytes.length;
                this.writeAll(bytes);
                return;
            }
        }
        const written = this.batch.write(text, this.used, "utf8");
        this.used += written;
        this.appended += written;
    }

    /** Writes what is pending; throws the first failure of any write so far, naming the directory. */
    finish(): void {
        this.flush();
        if (this.failure === undefined) return;
        const code = (this.failure as NodeJS.ErrnoException).code ?? "unknown error";
        throw new InputError(this.directory, `cannot keep the findings here until the report is written (${code}); free some space or set TMPDIR to another directory`);
    }

    /** The text appended, in order, as UTF-8 chunks (call `finish` first). */
    *read(): Iterable<Uint8Array> {
        const fd = this.fd;
        if (fd === undefined) throw new Error("the spool was disposed of");
        for (let position = 0; ; ) {
            const chunk = Buffer.allocUnsafe(READ_CHUNK);
            const read = fs.readSync(fd, chunk, 0, READ_CHUNK, position);
            if (read === 0) return;
            position += read;
            yield chunk.subarray(0, read);
        }
    }

    /**
     * The byte spans given (each a `start` and `length` taken from `size` around an append), in
     * the order given, as UTF-8 chunks (call `finish` first). Spans that follow each other in the
     * file are read together.
     */
    *readSpans(spans: Iterable<SpoolSpan>): Iterable<Uint8Array> {
        const fd = this.fd;
        if (fd === undefined) throw new Error("the spool was disposed of");
        let chunk = Buffer.allocUnsafe(READ_CHUNK);
        let used = 0;
        // Bytes of the file not yet read, all to go to the chunk at `used`.
        let runStart = 0;
        let runLength = 0;
        const readRun = () => {
            readExactly(fd, chunk, used, runLength, runStart);
            used += runLength;
            runLength = 0;
        };
        for (const { start, length } of spans) {
            if (runLength > 0 && start === runStart + runLength && used + runLength + length <= READ_CHUNK) {
                runLength += length;
                continue;
            }
            if (runLength > 0) readRun();
            if (used + length > READ_CHUNK && used > 0) {
                yield chunk.subarray(0, used);
                chunk = Buffer.allocUnsafe(READ_CHUNK);
                used = 0;
            }
            if (length > READ_CHUNK) {
                const whole = Buffer.allocUnsafe(length);
                readExactly(fd, whole, 0, length, start);
                yield whole;
                continue;
            }
            runStart = start;
            runLength = length;
        }
        if (runLength > 0) readRun();
        if (used > 0) yield chunk.subarray(0, used);
    }

    /** Closes and removes the spool's file and directory. */
    dispose(): void {
        this.stopWatching();
        this.removeFiles();
    }

    private flush(): void {
        if (this.used === 0) return;
        this.writeAll(this.batch.subarray(0, this.used));
        this.used = 0;
    }

    private writeAll(bytes: Uint8Array): void {
        if (this.failure !== undefined || this.fd === undefined) return;
        try {
            for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(this.fd, bytes, offset, bytes.length - offset);
        } catch (error) {
            this.failure = error;
        }
    }

    private removeFiles(): void {
        if (this.fd !== undefined) {
            try {
                fs.closeSync(this.fd);
            } catch {
                // Already closed.
            }
            this.fd = undefined;
        }
        fs.rmSync(this.directory, { recursive: true, force: true });
    }
}

/** Reads `length` bytes at `position` of the file into `buffer` at `offset` (a read may return fewer). */
function readExactly(fd: number, buffer: Buffer, offset: number, length: number, position: number): void {
    for (let done = 0; done < length; ) {
        const read = fs.readSync(fd, buffer, offset + done, length - done, position + done);
        if (read === 0) throw new Error("the spool is shorter than its spans");
        done += read;
    }
}
