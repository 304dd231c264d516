/**
 * Baselines: fingerprints that ignore wording, counts per place, new versus baselined versus
 * fixed findings, expiry, and files that were edited by hand or are not baselines at all.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CheckResult, Finding } from "../result";
import { applyBaseline, createBaseline, findingFingerprint, readBaselineFile, type Baseline } from "./baseline";
import type { Rule } from "../rule";

const rule = (id: string) => ({ rule: { id } as Rule, level: "mandatory" as const });

function finding(policy: string, urn: string, extra: Partial<Finding> = {}): Finding {
    return {
        pack: "p",
        policy,
        level: "mandatory",
        severity: "high",
        urn,
        type: "aws:s3/bucket:Bucket",
        name: urn.split("::").pop() ?? "",
        message: `${policy} on ${urn}`,
        description: "why",
        remediation: "fix",
        kind: "violation",
        ...extra,
    };
}

function result(findings: Finding[], rules = ["a", "b", "c"]): CheckResult {
    return { packs: [], rules: rules.map(rule), resources: [], findings, notes: [], remediations: [], packSummaries: {} };
}

const created = new Date("2026-12-01T00:00:00Z");
const later = new Date("2026-12-10T00:00:00Z");

test("the fingerprint is the policy, URN and property path: another message is the same finding", () => {
    const one = finding("a", "urn:1", { propertyPath: "acl", message: "old wording" });
    const reworded: Finding = { ...one, message: "new wording", severity: "low" };
    expect(findingFingerprint(one)).toBe(findingFingerprint(reworded));
    expect(findingFingerprint(one)).not.toBe(findingFingerprint({ ...one, propertyPath: "policy" }));
    expect(findingFingerprint(one)).not.toBe(findingFingerprint({ ...one, urn: "urn:2" }));
    expect(findingFingerprint(one)).toMatch(/^sha256:[0-9a-f]{64}$/);
});

test("a baseline records violations only, counting two at the same place", () => {
    const baseline = createBaseline(
        result([
            finding("a", "urn:1", { propertyPath: "ingress" }),
            finding("a", "urn:1", { propertyPath: "ingress" }),
            finding("b", "urn:1", { kind: "exempted", level: "advisory" }),
            finding("c", "urn:2", { level: "advisory" }),
        ]),
        { createdAt: created, input: "stack.json" },
    );
    expect(baseline).toMatchObject({ version: 1, kind: "guardrails-baseline", createdAt: created.toISOString(), input: "stack.json" });
    expect(baseline.expiresAt).toBeUndefined();
    expect(baseline.entries.map((e) => [e.policy, e.urn, e.propertyPath, e.count])).toEqual([
        ["a", "urn:1", "ingress", 2],
        ["c", "urn:2", undefined, 1],
    ]);
});

describe("applying a baseline", () => {
    const today = [finding("a", "urn:1", { propertyPath: "acl" }), finding("b", "urn:2")];
    const baseline = createBaseline(result(today), { createdAt: created });

    test("recorded findings are lifted as baselined; a new one keeps its level and fails", () => {
        const now = [...today, finding("c", "urn:3")];
        const { result: applied, outcome } = applyBaseline(result(now), baseline, "b.json", later);
        expect(applied.findings.map((f) => [f.policy, f.kind, f.level, f.exemption?.source])).toEqual([
            ["a", "exempted", "advisory", "baseline"],
            ["b", "exempted", "advisory", "baseline"],
            ["c", "violation", "mandatory", undefined],
        ]);
        expect(applied.findings[0].exemption).toMatchObject({ id: "baseline", approvedBy: "b.json", since: created.toISOString(), expiresAt: "" });
        expect(outcome).toEqual({ file: "b.json", createdAt: created.toISOString(), baselined: 2, fixed: [], expired: 0 });
    });

    test("an entry whose finding is gone is fixed; one of a policy that did not run is not", () => {
        const { outcome } = applyBaseline(result([today[0]], ["a", "b"]), baseline, "b.json", later);
        expect(outcome.fixed).toEqual([{ policy: "b", urn: "urn:2" }]);
        expect(applyBaseline(result([today[0]], ["a"]), baseline, "b.json", later).outcome.fixed).toEqual([]);
    });

    test("a second finding at a recorded place is new", () => {
        const { result: applied } = applyBaseline(result([today[0], today[0]]), baseline, "b.json", later);
        expect(applied.findings.map((f) => f.kind)).toEqual(["exempted", "violation"]);
    });

    test("after its expiry a baseline lifts nothing, and says how many entries expired", () => {
        const expiring: Baseline = { ...baseline, expiresAt: "2026-12-05T00:00:00Z" };
        const { result: applied, outcome } = applyBaseline(result(today), expiring, "b.json", later);
        expect(applied.findings.every((f) => f.kind === "violation" && f.level === "mandatory")).toBe(true);
        expect(outcome).toMatchObject({ baselined: 0, expired: 2, fixed: [] });
        expect(applyBaseline(result(today), expiring, "b.json", created).outcome.baselined).toBe(2);
    });

    test("an entry's own expiry wins over the file's", () => {
        const mixed: Baseline = { ...baseline, entries: [{ ...baseline.entries[0], expiresAt: "2026-12-02T00:00:00Z" }, baseline.entries[1]] };
        expect(applyBaseline(result(today), mixed, "b.json", later).result.findings.map((f) => f.kind)).toEqual(["violation", "exempted"]);
    });
});

describe("reading a baseline file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-baseline-"));
    const write = (name: string, content: unknown) => {
        const file = path.join(dir, name);
        fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
        return file;
    };
    const good = createBaseline(result([finding("a", "urn:1", { propertyPath: "acl" })]), { createdAt: created, expiresAt: later });

    test("what createBaseline wrote reads back", () => {
        expect(readBaselineFile(write("good.json", good))).toEqual(good);
    });

    test.each([
        ["another JSON document", { resources: [] }, /not a guardrails baseline: the document is missing "version" \(make one with guardrails baseline create\)$/],
        ["another kind", { ...good, kind: "exemptions" }, /not a guardrails baseline: kind must be "guardrails-baseline"/],
        ["a count of zero", { ...good, entries: [{ ...good.entries[0], count: 0 }] }, /not a guardrails baseline: entries\[0\]\.count must be >= 1/],
        ["an expiry that is not a time", { ...good, expiresAt: "soon" }, /not a guardrails baseline: expiresAt must match pattern/],
        ["an entry moved to another resource by hand", { ...good, entries: [{ ...good.entries[0], urn: "urn:other" }] }, /entry 0 \(a on urn:other\): its fingerprint does not match/],
        ["text that is not JSON", "{ nope", /.+/],
    ])("%s is refused in one line", (_name, content, message) => {
        const file = write("bad.json", content);
        let error: unknown;
        try {
            readBaselineFile(file);
        } catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(Error);
        expect(String((error as Error).message)).toMatch(message);
        expect(String((error as Error).message)).not.toContain("\n");
    });
});
