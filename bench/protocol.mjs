// Analyzer-protocol benchmark: our policy packs launched exactly as the Pulumi engine launches
// them (src/engine/analyzer-host.ts) and driven over gRPC, each figure a ratio to a baseline
// measured in the same run on the same machine:
//   1. cold start (launch → first GetAnalyzerInfo answer), median of BENCH_RUNS runs, for an
//      empty @pulumi/policy pack (baseline), the repository-root pack under our analyzer server
//      and under @pulumi/policy's (GUARDRAILS_ANALYZER_SERVER=sdk), with BENCH_PUBLISHED=1 every
//      published pack under dist/policy-packs/ (as last built: `npm run build:packs`), and
//      @pulumi/awsguard (installed from the registry into a temporary directory outside the repository);
//   2. sequential Analyze calls per second on clean resources (rule examples that no rule
//      reports) and on violation-heavy ones (the examples with the most findings), side by side:
//      a one-policy pack (baseline), the combined pack under the SDK's server and under ours, for
//      reference a pack of as many trivial never-matching policies (what @pulumi/policy costs per
//      policy and call), and in-process evaluation of the same rules on the same resources in this
//      process (the floor: no gRPC, no decoding);
//   3. AnalyzeStack time on 1k and 10k generated resources (bench/generate-stack.mjs), against
//      a one-stack-policy pack (the protocol floor), and the 10k / 1k growth.
// Targets printed beside the figures: combined pack (ours) ≥ 0.8× the one-policy pack on clean
// resources; protocol ≤ 15% over in-process on heavy ones; cold start ≤ 1.2× the empty pack.
// Writes the `protocol` key of bench/results.json (other keys kept) and prints Markdown tables.
// Usage: npx tsc -p . && node bench/protocol.mjs   (or npm run bench:protocol; never part of npm test)
// Environment: BENCH_RUNS (cold starts per pack, default 7), BENCH_CALLS (Analyze calls per round,
// default 600), BENCH_ROUNDS (throughput rounds, default 5), BENCH_STACK_SIZES (default
// 1000,10000; `none` skips section 3), BENCH_AWSGUARD=skip | <dir with @pulumi/awsguard installed> (default: install),
// BENCH_PUBLISHED=1 (also cold-start the published packs),
// BENCH_PROFILE_DIR (CPU profile of every pack process, written there when it is stopped, via
// bench/cpu-profile-hook.js; profiling slows the packs, so read the timings of such a run as relative only).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { clearTimeout, setTimeout } from "node:timers";
import { fileURLToPath } from "node:url";
import { generateStack } from "./generate-stack.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const require = createRequire(import.meta.url);
const distEngine = join(root, "dist", "src", "engine", "index.js");
const withPublished = process.env.BENCH_PUBLISHED === "1";
if (!existsSync(distEngine) || (withPublished && !existsSync(join(root, "dist", "policy-packs")))) {
    console.error(`dist/${withPublished ? " or dist/policy-packs/" : ""} is missing: run \`${withPublished ? "npm run build:packs" : "npx tsc -p ."}\` first.`);
    process.exit(2);
}
const { launchPolicyPack, engineConfig, convertInput, encodeProps, buildPolicies, evaluatePolicies } = require(distEngine);
const { mockResource } = require(join(root, "dist", "src", "testing", "index.js"));
const { allRules } = require(join(root, "dist", "packs", "index.js"));

