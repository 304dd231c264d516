/**
 * The package as users get it: importing it has no side effects and loads no provider SDK,
 * and the generated type-token maps match the installed SDKs.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./support";

let consumer: string;

beforeAll(() => {
    // A consumer project with the package installed (as a link, like `npm link`).
    consumer = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-consumer-"));
    fs.mkdirSync(path.join(consumer, "node_modules"));
    fs.symlinkSync(repoRoot, path.join(consumer, "node_modules", "pulumi-guardrails"), "dir");
});

afterAll(() => fs.rmSync(consumer, { recursive: true, force: true }));

function runInConsumer(script: string) {
    return spawnSync(process.execPath, ["-e", script], { cwd: consumer, encoding: "utf8", timeout: 20_000 });
}

const SUBPATHS = ["", "/packs", "/testing", "/engine", "/report", "/frameworks", "/governance"].map((s) => `pulumi-guardrails${s}`);

test.each(SUBPATHS)(
    "require(%p) prints nothing, starts nothing (the process exits on its own)",
    (specifier) => {
        const result = runInConsumer(`require(${JSON.stringify(specifier)});`);
        expect(result.error).toBeUndefined(); // a timeout would mean a server kept the process alive
        expect(result.status).toBe(0);
        expect(result.stdout).toBe("");
        expect(result.stderr).toBe("");
    },
);

test("importing the library and every pack loads neither @pulumi/aws nor @pulumi/kubernetes", () => {
    const result = runInConsumer(`
        const lib = require("pulumi-guardrails");
        const packs = require("pulumi-guardrails/packs");
        const loaded = Object.keys(require.cache);
        process.stdout.write(JSON.stringify({
            rules: packs.allRules.length,
            hasDefineRule: typeof lib.defineRule === "function",
            aws: loaded.filter((f) => f.includes("@pulumi/aws")).length,
            kubernetes: loaded.filter((f) => f.includes("@pulumi/kubernetes")).length,
        }));
    `);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout);
    expect(report.rules).toBeGreaterThanOrEqual(5);
    expect(report.hasDefineRule).toBe(true);
    expect(report.aws).toBe(0);
    expect(report.kubernetes).toBe(0);
});

test("the generated resource type maps match the installed provider SDKs", () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, "scripts", "generate-resource-types.mjs"), "--check"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
});

test("a resolver that ignores `exports` (package.json `main`) gets the library and starts no server", () => {
    // require() of a directory resolves `main`, as old bundlers do for the package name.
    const result = runInConsumer(`
        const lib = require(${JSON.stringify(repoRoot)});
        process.stdout.write(JSON.stringify({ defineRule: typeof lib.defineRule, composePack: typeof lib.composePack }));
    `);
    expect(result.error).toBeUndefined(); // a timeout would mean a server kept the process alive
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ defineRule: "function", composePack: "function" });
    expect(result.status).toBe(0);
});

test("the repository root is a policy pack whose entry point is compiled JavaScript", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pkg = require("../package.json") as { main: string; exports: Record<string, unknown> };
    expect(pkg.main).toMatch(/^dist\/.*\.js$/);
    expect(fs.existsSync(path.join(repoRoot, pkg.main))).toBe(true);
    expect(fs.readFileSync(path.join(repoRoot, "PulumiPolicy.yaml"), "utf8")).toMatch(/^runtime: nodejs$/m);
});
