// CLI start-up benchmark: wall time from spawn to exit of each everyday `guardrails` command,
// against a floor measured in the same run (`node -e 0`: starting node itself), next to the
// 0.3 s target of issue 20. Runs are interleaved (every command once per round) so that a busy
// moment of the machine spreads over all commands instead of one. Also counts the modules each
// command loads (one extra run with a --require hook), which is what start-up time follows.
// Writes the `cliStart` entry of bench/results.json and prints a Markdown table.
//
// Usage: npm run bench:cli                      (builds first; never part of npm test)
//        node bench/cli-start.mjs [--runs N] [--baseline <other build's dist/src/cli/main.js>]
// --baseline measures another build in the same run (e.g. one made from `git archive HEAD`),
// and adds its medians and the speed-up to the table.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateStack } from "./generate-stack.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const TARGET_MS = 300;

function argument(name) {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
}
const runs = Number(argument("--runs") ?? process.env.BENCH_RUNS ?? 7);
if (!Number.isInteger(runs) || runs < 5) throw new Error("--runs: at least 5 runs, for a median worth the name");
const cli = resolve(here, "..", "dist", "src", "cli", "main.js");
const baselineArg = argument("--baseline");
const baseline = baselineArg ? resolve(baselineArg) : undefined;
for (const file of [cli, baseline].filter(Boolean)) {
    if (!existsSync(file)) throw new Error(`${file} not found: build first (npm run build)`);
}

const scratch = mkdtempSync(join(tmpdir(), "guardrails-cli-start-"));
const hook = join(scratch, "count-modules.cjs");
writeFileSync(
    hook,
    `process.on("exit", () => {
    const files = Object.keys(require.cache);
    require("node:fs").writeFileSync(process.env.BENCH_MODULES_FILE, JSON.stringify({
        modules: files.length,
        pulumi: files.filter((f) => /[\\\\/]node_modules[\\\\/]@pulumi[\\\\/]/.test(f)).length,
    }));
});
`,
);

/** Runs `args` under node in the scratch directory; exit code, wall milliseconds, output. */
function run(args, { env } = {}) {
    const started = process.hrtime.bigint();
    const out = spawnSync(process.execPath, args, { cwd: scratch, encoding: "utf8", env: { ...process.env, ...env } });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (out.error) throw out.error;
    return { status: out.status, ms, stdout: out.stdout, stderr: out.stderr };
}

/** Runs the CLI, failing the benchmark when it does not end as a command should. */
function guardrails(main, args, expected = [0]) {
    const result = run([main, ...args]);
    if (!expected.includes(result.status)) throw new Error(`guardrails ${args.join(" ")} exited ${result.status}: ${result.stderr.trim()}`);
    return result;
}

// Inputs the governance commands read, made with the CLI itself: an exemptions file, a decision
// log (from a check of the small stack) and a provisioning key.
const small = join(scratch, "stack-100.json");
writeFileSync(small, JSON.stringify(generateStack(100)));
guardrails(cli, ["exempt", "add", "--file", "exemptions.yaml", "--env", "dev", "--policy", "s3-no-public-acl", "--resource", "urn:pulumi:bench::*", "--reason", "bench", "--for", "4h", "--approved-by", "bench"]);
guardrails(cli, ["check", small, "--format", "json", "--decision-log", "decisions.jsonl"], [0, 1]);
guardrails(cli, ["key", "issue", "--env", "dev", "--output", "key.json"]);

// What each command takes, and the exit codes that mean it ran (check finds violations: 1).
const commands = [
    { name: "--version", args: ["--version"] },
    { name: "--help", args: ["--help"] },
    { name: "catalog", args: ["catalog"] },
    { name: "frameworks", args: ["frameworks"] },
    { name: "exempt list", args: ["exempt", "list", "--file", "exemptions.yaml"] },
    { name: "log", args: ["log", "decisions.jsonl"] },
    { name: "key verify", args: ["key", "verify", "key.json", "--env", "dev"] },
    { name: "trust list", args: ["trust", "list"] },
    { name: "check (100 resources)", args: ["check", small], expected: [0, 1], target: false },
];
const builds = [{ label: "current", main: cli }, ...(baseline ? [{ label: "baseline", main: baseline }] : [])];