const runs = Number(process.env.BENCH_RUNS ?? 7);
const callsPerRound = Number(process.env.BENCH_CALLS ?? 600);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const stackSizes = process.env.BENCH_STACK_SIZES === "none" ? [] : (process.env.BENCH_STACK_SIZES ?? "1000,10000").split(",").map(Number);
const awsguardSetting = process.env.BENCH_AWSGUARD ?? "install";
const packEnv = process.env.BENCH_PROFILE_DIR
    ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${join(here, "cpu-profile-hook.js")}`.trim(), BENCH_PROFILE_DIR: process.env.BENCH_PROFILE_DIR }
    : {};
const launchOptions = { startTimeoutMs: 60_000, callTimeoutMs: 120_000, env: packEnv };

const log = (line) => process.stderr.write(`${line}\n`);
const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 0) => (value === undefined || Number.isNaN(value) ? undefined : +value.toFixed(digits));
const firstLine = (error) => String(error?.message ?? error).split("\n")[0].slice(0, 300);

// ---------------------------------------------------------------------------------------------
// Every pack process we start is tracked, so that it is stopped on every path (also on errors
// and on Ctrl-C); every temporary file we create is removed at the end.
const running = new Set();
const cleanups = [];
/** The environment that picks the analyzer server of a pack built on composePack. */
const SDK_SERVER = { GUARDRAILS_ANALYZER_SERVER: "sdk" };
const OWN_SERVER = { GUARDRAILS_ANALYZER_SERVER: "own" };
async function launch(dir, env = {}) {
    const before = new Set(descendants(process.pid));
    const pack = await launchPolicyPack(dir, { ...launchOptions, env: { ...launchOptions.env, ...env } });
    running.add(pack);
    // The processes this launch started: whose CPU time an Analyze round costs the pack.
    pack.benchPids = descendants(process.pid).filter((pid) => !before.has(pid));
    return pack;
}

// ---------------------------------------------------------------------------------------------
// CPU time of the pack's processes (Linux /proc): what a call costs the pack itself, apart from
// this process's gRPC client, which the engine (Go) replaces.
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;
function procStat(pid) {
    try {
        const text = readFileSync(`/proc/${pid}/stat`, "utf8");
        // Fields after the command name (which may hold spaces), from field 3 on.
        const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
        return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
    } catch {
        return undefined;
    }
}
function descendants(root) {
    if (!existsSync("/proc/self/stat")) return [];
    const parents = new Map();
    for (const entry of readdirSync("/proc")) {
        if (!/^\d+$/.test(entry)) continue;
        const stat = procStat(Number(entry));
        if (stat) parents.set(Number(entry), stat.ppid);
    }
    const found = [];
    const pending = [root];
    while (pending.length > 0) {
        const parent = pending.pop();
        for (const [pid, ppid] of parents) if (ppid === parent) {
            found.push(pid);
            pending.push(pid);
        }
    }
    return found;
}
/** CPU milliseconds the pack's processes have used so far (undefined where /proc is not there). */
function packCpuMs(pack) {
    if (!pack.benchPids || pack.benchPids.length === 0) return undefined;
    return (pack.benchPids.reduce((sum, pid) => sum + (procStat(pid)?.cpuTicks ?? 0), 0) * 1000) / CLOCK_TICKS;
}
async function stop(pack) {
    if (!pack) return;
    running.delete(pack);
    await pack.stop();
}
async function stopAll() {
    await Promise.allSettled([...running].map((pack) => stop(pack)));
}
function cleanUp() {
    for (const fn of cleanups.splice(0).reverse()) {
        try {
            fn();
        } catch (e) {
            log(`cleanup: ${firstLine(e)}`);
        }
    }
}
for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
        log(`${signal}: stopping pack processes`);
        stopAll().finally(() => {
            cleanUp();
            process.exit(130);
        });
    });
}

// ---------------------------------------------------------------------------------------------
// Baseline packs, in a temporary directory that resolves @pulumi/policy and @pulumi/pulumi
// through a symlink to the repository's node_modules.
const scratch = mkdtempSync(join(tmpdir(), "guardrails-bench-protocol-"));
cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));

function writeBaselinePack(name, body) {
    const dir = join(scratch, name);
    mkdirSync(dir);
    writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: `bench-${name}`, version: "0.0.1", private: true, main: "index.js" }, null, 2)}\n`);
    writeFileSync(join(dir, "PulumiPolicy.yaml"), `runtime: nodejs\ndescription: benchmark baseline (${name})\n`);
    writeFileSync(join(dir, "index.js"), `const { PolicyPack } = require("@pulumi/policy");\n${body}\n`);
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    return dir;
}
const emptyPack = writeBaselinePack("empty", `new PolicyPack("empty", { policies: [] });`);
const onePolicyPack = writeBaselinePack(
    "one-policy",
    `new PolicyPack("one-policy", { policies: [{
    name: "no-bogus-flag",
    description: "A trivial resource policy: the floor of per-call cost.",
    enforcementLevel: "advisory",
    validateResource: (args, reportViolation) => { if (args.props.bogus === true) reportViolation("bogus"); },
}] });`,
);
const stackFloorPack = writeBaselinePack(
    "one-stack-policy",
    `new PolicyPack("one-stack-policy", { policies: [{
    name: "count-resources",
    description: "A trivial stack policy that visits every resource once: the floor of AnalyzeStack.",
    enforcementLevel: "advisory",
    validateStack: (args, reportViolation) => { let n = 0; for (const r of args.resources) if (r.type) n++; if (n < 0) reportViolation("never"); },
}] });`,
);

