/**
 * The decision log buffers its lines and appends them in batches: no decision is lost (flush,
 * idle flush, normal exit, a mandatory-violation exit code, process.exit), no line is torn or
 * interleaved with another process's, and the number of write calls stays bounded.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ts from "typescript";
import { DecisionLog, Governance, readDecisionLog, type DecisionLogContext } from "../src/governance";
import type { AppendTarget } from "../src/governance/decision-log";
import { repoRoot } from "./support";

let scratch: string;
beforeAll(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-log-stream-"))));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const context: DecisionLogContext = { environment: "ci", pack: "p@1.0.0", actor: "ci-bot", levelOf: () => "mandatory" };
const decision = (i: number) => ({ policy: "s3-no-public-acl", urn: `urn:pulumi:ci::app::aws:s3/bucket:Bucket::b-${i}`, outcome: "violation" as const, reason: `reason ${"x".repeat(i % 90)}` });

/** An append target in memory that keeps every write call's bytes. */
function recordingTarget(atomicLimit = Number.POSITIVE_INFINITY): { writes: string[]; open: () => AppendTarget } {
    const writes: string[] = [];
    return { writes, open: () => ({ write: (bytes) => (writes.push(Buffer.from(bytes).toString("utf8")), bytes.length), close: () => undefined, atomicLimit }) };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("batches", () => {
    test("thousands of records take a bounded number of write calls, each of whole lines", () => {
        const batchBytes = 16 * 1024;
        const { writes, open } = recordingTarget();
        const log = new DecisionLog(path.join(scratch, "bounded.jsonl"), context, { batchBytes, open });
        for (let i = 0; i < 5000; i++) log.record(decision(i));
        log.close();
        const text = writes.join("");
        const lines = text.trimEnd().split("\n");
        expect(lines.map((line) => (JSON.parse(line) as { urn: string }).urn)).toEqual(Array.from({ length: 5000 }, (_, i) => decision(i).urn));
        // The first record on its own, then one write per full batch, then the rest at close.
        expect(writes.length).toBeLessThanOrEqual(2 + Math.ceil(Buffer.byteLength(text) / batchBytes));
        expect(writes.length).toBeGreaterThan(2);
        for (const chunk of writes) {
            expect(chunk.endsWith("\n")).toBe(true);
            // A batch is written once it reaches batchBytes: without its last line it was below.
            const lastLine = chunk.slice(chunk.lastIndexOf("\n", chunk.length - 2) + 1);
            expect(Buffer.byteLength(chunk) - Buffer.byteLength(lastLine)).toBeLessThan(batchBytes);
        }
    });

    test("to a pipe or device no write exceeds PIPE_BUF, and a longer line goes alone", () => {
        const { writes, open } = recordingTarget(4096);
        const log = new DecisionLog(path.join(scratch, "pipe.jsonl"), context, { open });
        for (let i = 0; i < 300; i++) log.record(decision(i));
        log.record({ ...decision(300), reason: "y".repeat(6000) });
        log.flush();
        const long = writes.filter((chunk) => Buffer.byteLength(chunk) > 4096);
        expect(long).toHaveLength(1);
        expect(long[0].trimEnd().split("\n")).toHaveLength(1);
        expect(writes.every((chunk) => chunk.endsWith("\n"))).toBe(true);
        expect(writes.join("").trimEnd().split("\n")).toHaveLength(301);
    });

    test("records after the first wait in the buffer until the event loop is idle", async () => {
        const { writes, open } = recordingTarget();
        const log = new DecisionLog(path.join(scratch, "idle.jsonl"), context, { open });
        for (let i = 0; i < 100; i++) log.record(decision(i));
        expect(writes).toHaveLength(1);
        await nextTurn();
        expect(writes).toHaveLength(2);
        expect(writes.join("").trimEnd().split("\n")).toHaveLength(100);
        log.close();
    });

    test("a write that fails while idle is raised by the next call, naming its code", async () => {
        let calls = 0;
        const open = (): AppendTarget => ({
            write: (bytes) => {
                if (++calls === 2) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
                return bytes.length;
            },
            close: () => undefined,
            atomicLimit: Number.POSITIVE_INFINITY,
        });
        const log = new DecisionLog(path.join(scratch, "failing.jsonl"), context, { open });
        log.record(decision(0));
        log.record(decision(1));
        await nextTurn();
        expect(() => log.record(decision(2))).toThrow(/ENOSPC/);
    });

    test("Governance.flush puts every decision its hooks saw on disk", () => {
        const file = path.join(scratch, "governance.jsonl");
        const governance = new Governance({ environment: "ci", pack: { name: "p", version: "1.0.0" }, decisionLogPath: file, actor: "ci-bot" });
        for (let i = 0; i < 2000; i++) governance.hooks.decided?.(decision(i));
        governance.flush();
        expect(readDecisionLog(file)).toHaveLength(2000);
        governance.close();
    });
});

/**
 * The decision-log module compiled to CommonJS in the scratch directory, for child processes
 * (jest transpiles the sources only inside its own process).
 */
function compiledLogModule(): string {
    const out = path.join(scratch, "compiled");
    fs.mkdirSync(out, { recursive: true });
    for (const name of ["decision-log", "clock"]) {
        const source = fs.readFileSync(path.join(repoRoot, "src", "governance", `${name}.ts`), "utf8");
        const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } });
        fs.writeFileSync(path.join(out, `${name}.js`), outputText);
    }
    return path.join(out, "decision-log.js");
}

