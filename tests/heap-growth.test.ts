/**
 * A check of a large input that keeps its findings (table, JUnit, `--summary`) caps how far the
 * heap may grow between full collections (src/cli/heap-growth.ts); a streamed report and a small
 * input leave V8's default. Observed through the real CLI, with the V8 call recorded.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BOUNDED_GROWTH_BYTES, boundsHeapGrowth, HEAP_GROWING_PERCENT } from "../src/cli/heap-growth";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
let scratch: string;
let large: string;
const small = path.join(repoRoot, "examples", "stacks", "insecure-web.json");

beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-heap-"));
    // The same stack, made large by trailing whitespace (the size is what decides, not the content).
    large = path.join(scratch, "large.json");
    fs.writeFileSync(large, fs.readFileSync(small, "utf8") + " ".repeat(BOUNDED_GROWTH_BYTES));
    fs.writeFileSync(
        path.join(scratch, "hook.cjs"),
        `const v8 = require("node:v8"); const set = v8.setFlagsFromString; const seen = [];
         v8.setFlagsFromString = (flags) => { seen.push(flags); return set(flags); };
         process.on("exit", () => require("node:fs").writeFileSync(process.env.FLAGS_OUT, JSON.stringify(seen)));\n`,
    );
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** The V8 flags a check set, and its exit code. */
function flagsSetBy(args: readonly string[]): { flags: string[]; code: number | null } {
    const out = path.join(scratch, "flags.json");
    fs.rmSync(out, { force: true });
    const run = spawnSync(process.execPath, ["--require", path.join(scratch, "hook.cjs"), bin, "check", ...args, "--output", path.join(scratch, "report")], {
        env: { ...process.env, FLAGS_OUT: out, GUARDRAILS_DECISION_LOG: "" },
        encoding: "utf8",
    });
    return { flags: JSON.parse(fs.readFileSync(out, "utf8")) as string[], code: run.status };
}

test.each(["--format junit", "--format table", "--format json --summary"])("a large input whose findings are kept (%s) caps the heap's growth", (args) => {
    expect(flagsSetBy([large, ...args.split(" ")])).toEqual({ flags: [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`], code: 1 });
});

test.each([
    ["a large input streamed", () => [large, "--format", "json"]],
    ["a small input kept", () => [small, "--format", "junit"]],
])("%s leaves V8's default", (_, args) => {
    expect(flagsSetBy(args())).toEqual({ flags: [], code: 1 });
});

test("the rule itself: kept findings and at least the threshold's bytes", () => {
    expect(boundsHeapGrowth(true, BOUNDED_GROWTH_BYTES)).toBe(true);
    expect(boundsHeapGrowth(true, BOUNDED_GROWTH_BYTES - 1)).toBe(false);
    expect(boundsHeapGrowth(false, BOUNDED_GROWTH_BYTES * 10)).toBe(false);
    expect(boundsHeapGrowth(true, undefined)).toBe(false);
});
