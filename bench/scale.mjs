// Offline-check scale benchmark: generated stacks of 1k, 10k and 100k resources, each checked
// in a fresh process (time and peak RSS), against a baseline measured in the same run: reading
// and parsing the same file. Writes bench/results.json and prints a Markdown table.
// Usage: npm run bench   (builds first; never part of npm test)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateStack } from "./generate-stack.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const scratch = mkdtempSync(join(tmpdir(), "guardrails-bench-"));

function measure(mode, file) {
    const out = spawnSync(process.execPath, ["--max-old-space-size=4096", join(here, "scale-worker.mjs"), mode, file], { encoding: "utf8" });
    if (out.status !== 0) throw new Error(`${mode} ${file} failed: ${out.stderr}`);
    return JSON.parse(out.stdout);
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

const rows = [];
try {
    for (const size of sizes) {
        const file = join(scratch, `stack-${size}.json`);
        writeFileSync(file, JSON.stringify(generateStack(size)));
        const parse = Array.from({ length: runs }, () => measure("parse", file));
        const check = Array.from({ length: runs }, () => measure("check", file));
        const row = {
            resources: size,
            fileMiB: +(statSync(file).size / 2 ** 20).toFixed(1),
            parseMs: +median(parse.map((r) => r.ms)).toFixed(0),
            checkMs: +median(check.map((r) => r.ms)).toFixed(0),
            checkMaxRssMiB: +Math.max(...check.map((r) => r.maxRssMiB)).toFixed(0),
            findings: check[0].findings,
        };
        row.checkToParse = +(row.checkMs / Math.max(row.parseMs, 1)).toFixed(1);
        rows.push(row);
        process.stderr.write(`${size} resources: check ${row.checkMs} ms (${row.checkToParse}× parse), peak RSS ${row.checkMaxRssMiB} MiB\n`);
    }
} finally {
    rmSync(scratch, { recursive: true, force: true });
}

const at = (n) => rows.find((r) => r.resources === n);
const growth = at(100000) && at(10000) ? +(at(100000).checkMs / at(10000).checkMs).toFixed(2) : undefined;
const results = { date: new Date().toISOString(), node: process.version, runs, rows, growth100kOver10k: growth };
const resultsFile = join(here, "results.json");
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : undefined;
writeFileSync(resultsFile, `${JSON.stringify({ ...previous, scale: results }, null, 2)}\n`);

console.log("| resources | file MiB | parse ms (baseline) | check ms | check / parse | peak RSS MiB | findings |");
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) console.log(`| ${r.resources} | ${r.fileMiB} | ${r.parseMs} | ${r.checkMs} | ${r.checkToParse}× | ${r.checkMaxRssMiB} | ${r.findings} |`);
if (growth !== undefined) console.log(`\n100k / 10k check time: ${growth}× (linear would be 10×)`);
