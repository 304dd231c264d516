/**
 * Files are never clobbered or half-written: `--output` never replaces a file the run reads or
 * appends to, writes through devices, pipes and symbolic links, keeps a file's mode, leaves no
 * temporary file behind (on error or when interrupted), and every path is checked before the
 * work. A decision log is only ever appended to a decision log, and a reader that closes
 * stdout early does not change the exit code.
 */
import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import * as fs from "node:fs";
import nodeFs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { InputError } from "../src/engine";
import { writeOutput } from "../src/cli/output";
import { repoRoot } from "./support";

const bin = path.join(repoRoot, "dist", "src", "cli", "main.js");
const insecure = path.join(repoRoot, "examples", "stacks", "insecure-web.json");
const program = path.join(repoRoot, "examples", "programs", "static-website", "insecure");
const isRoot = process.getuid?.() === 0;
let scratch: string;

beforeAll(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-output-"))));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A fresh directory of its own for one test, so its listing shows exactly what the run left. */
function workdir(): string {
    return fs.mkdtempSync(path.join(scratch, "t-"));
}

function guardrails(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
    const env = { ...process.env, GUARDRAILS_DECISION_LOG: "", GUARDRAILS_ACTOR: "dana", ...options.env };
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? scratch, env, encoding: "utf8", maxBuffer: 1 << 26, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A run refused as bad input: exit 2, nothing on stdout, one `guardrails: ` line on stderr matching `message`, no stack trace. */
function expectRefused(result: { code: number | null; stdout: string; stderr: string }, message: RegExp): void {
    expect(result.stderr).toMatch(/^guardrails: /);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(2);
}

function write(dir: string, name: string, content: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
}

function decisionRecord(): string {
    return JSON.stringify({
        time: "2026-01-01T00:00:00.000Z",
        environment: "prod",
        pack: "pulumi-guardrails@0.1.0",
        policy: "s3-no-public-acl",
        level: "mandatory",
        urn: "urn:pulumi:prod::web::aws:s3/bucket:Bucket::assets",
        outcome: "violation",
        reason: "The bucket is public.",
        actor: "dana",
    });
}

describe("--output never replaces a file the run reads or appends to", () => {
    type Setup = (dir: string) => { args: string[]; protectedFile: string; env?: NodeJS.ProcessEnv };
    const cases: Array<[string, Setup, RegExp]> = [
        [
            "check: the input file",
            (dir) => {
                const input = write(dir, "stack.json", fs.readFileSync(insecure, "utf8"));
                return { args: ["check", input, "--output", input], protectedFile: input };
            },
            /is the input/,
        ],
        [
            "check: the input, through a symbolic link",
            (dir) => {
                const input = write(dir, "stack.json", fs.readFileSync(insecure, "utf8"));
                fs.symlinkSync("stack.json", path.join(dir, "report.json"));
                return { args: ["check", input, "--output", path.join(dir, "report.json")], protectedFile: input };
            },
            /is the input/,
        ],
        [
            "check: the input, through a hard link (same inode)",
            (dir) => {
                const input = write(dir, "stack.json", fs.readFileSync(insecure, "utf8"));
                fs.linkSync(input, path.join(dir, "other-name.json"));
                return { args: ["check", input, "--output", path.join(dir, "other-name.json")], protectedFile: input };
            },
            /is the input/,
        ],
        [
            "check: the input, by a relative path through ..",
            (dir) => {
                const input = write(dir, "stack.json", fs.readFileSync(insecure, "utf8"));
                fs.mkdirSync(path.join(dir, "sub"));
                return { args: ["check", input, "--output", path.join(dir, "sub", "..", "stack.json")], protectedFile: input };
            },
            /is the input/,
        ],
        [
            "check: the exemptions file",
            (dir) => {
                const exemptions = write(dir, "exemptions.yaml", "version: 1\nexemptions: []\n");
                return { args: ["check", insecure, "--exemptions", exemptions, "--output", exemptions], protectedFile: exemptions };
            },
            /is the exemptions file/,
        ],
        [
            "check: the --config file",
            (dir) => {
                const config = write(dir, "config.json", JSON.stringify({ all: "advisory" }));
                return { args: ["check", insecure, "--config", config, "--output", config], protectedFile: config };
            },
            /is the --config file/,
        ],
        [
            "check: the --decision-log, an existing log",
            (dir) => {
                const log = write(dir, "decisions.jsonl", `${decisionRecord()}\n`);
                return { args: ["check", insecure, "--decision-log", log, "--output", log], protectedFile: log };
            },
            /is the decision log/,
        ],
        [
            "check: $GUARDRAILS_DECISION_LOG, named by another path",
            (dir) => {
                const log = write(dir, "decisions.jsonl", `${decisionRecord()}\n`);
                return { args: ["check", insecure, "--output", `${dir}/./decisions.jsonl`], protectedFile: log, env: { GUARDRAILS_DECISION_LOG: log } };
            },
            /is the decision log/,
        ],
        [
            "preview: the --config file",
            (dir) => {
                const config = write(dir, "config.json", JSON.stringify({ all: "advisory" }));
                return { args: ["preview", program, "--config", config, "--output", config], protectedFile: config };
            },
            /is the --config file/,
        ],
        [
            "catalog: $GUARDRAILS_DECISION_LOG",
            (dir) => {
                const log = write(dir, "decisions.jsonl", `${decisionRecord()}\n`);
                return { args: ["catalog", "--output", log], protectedFile: log, env: { GUARDRAILS_DECISION_LOG: log } };
            },
            /is the decision log/,
        ],
        [
            "frameworks: $GUARDRAILS_EXEMPTIONS",
            (dir) => {
                const exemptions = write(dir, "exemptions.yaml", "version: 1\nexemptions: []\n");
                return { args: ["frameworks", "--output", exemptions], protectedFile: exemptions, env: { GUARDRAILS_EXEMPTIONS: exemptions } };
            },
            /is the exemptions file/,
        ],
        [
            "key issue: the --config file",
            (dir) => {
                const config = write(dir, "config.json", JSON.stringify({ all: "advisory" }));
                return { args: ["key", "issue", "--env", "prod", "--config", config, "--output", config], protectedFile: config };
            },
            /is the --config file/,
        ],
    ];

    test.each(cases)("%s", (_name, setup, message) => {
        const dir = workdir();
        const { args, protectedFile, env } = setup(dir);
        const before = fs.readFileSync(protectedFile, "utf8");
        const listing = fs.readdirSync(dir).sort();
        const result = guardrails(args, { cwd: dir, env });
        expectRefused(result, message);
        expect(result.stderr).toMatch(/--output .*refusing to overwrite it/);
        expect(fs.readFileSync(protectedFile, "utf8")).toBe(before);
        expect(fs.readdirSync(dir).sort()).toEqual(listing);
    });

    test("a --decision-log that does not exist yet is protected too", () => {
        const dir = workdir();
        const result = guardrails(["check", insecure, "--decision-log", "decisions.jsonl", "--output", path.join(dir, "decisions.jsonl")], { cwd: dir });
        expectRefused(result, /--output .*decisions\.jsonl is the decision log/);
        expect(fs.readdirSync(dir)).toEqual([]);
    });
});

describe("writing through devices, pipes and links; regular files atomically", () => {
    test("a named pipe is written to, not replaced by a regular file", async () => {
        const dir = workdir();
        const fifo = path.join(dir, "report.fifo");
        expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
        // The reader is a process of its own: if the pipe were replaced, it is killed, not left hanging.
        const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "ignore"] });
        let read = "";
        reader.stdout.on("data", (chunk: Buffer) => (read += chunk.toString("utf8")));
        const readerDone = new Promise<void>((resolve) => reader.on("close", () => resolve()));
        const result = await run(["check", insecure, "--format", "json", "--output", fifo]);
        const timer = setTimeout(() => reader.kill("SIGKILL"), 10_000);
        await readerDone;
        clearTimeout(timer);
        expect(result.stderr).toMatch(/^guardrails: blocked — .*; report written to .*report\.fifo\n$/);
        expect(result.code).toBe(1);
        expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
        expect(JSON.parse(read).summary.mandatory).toBeGreaterThan(0);
        expect(fs.readdirSync(dir)).toEqual(["report.fifo"]);
    });

    test("a character device stays a device: a scratch copy of /dev/null first, then /dev/null itself", () => {
        // As root the old temp-and-rename would replace /dev/null for the whole machine, so the
        // real one is only tried once a scratch device (same major/minor) has come through.
        const dir = workdir();
        const device = path.join(dir, "null");
        const madeDevice = isRoot && spawnSync("mknod", [device, "c", "1", "3"]).status === 0;
        if (madeDevice) {
            const result = guardrails(["check", insecure, "--output", device]);
            expect(result.stderr).toMatch(/^guardrails: blocked — .*; report written to .*null\n$/);
            expect(result.code).toBe(1);
            expect(fs.lstatSync(device).isCharacterDevice()).toBe(true);
            expect(fs.readdirSync(dir)).toEqual(["null"]);
        }
        if (isRoot && !madeDevice) return; // cannot prove it safe to try on the real /dev/null here
        const devBefore = fs.readdirSync("/dev").sort();
        const result = guardrails(["check", insecure, "--output", "/dev/null"]);
        expect(result.stderr).toMatch(/^guardrails: blocked — .*; report written to \/dev\/null\n$/);
        expect(result.code).toBe(1);
        expect(fs.lstatSync("/dev/null").isCharacterDevice()).toBe(true);
        expect(fs.readdirSync("/dev").filter((f) => f.startsWith("null") && !devBefore.includes(f))).toEqual([]);
    });

    test("a symbolic link is written through: the target gets the report, the link stays", () => {
        const dir = workdir();
        fs.mkdirSync(path.join(dir, "reports"));
        const target = write(path.join(dir, "reports"), "latest.json", "old report\n");
        const link = path.join(dir, "report.json");
        fs.symlinkSync(path.join("reports", "latest.json"), link);
        const result = guardrails(["check", insecure, "--format", "json", "--output", link]);
        expect(result.code).toBe(1);
        expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
        expect(fs.readlinkSync(link)).toBe(path.join("reports", "latest.json"));
        expect(JSON.parse(fs.readFileSync(target, "utf8")).summary.mandatory).toBeGreaterThan(0);
        expect(fs.readdirSync(dir).sort()).toEqual(["report.json", "reports"]);
        expect(fs.readdirSync(path.join(dir, "reports"))).toEqual(["latest.json"]);
    });

    test("a dangling symbolic link is kept, and its target created", () => {
        const dir = workdir();
        const link = path.join(dir, "report.md");
        fs.symlinkSync("published.md", link);
        const result = guardrails(["catalog", "--format", "markdown", "--output", link]);
        expect(result.code).toBe(0);
        expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
        expect(fs.readFileSync(path.join(dir, "published.md"), "utf8")).toMatch(/s3-no-public-acl/);
        expect(fs.readdirSync(dir).sort()).toEqual(["published.md", "report.md"]);
    });

    test("a regular file keeps its mode (0640 stays 0640) and nothing else is left in its directory", () => {
        const dir = workdir();
        const out = write(dir, "report.txt", "old report\n");
        fs.chmodSync(out, 0o640);
        const result = guardrails(["check", insecure, "--output", out]);
        expect(result.code).toBe(1);
        expect(fs.statSync(out).mode & 0o7777).toBe(0o640);
        expect(fs.readFileSync(out, "utf8")).toMatch(/mandatory/);
        expect(fs.readdirSync(dir)).toEqual(["report.txt"]);
    });

    test("a failed write leaves the old file as it was and no temporary file", async () => {
        const dir = workdir();
        const out = write(dir, "report.json", "old report\n");
        // The rename is the last step: failing it means a complete temporary file was written.
        const rename = jest.spyOn(nodeFs, "rename").mockImplementation(((_from: string, _to: string, callback: (error: NodeJS.ErrnoException) => void) =>
            callback(Object.assign(new Error("EXDEV: cross-device link not permitted"), { code: "EXDEV" }))) as unknown as typeof nodeFs.rename);
        try {
            await expect(writeOutput(out, "new report\n")).rejects.toThrow(new InputError(out, "cannot write (EXDEV)"));
            expect(rename).toHaveBeenCalledTimes(1);
        } finally {
            rename.mockRestore();
        }
        expect(fs.readFileSync(out, "utf8")).toBe("old report\n");
        expect(fs.readdirSync(dir)).toEqual(["report.json"]);
    });

    test.each(["SIGTERM", "SIGINT"] as const)("%s while the report is being written removes the temporary file and keeps the old report", async (signal) => {
        const dir = workdir();
        const out = write(dir, "catalog.json", "previous catalog\n");
        // Holds the write open at its fsync, after the temporary file has its whole content.
        const stall = write(
            scratch,
            `stall-${signal}.js`,
            'const fs = require("fs");\nconst fsync = fs.fsync;\nfs.fsync = (fd, cb) => { process.stderr.write("write pending\\n"); setTimeout(() => fsync(fd, cb), 60000); };\n',
        );
        const child = spawn(process.execPath, ["-r", stall, bin, "catalog", "--format", "json", "--output", out], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
        let stderr = "";
        const pending = new Promise<void>((resolve) =>
            child.stderr?.on("data", (chunk: Buffer) => {
                stderr += chunk.toString("utf8");
                if (stderr.includes("write pending")) resolve();
            }),
        );
        const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, sig) => resolve({ code, signal: sig })));
        await pending;
        const temps = fs.readdirSync(dir).filter((f) => f !== "catalog.json");
        expect(temps).toHaveLength(1);
        expect(fs.statSync(path.join(dir, temps[0])).size).toBeGreaterThan(100_000);
        child.kill(signal);
        const end = await exited;
        expect(end.signal).toBe(signal);
        expect(fs.readdirSync(dir)).toEqual(["catalog.json"]);
        expect(fs.readFileSync(out, "utf8")).toBe("previous catalog\n");
    });
});

