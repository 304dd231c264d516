// Offline-check scale benchmark: generated stacks (bench/generate-stack.mjs, profiles `heavy` and
// `clean`) checked by the real CLI, `guardrails check <file> --format json --output <tmp>`, each
// run in a fresh process (wall time and peak RSS). The floor is measured in the same run on the
// same file: a fresh process that reads it, JSON.parses it and visits every value. The heavy
// profile is also checked with `--decision-log`. Writes the `scale` key of bench/results.json
// (other keys are kept) and prints Markdown tables, with the heavy profile next to its targets.
//
// Environment:
//   BENCH_SIZES              resources per stack (default 1000,10000,100000)
//   BENCH_PROFILES           profiles (default heavy,clean)
//   BENCH_RUNS               runs per measurement (default 3; 1 at 100k resources and more)
//   BENCH_DECISION_LOG_SIZES heavy sizes also checked with --decision-log (default 10000)
//   BENCH_NODE_OPTIONS       NODE_OPTIONS of the checked process (default --max-old-space-size=4096,
//                            so that today's engine is measured rather than stopped by its heap limit)
// Usage: npm run bench:scale   (builds first; never part of npm test)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, createReadStream } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { PROFILES } from "./generate-stack.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, "..", "dist", "src", "cli", "main.js");

const listOf = (name, fallback) => (process.env[name] ?? fallback).split(",").map((s) => s.trim()).filter((s) => s !== "");
const sizes = listOf("BENCH_SIZES", "1000,10000,100000").map(Number);
const profiles = listOf("BENCH_PROFILES", "heavy,clean");
const logSizes = listOf("BENCH_DECISION_LOG_SIZES", "10000").map(Number);
const nodeOptions = process.env.BENCH_NODE_OPTIONS ?? "--max-old-space-size=4096";
const runsFor = (size) => (process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : size >= 100_000 ? 1 : 3);

const problems = [
    ...sizes.filter((n) => !Number.isInteger(n) || n < 3).map((n) => `BENCH_SIZES: "${n}" is not a whole number of at least 3`),
    ...profiles.filter((p) => !PROFILES.includes(p)).map((p) => `BENCH_PROFILES: unknown profile "${p}" (use ${PROFILES.join(", ")})`),
    ...(existsSync(cli) ? [] : [`${cli} is missing: build first (npx tsc -p . or npm run build)`]),
];
if (problems.length > 0) {
    console.error(`bench/scale.mjs: ${problems.join("; ")}`);
    process.exit(2);
}

/** Targets for the heavy profile. */
const TARGETS = { checkMs100k: 10_000, peakRssMiB: 1024, growth100kOver10k: 11, checkOverFloor: 3 };

// Peak RSS: GNU time where it is installed, else a preloaded hook that writes maxRSS at exit.
const gnuTime = existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-f", "%M %U %S", "-o", "/dev/null", "true"]).status === 0;
const rssMethod = gnuTime ? "/usr/bin/time -f \"%M %U %S\"" : "process.resourceUsage() at exit (--require bench/max-rss-hook.cjs)";

const scratch = mkdtempSync(join(tmpdir(), "guardrails-bench-"));
let sequence = 0;

