/** The decision log's own file handling: a torn last line does not swallow the next record. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { currentActor, DecisionLog, readDecisionLog } from "./decision-log";
import { exemptionStatus, UNKNOWN_ACTOR } from "./exemptions";

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

describe("who is deploying", () => {
    test("in CI the CI system's identity wins; GUARDRAILS_ACTOR cannot override it there", () => {
        expect(currentActor({ GITHUB_ACTIONS: "true", GITHUB_ACTOR: "octo-bot", GUARDRAILS_ACTOR: "mallory", USER: "dev" })).toBe("octo-bot");
        expect(currentActor({ GITLAB_CI: "true", GITLAB_USER_LOGIN: "gl-user", GUARDRAILS_ACTOR: "mallory" })).toBe("gl-user");
    });

    test("outside CI GUARDRAILS_ACTOR names the actor, else the OS user; a lone GITHUB_ACTOR is not CI", () => {
        expect(currentActor({ GUARDRAILS_ACTOR: "dana", USER: "dev" })).toBe("dana");
        expect(currentActor({ GITHUB_ACTOR: "octo-bot", USER: "dev" })).toBe("dev");
    });

    test("an actor-bound exemption never applies to an actor nobody can tell; listing may ignore the actor", () => {
        const bound = { id: "ex-1", policy: "p", resources: ["*"], reason: "r", requestedBy: "a", approvedBy: "b", createdAt: "2026-12-01T00:00:00Z", expiresAt: "2026-12-09T00:00:00Z", actor: "ci-bot" };
        const now = new Date("2026-12-02T00:00:00Z");
        expect(exemptionStatus(bound, now, "ci-bot")).toBe("active");
        expect(exemptionStatus(bound, now, "mallory")).toBe("other-actor");
        expect(exemptionStatus(bound, now, undefined)).toBe("other-actor");
        expect(exemptionStatus(bound, now, UNKNOWN_ACTOR)).toBe("other-actor");
        expect(exemptionStatus(bound, now, undefined, true)).toBe("active");
    });
});
