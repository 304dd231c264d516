/**
 * Publishable pack directories, as a user would receive them: `npm run build:packs` writes
 * them, `npm pack` turns each into a tarball, which is unpacked and installed in a temporary
 * directory (dependencies from the registry only) and launched as the Pulumi engine launches a
 * policy pack. Each must serve its own policies under its own name and version.
 */
import { execFile, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { launchPolicyPack } from "../src/engine";
import { allPacks, allRules } from "../packs";
import { frameworkRules, levelsFromSeverity, loadFrameworks } from "../src/frameworks";
import { pool, repoRoot } from "./support";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require("../package.json") as { version: string };
const packsDir = path.join(repoRoot, "dist", "policy-packs");
const expected = [
    ...allPacks.map((p) => ({ name: p.name, version: p.version, policies: p.rules.map((r) => r.id) })),
    { name: "pulumi-guardrails", version, policies: allRules.map((r) => r.id) },
];
let scratch: string;
const run = promisify(execFile);
/** An install from an empty npm cache downloads every dependency; a test may also wait for the one before. */
const INSTALL_TIMEOUT_MS = 180_000;

/**
 * `npm pack` the pack directory, unpack the tarball and `npm install` it as a user would. The
 * npm cache serves what an earlier run fetched (--prefer-offline); an empty cache fetches it.
 */
async function installFromTarball(name: string): Promise<string> {
    const { stdout } = await run("npm", ["pack", "--silent", "--pack-destination", scratch], { cwd: path.join(packsDir, name), encoding: "utf8" });
    const tarball = stdout.trim().split("\n").pop() ?? "";
    const target = path.join(scratch, name);
    fs.mkdirSync(target);
    await run("tar", ["xzf", path.join(scratch, tarball), "-C", target, "--strip-components=1"]);
    await run("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts"], { cwd: target });
    return target;
}

/** One install per pack, two at a time (they overlap network, disk and CPU); each test awaits its own. */
const installs = new Map<string, Promise<{ target: string } | { error: unknown }>>();

beforeAll(() => {
    execFileSync(process.execPath, [path.join(repoRoot, "scripts", "build-packs.mjs")], { cwd: repoRoot, stdio: "pipe" });
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-packs-"));
    const pooled = pool(2);
    for (const { name } of expected) {
        // Settled to a value: a failed install fails its own test, not the run.
        installs.set(name, pooled(() => installFromTarball(name)).then((target) => ({ target }), (error: unknown) => ({ error })));
    }
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const frameworks = loadFrameworks();

test("one directory per pack, the combined pack and each framework pack, with the files `pulumi policy publish` needs", () => {
    expect(fs.readdirSync(packsDir).sort()).toEqual([...expected.map((e) => e.name), ...frameworks.map((f) => f.name)].sort());
    for (const { name, version: packVersion } of expected) {
        const dir = path.join(packsDir, name);
        expect(fs.readFileSync(path.join(dir, "PulumiPolicy.yaml"), "utf8")).toMatch(/^runtime: nodejs$/m);
        const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
        expect(pkg).toMatchObject({ version: packVersion, main: "index.js" });
        // The pack's rules in one file (a shorter cold start), beside the library they use.
        expect(fs.readdirSync(path.join(dir, "lib", "packs"))).toEqual(["bundle.js"]);
        expect(fs.readFileSync(path.join(dir, "index.js"), "utf8")).toContain('require("./lib/packs/bundle.js")');
        expect(Object.keys(pkg.dependencies).sort()).toEqual(["@pulumi/policy", "@pulumi/pulumi", "@secretlint/core", "@secretlint/secretlint-rule-preset-recommend", "ajv", "canonicalize", "ipaddr.js", "picomatch", "yaml"]);
    }
});

test.each(expected)("$name installs from its tarball and serves its policies", async ({ name, version: packVersion, policies }) => {
    const installed = await installs.get(name);
    if (!installed || "error" in installed) throw installed?.error ?? new Error(`${name} was not installed`);
    const target = installed.target;

    const pack = await launchPolicyPack(target);
    try {
        const info = await pack.getAnalyzerInfo();
        expect(info.name).toBe(name);
        expect(info.version).toBe(packVersion);
        // Every served pack adds the governance policy (the environment and the provisioning key).
        expect(info.policies.map((p) => p.name).sort()).toEqual([...policies, "guardrails-provisioning-key"].sort());
        expect(fs.existsSync(path.join(target, "config", "governance.json"))).toBe(true);
    } finally {
        await pack.stop();
    }
}, INSTALL_TIMEOUT_MS);

test.each(frameworks.map((f) => [f.name, f] as const))("framework pack %s serves every rule mapped to it, at levels from severity", async (name, framework) => {
    const dir = path.join(packsDir, name);
    const link = path.join(dir, "node_modules");
    fs.symlinkSync(path.join(repoRoot, "node_modules"), link, "dir");
    const pack = await launchPolicyPack(dir);
    try {
        const info = await pack.getAnalyzerInfo();
        const rules = frameworkRules(framework, allRules);
        expect(rules.length).toBeGreaterThan(0);
        expect(info.policies.map((p) => p.name).sort()).toEqual([...rules.map((r) => r.id), "guardrails-provisioning-key"].sort());
        const levels: Record<string, string> = { ...levelsFromSeverity(rules).rules, "guardrails-provisioning-key": "mandatory" };
        for (const policy of info.policies) expect(policy.enforcementLevel).toBe(levels[policy.name]);
    } finally {
        await pack.stop();
        fs.rmSync(link);
    }
});