const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};

const floorTimes = [];
const times = new Map(builds.flatMap((b) => commands.map((c) => [`${b.label}:${c.name}`, []])));
try {
    // One warm-up round (file cache), not counted.
    run(["-e", "0"]);
    for (const b of builds) for (const c of commands) guardrails(b.main, c.args, c.expected);
    for (let round = 0; round < runs; round++) {
        floorTimes.push(run(["-e", "0"]).ms);
        for (const b of builds) {
            for (const c of commands) times.get(`${b.label}:${c.name}`).push(guardrails(b.main, c.args, c.expected).ms);
        }
        process.stderr.write(`round ${round + 1}/${runs}\n`);
    }
    const modulesFile = join(scratch, "modules.json");
    const modules = new Map();
    for (const b of builds) {
        for (const c of commands) {
            const result = run(["--require", hook, b.main, ...c.args], { env: { BENCH_MODULES_FILE: modulesFile } });
            if (!(c.expected ?? [0]).includes(result.status)) throw new Error(`guardrails ${c.args.join(" ")} exited ${result.status} under the module counter`);
            modules.set(`${b.label}:${c.name}`, JSON.parse(readFileSync(modulesFile, "utf8")));
        }
    }

    const floor = median(floorTimes);
    const rows = commands.map((c) => {
        const ms = median(times.get(`current:${c.name}`));
        const row = {
            command: c.name,
            ms: Math.round(ms),
            minMs: Math.round(Math.min(...times.get(`current:${c.name}`))),
            overFloor: +(ms / floor).toFixed(1),
            target: c.target === false ? undefined : TARGET_MS,
            meetsTarget: c.target === false ? undefined : ms <= TARGET_MS,
            ...modules.get(`current:${c.name}`),
        };
        if (baseline) {
            const before = median(times.get(`baseline:${c.name}`));
            row.baselineMs = Math.round(before);
            row.baselineModules = modules.get(`baseline:${c.name}`).modules;
            row.speedup = +(before / ms).toFixed(1);
        }
        return row;
    });

    const results = { date: new Date().toISOString(), node: process.version, runs, floorMs: Math.round(floor), targetMs: TARGET_MS, baseline, rows };
    const resultsFile = join(here, "results.json");
    const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : undefined;
    writeFileSync(resultsFile, `${JSON.stringify({ ...previous, cliStart: results }, null, 2)}\n`);

    const load = loadavg()[0].toFixed(2);
    console.log(`guardrails start-up, median of ${runs} runs (and the fastest); floor \`node -e 0\` ${Math.round(floor)} ms; target ≤ ${TARGET_MS} ms; load average ${load} on ${cpus().length} cores`);
    console.log("");
    const head = ["command", "ms", "min ms", "× floor", `≤ ${TARGET_MS} ms`, "modules", "@pulumi modules", ...(baseline ? ["baseline ms", "baseline modules", "speed-up"] : [])];
    console.log(`| ${head.join(" | ")} |`);
    console.log(`| --- | ${head.slice(1).map(() => "---:").join(" | ")} |`);
    console.log(`| node -e 0 (floor) | ${Math.round(floor)} | ${Math.round(Math.min(...floorTimes))} | 1.0× | | | |${baseline ? " | | |" : ""}`);
    for (const r of rows) {
        const verdict = r.meetsTarget === undefined ? "(no target)" : r.meetsTarget ? "yes" : "NO";
        const cells = [r.command, r.ms, r.minMs, `${r.overFloor}×`, verdict, r.modules, r.pulumi, ...(baseline ? [r.baselineMs, r.baselineModules, `${r.speedup}×`] : [])];
        console.log(`| ${cells.join(" | ")} |`);
    }
    const missed = rows.filter((r) => r.meetsTarget === false);
    if (missed.length) console.log(`\nover the ${TARGET_MS} ms target: ${missed.map((r) => r.command).join(", ")}`);
} finally {
    rmSync(scratch, { recursive: true, force: true });
}
