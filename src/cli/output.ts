import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../engine";

/**
 * Writes `content` to `file` all at once: to a temporary file beside it, then renamed over it,
 * so an interrupted run never leaves a half-written report.
 */
export function writeFileAtomically(file: string, content: string): void {
    const dir = path.dirname(path.resolve(file));
    if (!fs.existsSync(dir)) throw new InputError(file, `cannot write: directory ${dir} does not exist`);
    const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
    try {
        fs.writeFileSync(temp, content);
        fs.renameSync(temp, file);
    } catch (error) {
        fs.rmSync(temp, { force: true });
        throw new InputError(file, `cannot write (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`);
    }
}

/** Prints a report to stdout, or writes it to `--output`. */
export function emit(content: string, output: string | undefined): void {
    if (output) writeFileAtomically(output, content);
    else process.stdout.write(content);
}