describe("every path is checked before the work", () => {
    test("a bad --output is reported before the input is even read", () => {
        const dir = workdir();
        const broken = write(dir, "broken.json", "{ not json");
        const result = guardrails(["check", broken, "--output", path.join(dir, "missing", "report.txt")]);
        expectRefused(result, /report\.txt: cannot write: directory .*missing does not exist/);
    });

    test("a bad decision log is reported before the input is read", () => {
        const dir = workdir();
        const broken = write(dir, "broken.json", "{ not json");
        const result = guardrails(["check", broken, "--decision-log", path.join(dir, "missing", "log.jsonl")]);
        expectRefused(result, /log\.jsonl: cannot create the decision log: directory .*missing does not exist/);
    });

    test.each([
        ["check", (out: string) => ["check", insecure, "--output", out]],
        ["preview", (out: string) => ["preview", program, "--output", out]],
        ["catalog", (out: string) => ["catalog", "--output", out]],
        ["frameworks", (out: string) => ["frameworks", "--output", out]],
        ["key issue", (out: string) => ["key", "issue", "--env", "prod", "--output", out]],
    ])("%s: --output a directory, or into a missing one", (_name, args) => {
        const dir = workdir();
        expectRefused(guardrails(args(dir)), /cannot write: is a directory/);
        expectRefused(guardrails(args(path.join(dir, "no", "such", "report"))), /cannot write: directory .*no\/such does not exist/);
        expect(fs.readdirSync(dir)).toEqual([]);
    });

    (isRoot ? test.skip : test)("an output directory that is not writable is refused up front", () => {
        const dir = workdir();
        fs.chmodSync(dir, 0o555);
        try {
            expectRefused(guardrails(["check", insecure, "--output", path.join(dir, "report.txt")]), /cannot write: directory .* is not writable/);
        } finally {
            fs.chmodSync(dir, 0o755);
        }
    });

    test("a program directory that does not exist is refused before anything runs", () => {
        expectRefused(guardrails(["preview", path.join(scratch, "no-program")]), /no-program: no such directory/);
    });

    test("the exemptions and config files must be readable", () => {
        expectRefused(guardrails(["check", insecure, "--exemptions", path.join(scratch, "none.yaml")]), /none\.yaml: cannot be read \(ENOENT\)/);
        expectRefused(guardrails(["check", insecure, "--config", scratch]), /is a directory, not a JSON file/);
    });
});

