/**
 * A platform team's pack from a fresh clone: examples/platform-team-pack installs (`npm ci`, the
 * library as `file:../..`), builds and passes its own tests; `guardrails check --pack` runs it
 * offline at its own levels (the library is the one this run built: scripts are not run on install); `guardrails init pack` scaffolds a pack that builds, passes its
 * tests and runs the same way, and never writes over anything.
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const example = path.join(repoRoot, "examples", "platform-team-pack");
const insecure = path.join(repoRoot, "examples", "stacks", "insecure-web.json");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let scratch: string;
let installedHere = false;

function run(command: string, args: string[], options: SpawnSyncOptions = {}) {
    const result = spawnSync(command, args, { encoding: "utf8", timeout: 300_000, ...options });
    return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

function guardrails(args: string[], env: NodeJS.ProcessEnv = {}) {
    return run(process.execPath, [bin, ...args], { cwd: scratch, env: { ...process.env, ...env } });
}

function findings(stdout: string): Array<{ policy: string; level: string; pack: string }> {
    return (JSON.parse(stdout) as { violations: Array<{ policy: string; level: string; pack: string }> }).violations;
}

beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-platform-"));
    installedHere = !fs.existsSync(path.join(example, "node_modules"));
    const install = run(npm, ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: example });
    if (install.code !== 0) throw new Error(`npm ci in examples/platform-team-pack failed:\n${install.stderr}`);
    const build = run(npm, ["run", "build"], { cwd: example });
    if (build.code !== 0) throw new Error(`npm run build in examples/platform-team-pack failed:\n${build.stdout}${build.stderr}`);
}, 600_000);

afterAll(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.rmSync(path.join(example, "dist"), { recursive: true, force: true });
    if (installedHere) fs.rmSync(path.join(example, "node_modules"), { recursive: true, force: true });
});

test("the example passes its own tests with its own jest", () => {
    const tests = run(npm, ["test", "--", "--ci"], { cwd: example });
    expect(tests.stderr).toMatch(/Tests:\s+\d+ passed, \d+ total/);
    expect(tests.code).toBe(0);
}, 300_000);

test("check --pack runs the example at its dev levels (advisory), and at prod levels with GUARDRAILS_ENV=prod", () => {
    const dev = guardrails(["check", insecure, "--pack", example, "--format", "json"]);
    expect(dev.code).toBe(0);
    const devFindings = findings(dev.stdout);
    expect(devFindings.map((f) => f.policy)).toEqual(expect.arrayContaining(["acme-approved-amis", "s3-no-public-acl"]));
    expect(new Set(devFindings.map((f) => f.level))).toEqual(new Set(["advisory"]));
    expect(new Set(devFindings.map((f) => f.pack))).toEqual(new Set(["acme-guardrails"]));
    // Only the selection runs: no low-severity library rule.
    expect(devFindings.map((f) => f.policy)).not.toContain("s3-bucket-versioning-enabled");

    const prod = guardrails(["check", insecure, "--pack", example, "--format", "json"], { GUARDRAILS_ENV: "prod" });
    expect(prod.code).toBe(1);
    expect(findings(prod.stdout).find((f) => f.policy === "acme-approved-amis")?.level).toBe("mandatory");
    const remediated = (JSON.parse(prod.stdout) as { remediations: Array<{ policy: string }> }).remediations.map((r) => r.policy);
    expect(remediated).toContain("ec2-imdsv2-required");
});

test("--pack refuses what it cannot run, in one line", () => {
    expect(guardrails(["check", insecure, "--pack", scratch]).stderr).toBe(`guardrails: ${scratch}: not a pack directory: it has no package.json\n`);
    expect(guardrails(["check", insecure, "--pack", example, "--packs", "cost"]).stderr).toBe("guardrails: --pack and --packs cannot be combined: --pack runs the pack in its directory as it is\n");
    const notBuilt = path.join(scratch, "not-built");
    fs.mkdirSync(notBuilt);
    fs.writeFileSync(path.join(notBuilt, "package.json"), JSON.stringify({ name: "x", main: "dist/index.js" }));
    const refused = guardrails(["check", insecure, "--pack", notBuilt]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`guardrails: ${notBuilt}: the pack is not built: dist/index.js does not exist (run npm run build there first)\n`);
});

describe("init pack", () => {
    let pack: string;

    beforeAll(() => {
        pack = path.join(scratch, "team-guardrails");
    });

    test("writes a pack that builds, passes its tests and runs under check --pack", () => {
        const init = guardrails(["init", "pack", pack]);
        expect(init.code).toBe(0);
        expect(init.stdout).toContain("Wrote 11 files");
        const manifest = JSON.parse(fs.readFileSync(path.join(pack, "package.json"), "utf8")) as { name: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
        expect(manifest.name).toBe("team-guardrails");
        expect(path.resolve(pack, manifest.dependencies["pulumi-guardrails"].replace(/^file:/, ""))).toBe(repoRoot);
        // The same packages as the example, which the test installed: share them rather than install twice.
        const exampleManifest = JSON.parse(fs.readFileSync(path.join(example, "package.json"), "utf8")) as typeof manifest;
        expect(Object.keys(manifest.dependencies).sort()).toEqual(Object.keys(exampleManifest.dependencies).sort());
        expect(Object.keys(manifest.devDependencies).sort()).toEqual(Object.keys(exampleManifest.devDependencies).sort());
        fs.symlinkSync(path.join(example, "node_modules"), path.join(pack, "node_modules"), "dir");

        const unbuilt = guardrails(["check", insecure, "--pack", pack]);
        expect(unbuilt.stderr).toContain("the pack is not built");
        expect(run(npm, ["run", "build"], { cwd: pack }).code).toBe(0);
        const tests = run(npm, ["test", "--", "--ci"], { cwd: pack });
        expect(tests.stderr).toMatch(/Tests:\s+\d+ passed, \d+ total/);
        expect(tests.code).toBe(0);

        const checked = guardrails(["check", insecure, "--pack", pack, "--format", "json"], { GUARDRAILS_ENV: "prod" });
        expect(checked.code).toBe(1);
        const policies = findings(checked.stdout);
        expect(policies.length).toBeGreaterThan(0);
        expect(new Set(policies.map((f) => f.level))).toEqual(new Set(["mandatory"]));
    }, 300_000);

    test("never writes into a directory that holds anything, and refuses a bad name", () => {
        const taken = path.join(scratch, "taken");
        fs.mkdirSync(taken);
        fs.writeFileSync(path.join(taken, "index.ts"), "// ours\n");
        const refused = guardrails(["init", "pack", taken]);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toBe(`guardrails: ${taken}: is not empty: init pack writes only into a new or empty directory, and never over a file\n`);
        expect(fs.readFileSync(path.join(taken, "index.ts"), "utf8")).toBe("// ours\n");
        expect(fs.readdirSync(scratch).filter((f) => f.startsWith(".taken-"))).toEqual([]);
        expect(guardrails(["init", "pack", path.join(scratch, "Bad Name")]).stderr).toContain('pack name "Bad Name" must be lowercase');
    });
});
