// The floor of the scale benchmark, run in a fresh process: read the file, JSON.parse it and visit
// every key and element once — what any tool that reads the whole stack must at least do.
// Usage: node bench/scale-worker.mjs floor <file>   (prints { values } on stdout)
import { readFileSync } from "node:fs";

/** Visits every value of a parsed JSON document (iteratively: stacks nest deeply); returns how many. */
export function visitAll(document) {
    let values = 0;
    const pending = [document];
    while (pending.length > 0) {
        const value = pending.pop();
        values++;
        if (value === null || typeof value !== "object") continue;
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) pending.push(value[i]);
        } else {
            for (const key in value) pending.push(value[key]);
        }
    }
    return values;
}

const [mode, file] = process.argv.slice(2);
if (mode !== "floor" || !file) {
    console.error("usage: node bench/scale-worker.mjs floor <file>");
    process.exit(2);
}
process.stdout.write(JSON.stringify({ values: visitAll(JSON.parse(readFileSync(file, "utf8"))) }));
