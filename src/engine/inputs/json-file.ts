import * as fs from "node:fs";
import { InputError } from "../errors";

/**
 * JSON.parse's message may quote the input (Node 20: `Unexpected token 'x', "…" is not valid
 * JSON`); keep the position, drop the quoted text, which could hold secrets.
 */
function parseProblem(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/,?\s*"[\s\S]*" is not valid JSON/, "").replace(/\s+/g, " ").trim();
}

/** Reads and parses a JSON file; every failure is an InputError naming the file. */
export function readJsonFile(file: string): unknown {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") throw new InputError(file, "no such file");
        if (code === "EISDIR") throw new InputError(file, "is a directory, not a JSON file");
        if (code === "EACCES") throw new InputError(file, "cannot be read (permission denied)");
        throw new InputError(file, `cannot be read (${code ?? "unknown error"})`);
    }
    if (text.trim() === "") throw new InputError(file, "is empty; expected a JSON document");
    try {
        return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
        throw new InputError(file, `is not valid JSON (${parseProblem(error)})`);
    }
}
