/**
 * The packs' one-file bundle (scripts/bundle-packs.mjs, loaded by src/cli/packs-entry.ts): the
 * CLI loads it after a build, loads the packs' own modules once a later compile has changed
 * dist/ (so it never runs older rules), and the bundle's packs are the modules' packs: the same
 * metadata and the same findings on every example stack. The root policy pack loads it too.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { allRules } from "../packs";
import { launchPolicyPack } from "../src/engine";
import { repoRoot } from "./support";

const dist = path.join(repoRoot, "dist");

/** The compiled files a CLI command loaded, relative to its dist/. */
function loadedBy(distDir: string, args: readonly string[]): string[] {
    const hook = path.join(distDir, "..", "loaded-modules.cjs");
    const out = path.join(distDir, "..", "loaded.json");
    fs.writeFileSync(hook, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));\n`);
    const run = spawnSync(process.execPath, ["-r", hook, path.join(distDir, "src", "cli", "main.js"), ...args], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const files = JSON.parse(fs.readFileSync(out, "utf8")) as string[];
    return files.filter((f) => f.startsWith(distDir + path.sep)).map((f) => path.relative(distDir, f).split(path.sep).join("/"));
}

const packModules = (files: readonly string[]) => files.filter((f) => f.startsWith("packs/"));

describe("which the CLI loads", () => {
    let copy: string;
    // A copy of dist/ of its own, so that making it stale disturbs no other test.
    beforeAll(() => {
        // Under the repository (git ignores test-results/), where the copy still finds node_modules.
        const scratch = path.join(repoRoot, "test-results");
        fs.mkdirSync(scratch, { recursive: true });
        copy = path.join(fs.mkdtempSync(path.join(scratch, "bundle-test-")), "dist");
        fs.cpSync(dist, copy, { recursive: true });
    });
    afterAll(() => fs.rmSync(path.dirname(copy), { recursive: true, force: true }));

    test("after a build: the bundle alone", () => {
        expect(fs.statSync(path.join(dist, "packs", "bundle.js")).mtimeMs).toBeGreaterThanOrEqual(fs.statSync(path.join(dist, ".tsbuildinfo")).mtimeMs);
        expect(packModules(loadedBy(copy, ["catalog", "--format", "json"]))).toEqual(["packs/bundle.js"]);
    });

    test("once a later compile changed dist/: the packs' own modules, and the same catalog", () => {
        const bundled = spawnSync(process.execPath, [path.join(copy, "src", "cli", "main.js"), "catalog", "--format", "json"], { encoding: "utf8" }).stdout;
        const later = new Date(fs.statSync(path.join(copy, "packs", "bundle.js")).mtimeMs + 5_000);
        fs.utimesSync(path.join(copy, ".tsbuildinfo"), later, later);
        const loaded = packModules(loadedBy(copy, ["catalog", "--format", "json"]));
        expect(loaded).not.toContain("packs/bundle.js");
        expect(loaded).toContain("packs/index.js");
        expect(loaded.length).toBeGreaterThan(400);
        expect(spawnSync(process.execPath, [path.join(copy, "src", "cli", "main.js"), "catalog", "--format", "json"], { encoding: "utf8" }).stdout).toBe(bundled);
    });

    test("without the bundle: the packs' own modules", () => {
        fs.rmSync(path.join(copy, "packs", "bundle.js"));
        expect(packModules(loadedBy(copy, ["catalog"]))).toContain("packs/index.js");
    });
});

test("the bundle's packs are the modules' packs: metadata, and findings on every example stack", () => {
    // One process, so both share the library's modules (dist/src), as the bundle leaves them outside.
    const script = `
        const bundled = require(${JSON.stringify(path.join(dist, "packs", "bundle.js"))});
        const modules = require(${JSON.stringify(path.join(dist, "packs", "index.js"))});
        const { checkResources, loadInputFile } = require(${JSON.stringify(path.join(dist, "src", "engine", "index.js"))});
        const metadata = (packs) => JSON.stringify(packs.map((p) => ({ name: p.name, version: p.version, rules: p.rules.map((r) => JSON.stringify(r, (k, v) => (typeof v === "function" ? \`function \${k}\` : v))) })));
        const same = { metadata: metadata(bundled.allPacks) === metadata(modules.allPacks), distinct: bundled.allPacks[0].rules[0] !== modules.allPacks[0].rules[0], stacks: {} };
        (async () => {
            for (const file of process.argv.slice(1)) {
                const { resources } = loadInputFile(file);
                const [a, b] = await Promise.all([checkResources(resources, { packs: bundled.allPacks }), checkResources(resources, { packs: modules.allPacks })]);
                same.stacks[file] = { findings: a.findings.length, same: JSON.stringify([a.findings, a.notes, a.remediations]) === JSON.stringify([b.findings, b.notes, b.remediations]) };
            }
            process.stdout.write(JSON.stringify(same));
        })();`;
    const stacks = fs.readdirSync(path.join(repoRoot, "examples", "stacks")).map((f) => path.join(repoRoot, "examples", "stacks", f));
    const run = spawnSync(process.execPath, ["-e", script, ...stacks], { encoding: "utf8", maxBuffer: 1 << 26 });
    expect(run.stderr).toBe("");
    const same = JSON.parse(run.stdout) as { metadata: boolean; distinct: boolean; stacks: Record<string, { findings: number; same: boolean }> };
    expect(same.metadata).toBe(true);
    expect(same.distinct).toBe(true);
    expect(Object.keys(same.stacks)).toHaveLength(stacks.length);
    for (const [file, outcome] of Object.entries(same.stacks)) {
        expect({ file, same: outcome.same }).toEqual({ file, same: true });
    }
    expect(Object.values(same.stacks).some((s) => s.findings > 20)).toBe(true);
});

test("the root policy pack, launched as the engine launches it, loads the bundle and serves every rule", async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-root-pack-"));
    const hook = path.join(scratch, "loaded-modules.cjs");
    const out = path.join(scratch, "loaded.json");
    fs.writeFileSync(hook, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));\n`);
    try {
        const pack = await launchPolicyPack(repoRoot, { env: { NODE_OPTIONS: `--require ${hook}` } });
        let policies: string[];
        try {
            policies = (await pack.getAnalyzerInfo()).policies.map((p) => p.name);
        } finally {
            await pack.stop();
        }
        expect(policies).toEqual(expect.arrayContaining(allRules.map((r) => r.id)));
        const loaded = (JSON.parse(fs.readFileSync(out, "utf8")) as string[]).filter((f) => f.startsWith(dist + path.sep)).map((f) => path.relative(dist, f).split(path.sep).join("/"));
        expect(packModules(loaded).sort()).toEqual(["packs/bundle.js", "packs/main.js"]);
    } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
    }
});