describe("the decision log is only appended to a decision log", () => {
    test("an existing file that is not a decision log is refused and left alone", () => {
        const dir = workdir();
        const notes = write(dir, "notes.txt", "my notes\nsecond line\n");
        const result = guardrails(["check", insecure, "--decision-log", notes]);
        expectRefused(result, /notes\.txt: is not a decision log/);
        expect(fs.readFileSync(notes, "utf8")).toBe("my notes\nsecond line\n");
    });

    test("a JSON file of another shape is refused too, named by $GUARDRAILS_DECISION_LOG", () => {
        const dir = workdir();
        const other = write(dir, "package.json", '{"name": "x", "version": "1.0.0"}\n');
        const result = guardrails(["check", insecure], { env: { GUARDRAILS_DECISION_LOG: other } });
        expectRefused(result, /package\.json: is not a decision log/);
    });

    test("a missing directory is named up front, not blamed on a policy", () => {
        const log = path.join(scratch, "no-such-dir", "decisions.jsonl");
        const result = guardrails(["check", insecure, "--decision-log", log]);
        expectRefused(result, /no-such-dir\/decisions\.jsonl: cannot create the decision log: directory .*no-such-dir does not exist/);
        expect(result.stderr).not.toMatch(/Policy|internal error/);
    });

    test("a directory is not a decision log", () => {
        expectRefused(guardrails(["check", insecure, "--decision-log", workdir()]), /is a directory, not a decision log/);
    });

    (isRoot ? test.skip : test)("a log that cannot be appended to is refused up front", () => {
        const dir = workdir();
        const log = write(dir, "decisions.jsonl", `${decisionRecord()}\n`);
        fs.chmodSync(log, 0o444);
        expectRefused(guardrails(["check", insecure, "--decision-log", log]), /decisions\.jsonl: cannot append to the decision log/);
    });

    test("an empty file and an existing log are appended to", () => {
        const dir = workdir();
        const empty = write(dir, "empty.jsonl", "");
        expect(guardrails(["check", insecure, "--decision-log", empty]).code).toBe(1);
        const lines = fs.readFileSync(empty, "utf8").trimEnd().split("\n");
        expect(lines.length).toBeGreaterThan(1);
        const log = write(dir, "decisions.jsonl", `${decisionRecord()}\n`);
        expect(guardrails(["check", insecure, "--decision-log", log]).code).toBe(1);
        expect(fs.readFileSync(log, "utf8").trimEnd().split("\n")).toHaveLength(lines.length + 1);
    });
});

/** Runs the CLI as a child process, asynchronously, with `prepare` called on it right after spawning. */
function run(args: readonly string[], prepare?: (child: ReturnType<typeof spawn>) => void, options: SpawnOptions = {}) {
    return new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [bin, ...args], { cwd: scratch, stdio: ["ignore", "pipe", "pipe"], ...options });
        let stderr = "";
        child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
        prepare?.(child);
        child.on("close", (code) => resolve({ code, stderr }));
    });
}

describe("a closed stdout keeps the verdict's exit code", () => {
    test("check, with its reader gone before the report is written: exit 1, nothing on stderr", async () => {
        const result = await run(["check", insecure, "--format", "json"], (child) => child.stdout?.destroy());
        expect(result.stderr).toBe("");
        expect(result.code).toBe(1);
    });

    test("catalog | head -1: exit 0, nothing on stderr", () => {
        const result = spawnSync("bash", ["-c", `"${process.execPath}" "${bin}" catalog --format json | head -1 >/dev/null; echo "exit \${PIPESTATUS[0]}"`], { encoding: "utf8", timeout: 60_000 });
        expect(result.stderr).toBe("");
        expect(result.stdout.trim()).toBe("exit 0");
    });
});