/** N trivial policies the server skips by type (`__pulumiType`, as validateResourceOfType sets it). */
function writeSameCountFloorPack(count) {
    return writeBaselinePack(
        `skipped-${count}`,
        `new PolicyPack("skipped-${count}", { policies: Array.from({ length: ${count} }, (_, i) => ({
    name: \`skipped-\${i}\`,
    description: "A trivial policy for a type that never occurs.",
    enforcementLevel: "advisory",
    validateResource: Object.assign(() => undefined, { __pulumiType: \`bench:index/never:Never\${i}\` }),
})) });`,
    );
}

// Published pack directories get node_modules by symlink (no npm install); ours are removed at the end.
const packsRoot = join(root, "dist", "policy-packs");
const publishedPacks = !withPublished ? [] : readdirSync(packsRoot).filter((name) => existsSync(join(packsRoot, name, "package.json"))).sort();
for (const name of publishedPacks) {
    const link = join(packsRoot, name, "node_modules");
    if (existsSync(link)) continue;
    symlinkSync(join(root, "node_modules"), link, "dir");
    cleanups.push(() => lstatSync(link).isSymbolicLink() && unlinkSync(link));
}

// @pulumi/awsguard from the registry, in a temporary directory outside the repository.
function run(command, args, options, timeoutMs) {
    return new Promise((resolve) => {
        const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
        let output = "";
        child.stdout.on("data", (c) => (output += c));
        child.stderr.on("data", (c) => (output += c));
        const timer = setTimeout(() => {
            output += `\n(timed out after ${timeoutMs} ms)`;
            try {
                process.kill(-child.pid, "SIGKILL");
            } catch {
                child.kill("SIGKILL");
            }
        }, timeoutMs);
        child.on("error", (e) => (output += `\n${e.message}`));
        child.on("close", (code, signal) => {
            clearTimeout(timer);
            resolve({ code, signal, output });
        });
    });
}

