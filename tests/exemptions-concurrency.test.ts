/**
 * `exempt add` and `exempt revoke` lock the exemptions file for their read-modify-write and
 * write it atomically: concurrent processes never lose each other's changes, a lock left by a
 * crashed process goes stale, and the file keeps its mode and symbolic link.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as lockfile from "proper-lockfile";
import { parse as parseYaml } from "yaml";
import { ExemptionsError, type ExemptionsFile } from "../src/governance";
import { updateExemptionsFile } from "../src/governance/exemptions";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
let scratch: string;
beforeAll(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-exempt-race-"))));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

interface Run {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** One `guardrails` process, started now; resolves when it exits. */
function guardrails(args: readonly string[]): Promise<Run> {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [bin, ...args], { cwd: scratch, env: { ...process.env, GUARDRAILS_ACTOR: "dana" }, stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
        child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
}

const add = (file: string, resource: string) =>
    guardrails(["exempt", "add", "--file", file, "--env", "staging", "--policy", "s3-no-public-acl", "--resource", resource, "--reason", "Migration window", "--approved-by", "sam", "--for", "4h"]);
const revoke = (file: string, id: string) => guardrails(["exempt", "revoke", id, "--file", file, "--reason", "Window closed"]);

function readFile(file: string): ExemptionsFile {
    return parseYaml(fs.readFileSync(file, "utf8")) as ExemptionsFile;
}

function idOf(run: Run): string {
    const id = /^(ex-[\w-]+):/.exec(run.stdout)?.[1];
    if (!id) throw new Error(`no exemption id in ${JSON.stringify(run)}`);
    return id;
}

/** A directory of its own for one test, so its listing shows any lock or temporary file left behind. */
function workdir(): string {
    return fs.mkdtempSync(path.join(scratch, "t-"));
}

test("six concurrent `exempt add` processes keep all six exemptions", async () => {
    const dir = workdir();
    const file = path.join(dir, "exemptions.yaml");
    const runs = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => add(file, `urn:pulumi:prod::web::aws:s3/bucket:Bucket::bucket-${n}`)));
    for (const run of runs) {
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
    }
    const doc = readFile(file);
    expect(doc.exemptions).toHaveLength(6);
    expect(new Set(doc.exemptions.map((e) => e.id))).toEqual(new Set(runs.map(idOf)));
    expect(doc.exemptions.map((e) => e.resources[0]).sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `urn:pulumi:prod::web::aws:s3/bucket:Bucket::bucket-${n}`));
    expect(fs.readdirSync(dir)).toEqual(["exemptions.yaml"]);
});

test("a revoke racing adds is never lost, and neither are the adds", async () => {
    const dir = workdir();
    const file = path.join(dir, "exemptions.json");
    const first = await add(file, "urn:pulumi:prod::web::aws:s3/bucket:Bucket::first");
    expect(first.code).toBe(0);
    const id = idOf(first);
    const [revoked, ...added] = await Promise.all([revoke(file, id), add(file, "urn:a"), add(file, "urn:b"), add(file, "urn:c")]);
    for (const run of [revoked, ...added]) {
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
    }
    const doc = JSON.parse(fs.readFileSync(file, "utf8")) as ExemptionsFile;
    expect(doc.exemptions).toHaveLength(4);
    expect(doc.exemptions.find((e) => e.id === id)).toMatchObject({ revokedBy: "dana", revokeReason: "Window closed" });
    expect(doc.exemptions.filter((e) => e.revokedAt)).toHaveLength(1);
    expect(doc.exemptions.map((e) => e.id).sort()).toEqual([id, ...added.map(idOf)].sort());
    expect(fs.readdirSync(dir)).toEqual(["exemptions.json"]);
});

test("the file keeps its mode and is written through a symbolic link", async () => {
    const dir = workdir();
    fs.mkdirSync(path.join(dir, "governance"));
    const real = path.join(dir, "governance", "exemptions.yaml");
    fs.writeFileSync(real, "version: 1\nexemptions: []\n");
    fs.chmodSync(real, 0o640);
    const link = path.join(dir, "exemptions.yaml");
    fs.symlinkSync(path.join("governance", "exemptions.yaml"), link);
    const run = await add(link, "urn:pulumi:prod::web::aws:s3/bucket:Bucket::logs");
    expect(run.code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.statSync(real).mode & 0o7777).toBe(0o640);
    expect(readFile(real).exemptions.map((e) => e.id)).toEqual([idOf(run)]);
    expect(fs.readdirSync(path.join(dir, "governance"))).toEqual(["exemptions.yaml"]);
});

test("a lock left behind by a crashed writer goes stale and is taken over", async () => {
    const dir = workdir();
    const file = path.join(dir, "exemptions.yaml");
    const lock = `${file}.lock`;
    fs.mkdirSync(lock);
    const longAgo = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, longAgo, longAgo);
    const run = await add(file, "urn:pulumi:prod::web::aws:s3/bucket:Bucket::logs");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readFile(file).exemptions).toHaveLength(1);
    expect(fs.existsSync(lock)).toBe(false);
});

test("a writer waits while another holds the lock, then writes", async () => {
    const dir = fs.realpathSync(workdir());
    const file = path.join(dir, "exemptions.yaml");
    fs.writeFileSync(file, "version: 1\nexemptions: []\n");
    const release = await lockfile.lock(file, { realpath: false });
    const pending = add(file, "urn:pulumi:prod::web::aws:s3/bucket:Bucket::logs");
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(fs.readFileSync(file, "utf8")).toBe("version: 1\nexemptions: []\n");
    await release();
    const run = await pending;
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readFile(file).exemptions).toHaveLength(1);
});

test("a change that fails writes nothing and releases the lock", async () => {
    const dir = workdir();
    const file = path.join(dir, "exemptions.yaml");
    fs.writeFileSync(file, "version: 1\nexemptions: []\n");
    await expect(
        updateExemptionsFile(file, () => {
            throw new ExemptionsError(file, "refused");
        }),
    ).rejects.toThrow("refused");
    expect(fs.readFileSync(file, "utf8")).toBe("version: 1\nexemptions: []\n");
    expect(fs.readdirSync(dir)).toEqual(["exemptions.yaml"]);
    const result = await updateExemptionsFile(file, () => ({ document: { version: 1, exemptions: [] }, result: "written" }));
    expect(result).toBe("written");
});
