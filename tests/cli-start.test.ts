/**
 * What `guardrails` loads at start (issue 20): @pulumi/policy's index pulls in all of
 * @pulumi/pulumi (TypeScript, gRPC, OpenTelemetry …: about a second), which no CLI command needs.
 * Only serving a pack loads it. `--version` and `--help` load nothing of @pulumi; the commands
 * that judge resources load @pulumi/policy's proxy module and nothing else of it. A failure here
 * names the command and the modules it should not have loaded. No timings: see
 * bench/cli-start.mjs (`npm run bench:cli`).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const small = path.join(repoRoot, "examples", "resources", "quick-check.json");
let scratch: string;
let hook: string;

beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-cli-start-"));
    hook = path.join(scratch, "loaded-modules.cjs");
    // Preloaded with --require: at exit, writes every module file the process loaded.
    fs.writeFileSync(hook, `process.on("exit", () => require("node:fs").writeFileSync(process.env.LOADED_MODULES_FILE, JSON.stringify(Object.keys(require.cache))));\n`);
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** The node_modules packages (and files) a run of `node <args>` loaded, and its exit code. */
function loaded(args: readonly string[]): { code: number | null; stderr: string; files: string[] } {
    const out = path.join(scratch, "modules.json");
    fs.rmSync(out, { force: true });
    const result = spawnSync(process.execPath, ["--require", hook, ...args], {
        cwd: scratch,
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, LOADED_MODULES_FILE: out },
    });
    const files = (JSON.parse(fs.readFileSync(out, "utf8")) as string[]).map((f) => f.split(path.sep).join("/"));
    return { code: result.status, stderr: result.stderr, files };
}

const underPulumi = (files: readonly string[]) => files.filter((f) => f.includes("/node_modules/@pulumi/"));
/** What only serving a pack may load: the Pulumi SDK, @pulumi/policy beyond its proxy module, gRPC. */
const servingOnly = (files: readonly string[]) =>
    files.filter((f) => /\/node_modules\/(@pulumi\/pulumi|@grpc|@opentelemetry|typescript)\//.test(f) || (f.includes("/node_modules/@pulumi/policy/") && !f.endsWith("/@pulumi/policy/proxy.js")));

test.each([[["--version"]], [["--help"]], [["trust", "--help"]], [["log", "--help"]]])("guardrails %j loads no module of @pulumi", (args) => {
    const { code, files } = loaded([bin, ...args]);
    expect(code).toBe(0);
    expect(underPulumi(files)).toEqual([]);
});

test.each([
    [["check", "--help"], 0],
    [["catalog"], 0],
    [["frameworks"], 0],
    [["trust", "list"], 0],
    [["check", "<small stack>", "--format", "json"], 1],
    [["check", "<small stack>", "--packs", "nope"], 2],
])("guardrails %j loads neither the Pulumi SDK nor gRPC; of @pulumi/policy at most its proxy module", (args, exitCode) => {
    const { code, stderr, files } = loaded([bin, ...args.map((a) => (a === "<small stack>" ? small : a))]);
    expect(code).toBe(exitCode);
    if (exitCode !== 2) expect(stderr).toBe("");
    expect(servingOnly(files)).toEqual([]);
});

test("importing the library, its engine or its packs loads neither the Pulumi SDK nor gRPC (no server starts)", () => {
    const entries = ["src/index.js", "src/engine/index.js", "src/testing/index.js", "src/governance/index.js", "packs/index.js", "packs/main.js"].map((f) => path.join(repoRoot, "dist", f));
    const { code, files } = loaded(["-e", entries.map((e) => `require(${JSON.stringify(e)});`).join("")]);
    expect(code).toBe(0);
    expect(servingOnly(files)).toEqual([]);
});