/** Runs a writer process: `count` records as `actor`, then `ending` (JavaScript) runs. */
function writer(file: string, actor: string, count: number, options: { batchBytes?: number; ending?: string }): Promise<number | null> {
    const script = `
        const { DecisionLog } = require(${JSON.stringify(compiledLogModule())});
        const log = new DecisionLog(${JSON.stringify(file)}, { environment: "ci", pack: "p@1", actor: ${JSON.stringify(actor)}, levelOf: () => "mandatory" }, ${JSON.stringify({ batchBytes: options.batchBytes })});
        for (let i = 0; i < ${count}; i++) log.record({ policy: "p", urn: "urn:${actor}:" + i, outcome: "violation", reason: "r".repeat(150 + (i % 120)) });
        ${options.ending ?? ""}
    `;
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "ignore", "inherit"] });
        child.on("error", reject);
        child.on("exit", (code) => resolve(code));
    });
}

/** Each actor's record numbers, in file order. */
function sequencesByActor(file: string): Map<string, number[]> {
    const byActor = new Map<string, number[]>();
    for (const record of readDecisionLog(file)) {
        const seen = byActor.get(record.actor) ?? [];
        seen.push(Number(record.urn.split(":").pop()));
        byActor.set(record.actor, seen);
    }
    return byActor;
}

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("processes", () => {
    test("two processes appending at once: every line is a whole record, none lost, each writer's in order", async () => {
        const file = path.join(scratch, "concurrent.jsonl");
        // Small batches, so the two writers' write calls really alternate.
        await expect(Promise.all([writer(file, "w1", 20000, { batchBytes: 4096 }), writer(file, "w2", 20000, { batchBytes: 4096 })])).resolves.toEqual([0, 0]);
        // readDecisionLog throws on any line that is not a whole record.
        const byActor = sequencesByActor(file);
        expect(byActor.get("w1")).toEqual(upTo(20000));
        expect(byActor.get("w2")).toEqual(upTo(20000));
    });

    test.each([
        ["ends normally", "", 0],
        ["ends with the mandatory-violation exit code", "process.exitCode = 1;", 1],
        ["calls process.exit(1) at once", "process.exit(1);", 1],
    ])("a process that %s without flushing loses no decision", async (_label, ending, code) => {
        const file = path.join(scratch, `exit-${code}-${ending.length}.jsonl`);
        await expect(writer(file, "solo", 3000, { ending })).resolves.toBe(code);
        expect(sequencesByActor(file).get("solo")).toEqual(upTo(3000));
    });
});