/** Runs `node <args>` in a fresh process: wall time, CPU time (user + system), peak RSS, exit code, output. */
function timed(args, env = {}) {
    const rssFile = join(scratch, `rss-${sequence++}.txt`);
    const nodeArgs = gnuTime ? args : ["--require", join(here, "max-rss-hook.cjs"), ...args];
    const [command, commandArgs] = gnuTime ? ["/usr/bin/time", ["-f", "%M %U %S", "-o", rssFile, process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
    const started = process.hrtime.bigint();
    const out = spawnSync(command, commandArgs, { encoding: "utf8", maxBuffer: 64 * 2 ** 20, env: { ...process.env, ...env, BENCH_MAX_RSS_FILE: rssFile } });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // "<peak KiB> <user s> <system s>"; GNU time writes "Command exited with non-zero status N"
    // before it: take the last line.
    const [rssKiB, userS, systemS] = existsSync(rssFile) ? readFileSync(rssFile, "utf8").trim().split("\n").pop().split(" ").map(Number) : [];
    rmSync(rssFile, { force: true });
    return { ms, cpuMs: (userS + systemS) * 1000, rssMiB: rssKiB / 1024, status: out.status, stdout: out.stdout, stderr: out.stderr };
}

function floor(file) {
    const run = timed([join(here, "scale-worker.mjs"), "floor", file]);
    if (run.status !== 0) throw new Error(`floor of ${file} failed: ${run.stderr.trim()}`);
    return run;
}

/** One CLI check; exit 1 (a mandatory violation) is expected, 2 is a failure, kept with its message. */
function check(file, decisionLog) {
    const output = join(scratch, `report-${sequence++}.json`);
    const args = [cli, "check", file, "--format", "json", "--output", output, ...(decisionLog ? ["--decision-log", decisionLog] : [])];
    const run = timed(args, { NODE_OPTIONS: nodeOptions });
    const result = { ms: run.ms, cpuMs: run.cpuMs, rssMiB: run.rssMiB, status: run.status };
    if (run.status === 0 || run.status === 1) {
        const { summary } = JSON.parse(readFileSync(output, "utf8"));
        Object.assign(result, { checked: summary.resources, findings: summary.violations, mandatory: summary.mandatory });
    } else {
        result.failure = run.stderr.trim().split("\n").pop() || `exit ${run.status}`;
    }
    rmSync(output, { force: true });
    return result;
}

/** Decisions in a log that judged a resource (every outcome but not-applicable). */
async function applicableDecisions(file) {
    let lines = 0;
    let applicable = 0;
    for await (const line of createInterface({ input: createReadStream(file) })) {
        if (line === "") continue;
        lines++;
        if (!line.includes('"outcome":"not-applicable"')) applicable++;
    }
    return { lines, applicable };
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

const round = (value, digits = 0) => (Number.isFinite(value) ? +value.toFixed(digits) : null);

/** Median time and worst RSS of the successful runs; the failure when none succeeded. */
function summarise(runs) {
    const ok = runs.filter((r) => r.failure === undefined);
    if (ok.length === 0) return { failure: runs[0].failure, ms: round(median(runs.map((r) => r.ms))), peakRssMiB: round(Math.max(...runs.map((r) => r.rssMiB))) };
    return { ms: round(median(ok.map((r) => r.ms))), cpuMs: round(median(ok.map((r) => r.cpuMs))), peakRssMiB: round(Math.max(...ok.map((r) => r.rssMiB))), checked: ok[0].checked, findings: ok[0].findings, mandatory: ok[0].mandatory, exitCode: ok[0].status };
}

function generate(size, profile) {
    const file = join(scratch, `stack-${profile}-${size}.json`);
    const out = spawnSync(process.execPath, [join(here, "generate-stack.mjs"), String(size), file, profile], { encoding: "utf8" });
    if (out.status !== 0) throw new Error(`generating ${profile} ${size} failed: ${out.stderr.trim()}`);
    return file;
}

const rows = [];
const logRows = [];
try {
    for (const profile of profiles) {
        for (const size of sizes) {
            const file = generate(size, profile);
            const withLog = profile === "heavy" && logSizes.includes(size);
            const floors = [];
            const checks = [];
            const logged = [];
            let decisions;
            // Interleaved, so that a slow spell of a shared machine touches every kind alike.
            for (let run = 0; run < runsFor(size); run++) {
                floors.push(floor(file));
                checks.push(check(file));
                if (withLog) {
                    const log = join(scratch, `decisions-${sequence++}.jsonl`);
                    logged.push(check(file, log));
                    if (existsSync(log)) {
                        decisions ??= await applicableDecisions(log);
                        logged.at(-1).logMiB = statSync(log).size / 2 ** 20;
                    }
                    rmSync(log, { force: true });
                }
            }
            const floorMs = round(median(floors.map((r) => r.ms)));
            const row = {
                profile,
                resources: size,
                fileMiB: round(statSync(file).size / 2 ** 20, 1),
                floorMs,
                floorCpuMs: round(median(floors.map((r) => r.cpuMs))),
                floorPeakRssMiB: round(Math.max(...floors.map((r) => r.rssMiB))),
                ...summarise(checks),
            };
            row.checkOverFloor = row.failure ? null : round(row.ms / Math.max(floorMs, 1), 1);
            row.checkCpuOverFloorCpu = row.failure ? null : round(row.cpuMs / Math.max(row.floorCpuMs, 1), 1);
            // Per resource the report counts (the stack itself and providers are not checked).
            if (row.findings !== undefined) row.findingsPerResource = round(row.findings / row.checked, 2);
            if (decisions && row.checked) row.rulesPerResource = round(decisions.applicable / row.checked, 2);
            rows.push(row);
            if (withLog) {
                const log = summarise(logged);
                const logMiB = logged.find((r) => r.logMiB !== undefined)?.logMiB;
                logRows.push({ profile, resources: size, checkMs: row.ms, withLogMs: log.ms, withLogOverCheck: row.failure || log.failure ? null : round(log.ms / row.ms, 2), cpuMs: row.cpuMs, withLogCpuMs: log.cpuMs, withLogCpuOverCheckCpu: row.failure || log.failure ? null : round(log.cpuMs / row.cpuMs, 2), peakRssMiB: log.peakRssMiB, logMiB: round(logMiB, 1), logLines: decisions?.lines, failure: log.failure });
            }
            rmSync(file, { force: true });
            const what = row.failure ? `FAILED (${row.failure})` : `${row.ms} ms (${row.checkOverFloor}× floor), peak RSS ${row.peakRssMiB} MiB, ${row.findingsPerResource} findings/resource`;
            process.stderr.write(`${profile} ${size}: check ${what}\n`);
        }
    }
} finally {
    rmSync(scratch, { recursive: true, force: true });
}

// ---- targets (heavy profile) ----
const heavy = (n) => rows.find((r) => r.profile === "heavy" && r.resources === n && !r.failure);
const largest = rows.filter((r) => r.profile === "heavy").sort((a, b) => b.resources - a.resources)[0];
const at100k = heavy(100_000);
const at10k = heavy(10_000);
const heavyRows = rows.filter((r) => r.profile === "heavy");
const verdict = (figure, limit) => (figure === null || figure === undefined ? { figure: null, met: null } : { figure, met: figure <= limit });
const targets = [
    { target: "100k resources: check time", limit: `≤ ${TARGETS.checkMs100k / 1000} s`, unit: "s", ...verdict(at100k ? round(at100k.ms / 1000, 1) : null, TARGETS.checkMs100k / 1000) },
    { target: "peak RSS (largest heavy stack)", limit: `≤ ${TARGETS.peakRssMiB} MiB`, unit: "MiB", ...verdict(largest && !largest.failure ? largest.peakRssMiB : null, TARGETS.peakRssMiB) },
    { target: "100k / 10k check time", limit: `≤ ${TARGETS.growth100kOver10k}×`, unit: "×", ...verdict(at100k && at10k ? round(at100k.ms / at10k.ms, 1) : null, TARGETS.growth100kOver10k) },
    { target: "check / floor (largest heavy stack)", limit: `≤ ${TARGETS.checkOverFloor}×`, unit: "×", ...verdict(largest?.checkOverFloor, TARGETS.checkOverFloor) },
];

const results = {
    date: new Date().toISOString(),
    node: process.version,
    command: "node dist/src/cli/main.js check <file> --format json --output <tmp>",
    floor: "fresh process: read, JSON.parse, visit every value",
    nodeOptions,
    rssMethod,
    rows,
    decisionLog: logRows,
    targets,
};
const resultsFile = join(here, "results.json");
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : {};
writeFileSync(resultsFile, `${JSON.stringify(Object.assign({}, previous, { scale: results }), null, 2)}\n`);

// ---- tables ----
const show = (value, suffix = "") => (value === null || value === undefined ? "–" : `${value}${suffix}`);
console.log(`Peak RSS and CPU: ${rssMethod}. Checked with NODE_OPTIONS=${nodeOptions || "(none)"}. Times are medians; each run a fresh process;`);
console.log("CPU time (user + system) is steadier than wall time on a shared machine.\n");
console.log("| profile | resources | file MiB | floor ms | check ms | check / floor | CPU: check / floor | peak RSS MiB | findings / resource | rules / resource | exit |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
for (const r of rows) {
    const exit = r.failure ? `failed: ${r.failure}` : String(r.exitCode);
    console.log(`| ${r.profile} | ${r.resources} | ${r.fileMiB} | ${r.floorMs} | ${show(r.failure ? null : r.ms)} | ${show(r.checkOverFloor, "×")} | ${show(r.checkCpuOverFloorCpu, "×")} | ${show(r.peakRssMiB)} | ${show(r.findingsPerResource)} | ${show(r.rulesPerResource)} | ${exit} |`);
}
if (heavyRows.length > 0) {
    console.log("\nHeavy profile against its targets:\n");
    console.log("| target | limit | measured | |");
    console.log("| --- | ---: | ---: | --- |");
    for (const t of targets) console.log(`| ${t.target} | ${t.limit} | ${show(t.figure, ` ${t.unit}`.replace(" ×", "×"))} | ${t.met === null ? "not measured" : t.met ? "✅" : "❌"} |`);
}
if (logRows.length > 0) {
    console.log("\nWith --decision-log:\n");
    console.log("| profile | resources | check ms | with log ms | with log / without | CPU: with log / without | peak RSS MiB | log MiB | log lines |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of logRows) {
        const withLog = r.failure ? `failed: ${r.failure}` : r.withLogMs;
        console.log(`| ${r.profile} | ${r.resources} | ${r.checkMs} | ${withLog} | ${show(r.withLogOverCheck, "×")} | ${show(r.withLogCpuOverCheckCpu, "×")} | ${show(r.peakRssMiB)} | ${show(r.logMiB)} | ${show(r.logLines)} |`);
    }
}
