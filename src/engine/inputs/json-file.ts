import * as fs from "node:fs";
import type * as Yaml from "yaml";
import { InputError } from "../errors";

/**
 * How deeply arrays and objects may nest in a JSON document we read. Pulumi documents nest a
 * few dozen levels at most; anything far deeper would only exhaust the stack of whatever walks
 * the value later (the wire decoder, the evaluator, a report), so it is refused up front.
 */
export const MAX_JSON_DEPTH = 1000;

/** YAML is tried only on text this size or smaller, to name the mistake; bigger text is just "not JSON". */
const YAML_SNIFF_LIMIT = 4 * 1024 * 1024;

/**
 * JSON.parse's message may quote the input (Node 20: `Unexpected token 'x', "…" is not valid
 * JSON`); keep the position, drop the quoted text, which could hold secrets.
 */
function parseProblem(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/,?\s*"[\s\S]*" is not valid JSON/, "").replace(/\s+/g, " ").trim();
}

/**
 * Whether valid JSON text nests arrays and objects more than `limit` deep. One pass over the
 * text, no recursion, so it is safe on any input JSON.parse accepted.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            // Jump to the string's closing quote: one that an odd run of backslashes escapes is not it.
            let close = text.indexOf('"', i + 1);
            while (close > 0 && escaped(text, close)) close = text.indexOf('"', close + 1);
            if (close < 0) return false;
            i = close;
        } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
            if (++depth > limit) return true;
        } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
            depth--;
        }
    }
    return false;
}

/** Whether the character at `at` follows an odd number of backslashes. */
function escaped(text: string, at: number): boolean {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
    return backslashes % 2 === 1;
}

/** Text that is not JSON but reads as a YAML mapping or list (a JSON object or array cut short does not count). */
function looksLikeYaml(text: string): boolean {
    const first = text.trimStart()[0];
    if (first === "{" || first === "[" || text.length > YAML_SNIFF_LIMIT) return false;
    try {
        // Loaded only here, on text that is not JSON: the yaml package costs about 0.02 s to load.
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
        const doc: unknown = (require("yaml") as typeof Yaml).parse(text);
        return doc !== null && typeof doc === "object";
    } catch {
        return false;
    }
}

/**
 * Parses JSON text read from `label` (a file name, or `stdin`). Every failure is an InputError
 * naming it: empty, not JSON (YAML named as such), or nested deeper than MAX_JSON_DEPTH.
 * `expects` names who wants JSON, for the YAML hint (`guardrails check`, `--config`).
 */
export function parseJsonText(label: string, text: string, expects = "this command"): unknown {
    if (text.trim() === "") throw new InputError(label, "is empty; expected a JSON document");
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let value: unknown;
    try {
        value = JSON.parse(body);
    } catch (error) {
        if (looksLikeYaml(body)) throw new InputError(label, `is not valid JSON: this looks like YAML; ${expects} expects JSON`);
        throw new InputError(label, `is not valid JSON (${parseProblem(error)})`);
    }
    if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
        throw new InputError(label, `is nested deeper than ${MAX_JSON_DEPTH} levels (arrays and objects inside each other); no Pulumi document nests this deep`);
    }
    return value;
}

/** Reads a file as text; every failure is an InputError naming the file. */
export function readTextFile(file: string, kind = "JSON file"): string {
    try {
        return fs.readFileSync(file, "utf8");
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") throw new InputError(file, "no such file");
        if (code === "EISDIR") throw new InputError(file, `is a directory, not a ${kind}`);
        if (code === "EACCES") throw new InputError(file, "cannot be read (permission denied)");
        throw new InputError(file, `cannot be read (${code ?? "unknown error"})`);
    }
}

/**
 * Reads and parses a JSON file; every failure is an InputError naming the file (see
 * `parseJsonText`). `expects` names who wants JSON, for the hint when the file is YAML.
 */
export function readJsonDocument(file: string, expects?: string): unknown {
    return parseJsonText(file, readTextFile(file), expects);
}

/** Reads and parses a JSON file; every failure is an InputError naming the file. */
export function readJsonFile(file: string): unknown {
    return readJsonDocument(file);
}
