import * as fs from "node:fs";
import nodeFs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { TextSpool } from "./spool";

let scratch: string;
beforeEach(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-spool-test-"))));
afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(scratch, { recursive: true, force: true });
});

const readBack = (spool: TextSpool) => Buffer.concat([...spool.read()]).toString("utf8");

describe("TextSpool", () => {
    test("gives back what was appended, in order, across batch boundaries and multi-byte characters", () => {
        const spool = new TextSpool(scratch);
        const pieces: string[] = [];
        // Pieces of every size, with 2-, 3- and 4-byte characters, past several 1 MiB batches.
        for (let i = 0; i < 30_000; i++) pieces.push(`${i}:${"é€😀".repeat(i % 40)}|`);
        pieces.push("x".repeat(3 << 20));
        for (const piece of pieces) spool.append(piece);
        spool.finish();
        expect(readBack(spool)).toBe(pieces.join(""));
        spool.dispose();
    });

    test("gives back spans in any order: shuffled, repeated, adjacent ones read together, across chunks", () => {
        const spool = new TextSpool(scratch);
        const pieces: string[] = [];
        for (let i = 0; i < 20_000; i++) pieces.push(`<${i}:${"é€😀".repeat(i % 50)}>`);
        pieces.splice(777, 0, "z".repeat(3 << 20), "w".repeat((1 << 20) - 5));
        const spans = pieces.map((piece) => {
            const start = spool.size;
            spool.append(piece);
            return { start, length: spool.size - start };
        });
        spool.finish();
        expect(spans.at(-1)!.start + spans.at(-1)!.length).toBe(Buffer.byteLength(pieces.join("")));
        // A fixed shuffle, then runs in file order, then every span twice over.
        let seed = 7;
        const shuffled = pieces.map((_, i) => i).sort(() => ((seed = (seed * 48271) % 2147483647) % 3) - 1);
        const orders = [shuffled, pieces.map((_, i) => i), [...pieces.keys(), ...pieces.keys()].filter((i) => i % 3 !== 1)];
        for (const order of orders) {
            const chunks = [...spool.readSpans(order.map((i) => spans[i]))];
            expect(Buffer.concat(chunks).toString("utf8")).toBe(order.map((i) => pieces[i]).join(""));
            // Only the span larger than a chunk comes as a chunk of its own size.
            expect(chunks.filter((c) => c.length > 1 << 20)).toHaveLength(order.filter((i) => i === 777).length);
            expect(chunks.every((c) => c.length > 0)).toBe(true);
        }
        expect([...spool.readSpans([])]).toEqual([]);
        spool.dispose();
    });

    test("keeps its file in a private directory and removes both when disposed of", () => {
        const spool = new TextSpool(scratch);
        spool.append("finding");
        spool.finish();
        const [directory] = fs.readdirSync(scratch);
        expect(directory).toMatch(/^guardrails-spool-/);
        expect(fs.statSync(path.join(scratch, directory)).mode & 0o777).toBe(0o700);
        spool.dispose();
        expect(fs.readdirSync(scratch)).toEqual([]);
        expect(() => [...spool.read()]).toThrow(/disposed/);
    });

    test("a failed write does not throw where the text is appended, but from finish", () => {
        const spool = new TextSpool(scratch);
        const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
        jest.spyOn(nodeFs, "writeSync").mockImplementation(() => {
            throw full;
        });
        expect(() => {
            for (let i = 0; i < 5000; i++) spool.append("y".repeat(1000));
        }).not.toThrow();
        expect(() => spool.finish()).toThrow(/guardrails-spool-\w+: cannot keep the findings here until the report is written \(ENOSPC\); free some space or set TMPDIR/);
        spool.dispose();
        expect(fs.readdirSync(scratch)).toEqual([]);
    });

    test("refuses a directory it cannot create its file in", () => {
        expect(() => new TextSpool(path.join(scratch, "missing"))).toThrow(/ENOENT/);
    });
});
