/** The decision log's own file handling: a torn last line does not swallow the next record. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DecisionLog, readDecisionLog } from "./decision-log";

test("a record after a torn last line starts a line of its own, and the torn line is skipped with its number", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-log-"));
    try {
        const file = path.join(dir, "decisions.jsonl");
        const log = new DecisionLog(file, { environment: "dev", pack: "p@1.0.0", actor: "ci", levelOf: () => "mandatory" });
        log.record({ policy: "a", urn: "u1", outcome: "pass", reason: "ok" });
        fs.appendFileSync(file, '{"time":"2026-12-02T00:00:00.000Z","policy":"b"');
        new DecisionLog(file, { environment: "dev", pack: "p@1.0.0", actor: "ci", levelOf: () => "mandatory" }).record({ policy: "c", urn: "u2", outcome: "violation", reason: "bad" });
        const skipped: number[] = [];
        const records = readDecisionLog(file, (line) => skipped.push(line));
        expect(records.map((r) => r.policy)).toEqual(["a", "c"]);
        expect(skipped).toEqual([2]);
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});