async function prepareAwsguard() {
    if (awsguardSetting === "skip") return { skipped: "BENCH_AWSGUARD=skip" };
    let dir;
    if (awsguardSetting !== "install") {
        dir = awsguardSetting;
        if (!existsSync(join(dir, "node_modules", "@pulumi", "awsguard"))) return { error: `${dir} has no node_modules/@pulumi/awsguard` };
    } else {
        dir = join(scratch, "awsguard");
        mkdirSync(dir);
        writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "bench-awsguard", version: "0.0.1", private: true, main: "index.js" }, null, 2)}\n`);
        writeFileSync(join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\ndescription: AWS Guard (benchmark comparison)\n");
        // TypeScript pinned to 5.x: @pulumi/pulumi's peer range otherwise sends npm 11 into a long
        // peer resolution (design.md, Habits). Install scripts are not run (none is needed to load).
        const started = performance.now();
        const out = await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "@pulumi/awsguard", "typescript@5"], { cwd: dir }, 180_000);
        const installMs = performance.now() - started;
        if (out.code !== 0) return { error: `npm install @pulumi/awsguard failed (code ${out.code}, signal ${out.signal}): ${out.output.trim().split("\n").slice(-3).join(" / ")}`.slice(0, 500) };
        log(`installed @pulumi/awsguard in ${(installMs / 1000).toFixed(1)} s`);
    }
    // The awsguard pack template: a pack whose entry constructs AwsGuard (all policies at their defaults).
    if (!existsSync(join(dir, "index.js"))) writeFileSync(join(dir, "index.js"), `const { AwsGuard } = require("@pulumi/awsguard");\nnew AwsGuard({ all: "advisory" });\n`);
    const version = (file) => {
        try {
            return JSON.parse(readFileSync(join(dir, "node_modules", ...file.split("/"), "package.json"), "utf8")).version;
        } catch {
            return undefined;
        }
    };
    return { dir, versions: { awsguard: version("@pulumi/awsguard"), aws: version("@pulumi/aws"), policy: version("@pulumi/policy"), pulumi: version("@pulumi/pulumi") } };
}

// ---------------------------------------------------------------------------------------------
// 1. Cold start.
async function coldStartOnce(dir, env) {
    const started = performance.now();
    const pack = await launch(dir, env);
    try {
        const info = await pack.getAnalyzerInfo();
        return { ms: performance.now() - started, name: info.name, version: info.version, policies: info.policies.length };
    } finally {
        await stop(pack);
    }
}

async function coldStarts(targets) {
    const samples = new Map(targets.map((t) => [t.label, []]));
    const infos = new Map();
    const errors = new Map();
    // One discarded warm-up round (file cache), then `runs` rounds; packs interleaved within a
    // round so that drift on the machine hits every pack alike.
    for (let r = -1; r < runs; r++) {
        for (const target of targets) {
            if (errors.has(target.label)) continue;
            try {
                const sample = await coldStartOnce(target.dir, target.env);
                infos.set(target.label, sample);
                if (r >= 0) samples.get(target.label).push(sample.ms);
            } catch (e) {
                errors.set(target.label, firstLine(e));
                log(`cold start ${target.label}: ${firstLine(e)}`);
            }
        }
        if (r >= 0) log(`cold start round ${r + 1}/${runs} done`);
    }
    const base = median(samples.get("empty"));
    return targets.map((t) => {
        const ms = samples.get(t.label);
        const info = infos.get(t.label);
        if (errors.has(t.label) || !ms.length) return { pack: t.label, kind: t.kind, error: errors.get(t.label) ?? "no sample", ...t.note };
        return {
            pack: t.label,
            kind: t.kind,
            name: info.name,
            version: info.version,
            policies: info.policies,
            medianMs: round(median(ms)),
            minMs: round(Math.min(...ms)),
            maxMs: round(Math.max(...ms)),
            samplesMs: ms.map((v) => round(v)),
            toEmpty: round(median(ms) / base, 2),
            ...t.note,
        };
    });
}

// ---------------------------------------------------------------------------------------------
// 2. Analyze throughput on clean and on violation-heavy resources, over the protocol and in process.

/** The combined pack's resource policies (what Analyze runs) and engine config, built here as the pack builds them. */
function inProcessPack() {
    const policies = buildPolicies(allRules.filter((r) => r.kind === "resource"));
    const info = { policies: policies.map((p) => ({ name: p.name, enforcementLevel: p.enforcementLevel, configSchema: p.configSchema })) };
    const config = Object.fromEntries(Object.entries(engineConfig(info)).map(([name, c]) => [name, { ...c.properties, enforcementLevel: c.enforcementLevel }]));
    return { policies, config };
}

const packLabel = { packName: "pulumi-guardrails", packVersion: JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version };
const evaluateOne = (pack, resource) => evaluatePolicies(pack.policies, [resource], { ...packLabel, config: pack.config, remediate: false });

/**
 * Resources from the rules' own examples, judged in process at the default levels: clean ones
 * (no finding; a compliant example is also tried with the tags the tagging rules ask for) and
 * the violation-heavy ones (most findings first).
 */
async function workloads(pack) {
    const tags = { owner: "team-payments", environment: "prod", "cost-center": "cc-42" };
    const examples = allRules
        .filter((r) => r.kind === "resource")
        .flatMap((r) => [...(r.examples?.compliant ?? []).map((e) => ["compliant", e]), ...(r.examples?.violating ?? []).map((e) => ["violating", e])]);
    const clean = [];
    const judged = [];
    for (const [kind, example] of examples) {
        for (const [i, r] of example.resources.entries()) {
            const variants = kind === "compliant" ? [r.props, { ...r.props, tags: { ...(r.props.tags ?? {}), ...tags } }] : [r.props];
            for (const props of variants) {
                const resource = mockResource.untyped(r.type, { ...props }, { name: `${r.name ?? "r"}-${judged.length}-${i}` });
                const { diagnostics } = await evaluateOne(pack, resource);
                judged.push({ resource, findings: diagnostics.length });
                if (kind === "compliant" && diagnostics.length === 0) {
                    clean.push(resource);
                    break;
                }
            }
        }
    }
    const heavy = judged.sort((a, b) => b.findings - a.findings).slice(0, 40).map((j) => j.resource);
    return { clean, heavy };
}

const toWire = (r) => ({ type: r.type, urn: r.urn, name: r.name, props: encodeProps(r.props, r.secretPaths) });

async function analyzeRound(pack, resources, count) {
    let diagnostics = 0;
    let notApplicable = 0;
    let reasonChars = 0;
    const cpuBefore = packCpuMs(pack);
    const started = performance.now();
    for (let i = 0; i < count; i++) {
        const result = await pack.analyze(resources[i % resources.length]);
        diagnostics += result.diagnostics.length;
        notApplicable += result.notApplicable.length;
        for (const n of result.notApplicable) reasonChars += n.reason.length;
    }
    const ms = performance.now() - started;
    const cpuAfter = packCpuMs(pack);
    const cpuMsPerCall = cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / count;
    return { callsPerSec: (count * 1000) / ms, cpuMsPerCall, diagnosticsPerCall: diagnostics / count, notApplicablePerCall: notApplicable / count, reasonCharsPerCall: reasonChars / count };
}

async function inProcessRound(pack, resources, count) {
    let diagnostics = 0;
    let notApplicable = 0;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < count; i++) {
        const result = await evaluateOne(pack, resources[i % resources.length]);
        diagnostics += result.diagnostics.length;
        notApplicable += result.notApplicable.length;
    }
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMsPerCall = (cpu.user + cpu.system) / 1000 / count;
    return { callsPerSec: (count * 1000) / ms, cpuMsPerCall, diagnosticsPerCall: diagnostics / count, notApplicablePerCall: notApplicable / count, reasonCharsPerCall: undefined };
}

const COMBINED_OWN = "combined pack, our server";
const COMBINED_SDK = "combined pack, @pulumi/policy server";
const ONE_POLICY = "one-policy pack (baseline)";
const IN_PROCESS = "in-process evaluation of the resource rules (floor)";

/** A measured ratio against its upper limit; not judged when it could not be measured. */
const atMost = (value, limit) => ({ value, met: value === undefined ? null : value <= limit });

/** Throughput on the pack's CPU: `base`'s CPU per call over `row`'s, against 0.8×. */
function cpuRatio(base, row) {
    if (base.cpuMsPerCall === undefined || row.cpuMsPerCall === undefined) return { met: null, value: undefined };
    const value = round(base.cpuMsPerCall / row.cpuMsPerCall, 2);
    return { value, met: value >= 0.8 };
}

async function throughput(combinedDir) {
    const pack = inProcessPack();
    const sets = await workloads(pack);
    log(`workloads: ${sets.clean.length} clean resources, ${sets.heavy.length} violation-heavy resources`);
    const wires = { clean: sets.clean.map(toWire), heavy: sets.heavy.map(toWire) };
    const contenders = [
        [ONE_POLICY, onePolicyPack, {}],
        [COMBINED_SDK, combinedDir, SDK_SERVER],
        [COMBINED_OWN, combinedDir, OWN_SERVER],
        [`${allRules.length + 1} skipped trivial policies (SDK floor, reference)`, writeSameCountFloorPack(allRules.length + 1), {}],
    ];
    const launched = [];
    try {
        for (const [label, dir, env] of contenders) {
            const p = await launch(dir, env);
            const info = await p.getAnalyzerInfo();
            await p.configure(engineConfig(info));
            for (const set of Object.values(wires)) await analyzeRound(p, set, Math.min(200, callsPerRound)); // warm-up (JIT, connection)
            launched.push({ label, pack: p, policies: info.policies.length, rounds: { clean: [], heavy: [] } });
        }
        const local = { label: IN_PROCESS, policies: pack.policies.length, rounds: { clean: [], heavy: [] } };
        for (const set of Object.values(sets)) await inProcessRound(pack, set, Math.min(200, callsPerRound));
        // One contender driven at a time; the rounds alternate between them and between the workloads.
        for (let r = 0; r < rounds; r++) {
            for (const name of ["clean", "heavy"]) {
                for (const p of launched) p.rounds[name].push(await analyzeRound(p.pack, wires[name], callsPerRound));
                local.rounds[name].push(await inProcessRound(pack, sets[name], callsPerRound));
            }
            log(`Analyze round ${r + 1}/${rounds} done`);
        }
        launched.push(local);
    } finally {
        await Promise.allSettled(launched.filter((p) => p.pack).map((p) => stop(p.pack)));
    }
    const rowsFor = (name) => {
        const perSec = (p) => median(p.rounds[name].map((x) => x.callsPerSec));
        const base = perSec(launched.find((p) => p.label === ONE_POLICY));
        const floor = perSec(launched.find((p) => p.label === IN_PROCESS));
        const cpuPerCall = (p) => {
            const values = p.rounds[name].map((x) => x.cpuMsPerCall);
            return values.some((v) => v === undefined) ? undefined : median(values);
        };
        const baseCpu = cpuPerCall(launched.find((p) => p.label === ONE_POLICY));
        const floorCpu = cpuPerCall(launched.find((p) => p.label === IN_PROCESS));
        return launched.map((p) => {
            const cpu = cpuPerCall(p);
            return {
                pack: p.label,
                policies: p.policies,
                callsPerSec: round(perSec(p)),
                msPerCall: round(1000 / perSec(p), 3),
                roundsCallsPerSec: p.rounds[name].map((x) => round(x.callsPerSec)),
                diagnosticsPerCall: round(p.rounds[name][0].diagnosticsPerCall, 2),
                notApplicablePerCall: round(p.rounds[name][0].notApplicablePerCall, 1),
                notApplicableReasonCharsPerCall: round(p.rounds[name][0].reasonCharsPerCall),
                toOnePolicy: round(perSec(p) / base, 2),
                // Time per call over the in-process floor's (1.15 = 15% over).
                toInProcessTime: round(floor / perSec(p), 2),
                // CPU the pack's own processes spend per call (the client's share left out).
                cpuMsPerCall: cpu === undefined ? undefined : round(cpu, 3),
                cpuToInProcess: cpu === undefined || !floorCpu ? undefined : round(cpu / floorCpu, 2),
                // What the protocol adds per call over the one-policy pack's CPU (decoding, gRPC, the answer).
                cpuOverOnePolicyMs: cpu === undefined || baseCpu === undefined ? undefined : round(cpu - baseCpu, 3),
            };
        });
    };
    return { resources: { clean: sets.clean.length, heavy: sets.heavy.length }, callsPerRound, rounds, clean: rowsFor("clean"), heavy: rowsFor("heavy") };
}

// ---------------------------------------------------------------------------------------------
// 3. AnalyzeStack on generated stacks, resources as the engine sends them (outputs when known).
function stackResources(size) {
    const { resources } = convertInput(`generated-${size}`, generateStack(size));
    return resources.map((r) => ({
        type: r.type,
        urn: r.urn,
        name: r.name,
        props: r.outputs ? encodeProps(r.outputs) : encodeProps(r.props, r.secretPaths),
        parent: r.parent,
        dependencies: r.dependencies,
        propertyDependencies: r.propertyDependencies,
        provider: r.provider,
    }));
}

async function stackRules(combinedDir) {
    const stacks = stackSizes.map((size) => ({ size, resources: stackResources(size) }));
    const results = [];
    const packs = [];
    try {
        for (const [label, dir] of [["one-stack-policy (floor)", stackFloorPack], ["pulumi-guardrails (repo root)", combinedDir]]) {
            const pack = await launch(dir);
            const info = await pack.getAnalyzerInfo();
            await pack.configure(engineConfig(info));
            packs.push({ label, pack, stackPolicies: info.policies.filter((p) => p.kind === "stack").length });
        }
        for (const { size, resources } of stacks) {
            const repeat = size >= 10_000 ? 3 : 5;
            const row = { resources: resources.length, generated: size };
            for (const p of packs) await p.pack.analyzeStack(resources); // warm-up
            const samples = new Map(packs.map((p) => [p.label, []]));
            let diagnostics;
            for (let r = 0; r < repeat; r++) {
                for (const p of packs) {
                    const started = performance.now();
                    const result = await p.pack.analyzeStack(resources);
                    samples.get(p.label).push(performance.now() - started);
                    if (p === packs[1]) diagnostics = result.diagnostics.length;
                }
            }
            row.floorMs = round(median(samples.get(packs[0].label)));
            row.ms = round(median(samples.get(packs[1].label)));
            row.samplesMs = samples.get(packs[1].label).map((v) => round(v));
            row.toFloor = round(row.ms / row.floorMs, 2);
            row.resourcesPerSec = round((resources.length * 1000) / row.ms);
            row.diagnostics = diagnostics;
            results.push(row);
            log(`AnalyzeStack ${resources.length} resources: ${row.ms} ms (floor ${row.floorMs} ms)`);
        }
    } finally {
        await Promise.allSettled(packs.map((p) => stop(p.pack)));
    }
    const at = (n) => results.find((r) => r.generated === n);
    return {
        stackPolicies: packs[1]?.stackPolicies,
        rows: results,
        growth10kOver1k: at(10000) && at(1000) ? round(at(10000).ms / at(1000).ms, 2) : undefined,
        floorGrowth10kOver1k: at(10000) && at(1000) ? round(at(10000).floorMs / at(1000).floorMs, 2) : undefined,
    };
}

// ---------------------------------------------------------------------------------------------
const startedAt = performance.now();
const { cpus, loadavg } = await import("node:os");
const loadAtStart = loadavg().map((v) => round(v, 2));
const OWN_ROOT = "pulumi-guardrails (repo root, our server)";
const SDK_ROOT = "pulumi-guardrails (repo root, @pulumi/policy server)";
let results;
let failed = false;
try {
    const awsguard = await prepareAwsguard();
    if (awsguard.error || awsguard.skipped) log(`@pulumi/awsguard: ${awsguard.error ?? awsguard.skipped}`);
    const targets = [
        { label: "empty", kind: "baseline", dir: emptyPack },
        { label: OWN_ROOT, kind: "ours", dir: root, env: OWN_SERVER },
        { label: SDK_ROOT, kind: "reference", dir: root, env: SDK_SERVER },
        ...publishedPacks.map((name) => ({ label: `dist/policy-packs/${name}`, kind: "ours", dir: join(packsRoot, name) })),
        ...(awsguard.dir ? [{ label: "@pulumi/awsguard", kind: "comparison", dir: awsguard.dir, note: { versions: awsguard.versions } }] : []),
    ];
    const cold = await coldStarts(targets);
    if (!awsguard.dir) cold.push({ pack: "@pulumi/awsguard", kind: "comparison", ...(awsguard.error ? { error: awsguard.error } : { skipped: awsguard.skipped }) });
    const analyze = await throughput(root);
    const stack = stackSizes.length > 0 ? await stackRules(root) : { rows: [], skipped: "BENCH_STACK_SIZES=none" };

    const awsguardRow = cold.find((r) => r.pack === "@pulumi/awsguard");
    const ours = cold.filter((r) => r.kind === "ours");
    const worstCold = Math.max(...ours.map((r) => r.toEmpty ?? Infinity));
    const row = (set, label) => analyze[set].find((r) => r.pack === label);
    results = {
        date: new Date().toISOString(),
        node: process.version,
        cpus: cpus().length,
        // Other work on the machine makes every figure noisier (ratios less so: measured interleaved).
        loadAverage: { start: loadAtStart, end: loadavg().map((v) => round(v, 2)) },
        runs,
        coldStart: cold,
        analyze,
        analyzeStack: stack,
        targets: {
            coldStartAtMost1_2xEmpty: { value: worstCold, met: worstCold <= 1.2 },
            coldStartFasterThanAwsguard: awsguardRow?.medianMs
                ? { value: Math.max(...ours.map((r) => r.medianMs ?? Infinity)), awsguardMs: awsguardRow.medianMs, met: ours.every((r) => r.medianMs < awsguardRow.medianMs) }
                : { met: null, reason: awsguardRow?.error ?? awsguardRow?.skipped ?? "awsguard not measured" },
            cleanOwnAtLeast0_8xOnePolicy: { value: row("clean", COMBINED_OWN).toOnePolicy, met: row("clean", COMBINED_OWN).toOnePolicy >= 0.8 },
            // The same on the pack's CPU per call: the one-policy pack's over ours (1× = as cheap).
            cleanOwnCpuAtLeast0_8xOnePolicy: cpuRatio(row("clean", ONE_POLICY), row("clean", COMBINED_OWN)),
            heavyOwnAtMost1_15xInProcess: { value: row("heavy", COMBINED_OWN).toInProcessTime, met: row("heavy", COMBINED_OWN).toInProcessTime <= 1.15 },
            // The same target on the pack's own CPU per call, the client's decoding left out.
            heavyOwnCpuAtMost1_15xInProcess: atMost(row("heavy", COMBINED_OWN).cpuToInProcess, 1.15),
            stackRulesLinear: { value: stack.growth10kOver1k, met: stack.growth10kOver1k === undefined ? null : stack.growth10kOver1k <= 12 },
        },
        wallSeconds: round((performance.now() - startedAt) / 1000, 1),
    };
} catch (e) {
    failed = true;
    log(`benchmark failed: ${e?.stack ?? e}`);
} finally {
    await stopAll();
    cleanUp();
}
if (failed || !results) process.exit(1);

const resultsFile = join(here, "results.json");
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : undefined;
writeFileSync(resultsFile, `${JSON.stringify({ ...previous, protocol: results }, null, 2)}\n`);

const cell = (v) => (v === undefined || v === null ? "–" : v);
const mark = (t) => (t.met === null ? "n/a" : t.met ? "met" : "**missed**");
console.log(`## Cold start: launch → first GetAnalyzerInfo (median of ${runs}, ms)\n`);
console.log("| pack | policies | median ms | min–max ms | × empty pack |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const r of results.coldStart) {
    if (r.skipped) console.log(`| ${r.pack} | – | not measured: ${r.skipped} | – | – |`);
    else if (r.error) console.log(`| ${r.pack} | – | failed: ${r.error.replace(/\|/g, "\\|")} | – | – |`);
    else console.log(`| ${r.pack}${r.kind === "baseline" ? " (baseline)" : ""} | ${r.policies} | ${r.medianMs} | ${r.minMs}–${r.maxMs} | ${r.toEmpty}× |`);
}
for (const [set, title] of [["clean", "clean resources (no finding)"], ["heavy", "violation-heavy resources"]]) {
    const a = results.analyze;
    console.log(`\n## Analyze: ${title} — ${a.resources[set]} distinct, ${a.callsPerRound} sequential calls × ${a.rounds} rounds, median\n`);
    console.log("| contender | policies | calls/s | ms/call | pack CPU ms/call | diagnostics/call | not-applicable/call (reason chars) | × one-policy calls/s | × in-process time | pack CPU × in-process |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of a[set]) {
        console.log(`| ${r.pack} | ${r.policies} | ${r.callsPerSec} | ${r.msPerCall} | ${cell(r.cpuMsPerCall)} | ${r.diagnosticsPerCall} | ${r.notApplicablePerCall} (${cell(r.notApplicableReasonCharsPerCall)}) | ${r.toOnePolicy}× | ${r.toInProcessTime}× | ${cell(r.cpuToInProcess)}× |`);
    }
}
if (!results.analyzeStack.skipped) {
    console.log(`\n## AnalyzeStack: combined pack, our server (${cell(results.analyzeStack.stackPolicies)} stack policies) vs a one-stack-policy pack\n`);
    console.log("| resources | floor ms | combined ms | × floor | resources/s | diagnostics |");
    console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of results.analyzeStack.rows) console.log(`| ${r.resources} | ${r.floorMs} | ${r.ms} | ${r.toFloor}× | ${r.resourcesPerSec} | ${r.diagnostics} |`);
    if (results.analyzeStack.growth10kOver1k !== undefined) {
        console.log(`\n10k / 1k AnalyzeStack time: ${results.analyzeStack.growth10kOver1k}× (linear ≈ 10×; floor ${results.analyzeStack.floorGrowth10kOver1k}×)`);
    }
}
const t = results.targets;
console.log("\n## Targets\n");
console.log("| target | value | result |");
console.log("| --- | ---: | --- |");
console.log(`| cold start ≤ 1.2× empty pack (worst of ours) | ${t.coldStartAtMost1_2xEmpty.value}× | ${mark(t.coldStartAtMost1_2xEmpty)} |`);
console.log(`| cold start faster than @pulumi/awsguard | ${t.coldStartFasterThanAwsguard.value ?? "–"} ms vs ${t.coldStartFasterThanAwsguard.awsguardMs ?? cell(t.coldStartFasterThanAwsguard.reason)} | ${mark(t.coldStartFasterThanAwsguard)} |`);
console.log(`| combined (our server) ≥ 0.8× one-policy pack, clean resources | ${t.cleanOwnAtLeast0_8xOnePolicy.value}× | ${mark(t.cleanOwnAtLeast0_8xOnePolicy)} |`);
console.log(`| the same on the pack's CPU per call (client left out) | ${cell(t.cleanOwnCpuAtLeast0_8xOnePolicy.value)}× | ${mark(t.cleanOwnCpuAtLeast0_8xOnePolicy)} |`);
console.log(`| protocol (our server) ≤ 15% over in-process time, heavy resources | ${t.heavyOwnAtMost1_15xInProcess.value}× | ${mark(t.heavyOwnAtMost1_15xInProcess)} |`);
console.log(`| the same on the pack's CPU per call (client left out) | ${cell(t.heavyOwnCpuAtMost1_15xInProcess.value)}× | ${mark(t.heavyOwnCpuAtMost1_15xInProcess)} |`);
console.log(`| AnalyzeStack linear (10k/1k ≤ 12×) | ${cell(t.stackRulesLinear.value)}× | ${mark(t.stackRulesLinear)} |`);
console.log(`\n(${results.wallSeconds} s, node ${results.node}, ${results.cpus} CPUs, load average ${results.loadAverage.start[0]} → ${results.loadAverage.end[0]})`);
if (Math.max(results.loadAverage.start[0], results.loadAverage.end[0]) > results.cpus) {
    console.log(`\nNote: the machine was busy with other work (load average above ${results.cpus}); expect ±10% noise in the ratios.`);
}
