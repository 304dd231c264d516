import type { Rule } from "../../rule";
import { looksLikeEngineEvents, parseEngineEvents, resultFromEngineEvents } from "./engine-events";

const urn = (type: string, name: string) => `urn:pulumi:prod::acme::${type}::${name}`;
const ours = { id: "s3-no-public-acl", title: "No public ACLs", description: "Public ACLs leak data.", severity: "critical", remediation: "Use private.", frameworks: { "aws-fsbp": ["S3.2"] } } as unknown as Rule;
const known = new Map([[ours.id, ours]]);
const line = (event: Record<string, unknown>, sequence = 1) => JSON.stringify({ sequence, timestamp: 1, ...event });
const policyEvent = (fields: Record<string, unknown>) => line({ policyEvent: { color: "raw", policyPackName: "pulumi-guardrails", policyPackVersion: "0.3.0", policyPackVersionTag: "0.3.0", ...fields } });

test("an event stream is told from a JSON document by its first line", () => {
    expect(looksLikeEngineEvents(`${line({ preludeEvent: { config: {} } })}\n${line({ cancelEvent: {} }, 2)}\n`)).toBe(true);
    expect(looksLikeEngineEvents('{ "version": 3, "deployment": {} }')).toBe(false);
    expect(looksLikeEngineEvents(JSON.stringify({ version: 3, deployment: { resources: [] } }))).toBe(false);
    expect(looksLikeEngineEvents("[]")).toBe(false);
    // One event on one line, with leading blank lines and a BOM.
    expect(looksLikeEngineEvents(`\ufeff\n\n  ${line({ preludeEvent: { config: {} } })}`)).toBe(true);
    // A stack export that mentions the words but is not an event.
    expect(looksLikeEngineEvents(JSON.stringify({ version: 3, deployment: { resources: [{ outputs: { sequence: 1, note: "policyEvent" } }] } }))).toBe(false);
});

test("a line that is not an event is refused, naming the line", () => {
    expect(() => parseEngineEvents("events.jsonl", `${line({ cancelEvent: {} })}\nnot json\n`)).toThrow(/line 2 is not JSON/);
    expect(() => parseEngineEvents("events.jsonl", `${line({ cancelEvent: {} })}\n{"sequence": 2}\n`)).toThrow(/line 2 is not a Pulumi engine event/);
});

test("policy events become findings: ours with the rule's metadata, others at medium; warning is advisory; none is nothing", () => {
    const text = [
        line({ resourcePreEvent: { metadata: { op: "create", urn: urn("aws:s3/bucket:Bucket", "logs"), type: "aws:s3/bucket:Bucket" } } }),
        policyEvent({ resourceUrn: urn("aws:s3/bucket:Bucket", "logs"), policyName: "s3-no-public-acl", enforcementLevel: "mandatory", message: "<{%reset%}>Public ACLs leak data.\nBucket `logs` is public.<{%reset%}>" }),
        policyEvent({ resourceUrn: urn("aws:s3/bucket:Bucket", "logs"), policyName: "acme-naming", policyPackName: "acme", enforcementLevel: "warning", message: "\u001b[33mName does not\nfollow the convention\u001b[0m" }),
        policyEvent({ resourceUrn: urn("aws:s3/bucket:Bucket", "logs"), policyName: "acme-off", policyPackName: "acme", enforcementLevel: "none", message: "ignored" }),
        policyEvent({ policyName: "acme-stack", policyPackName: "acme", enforcementLevel: "mandatory", message: "stack-wide" }),
    ].join("\n");
    const result = resultFromEngineEvents(parseEngineEvents("e", text), known);
    expect(result.findings.map((f) => [f.policy, f.level, f.severity, f.name, f.message])).toEqual([
        ["s3-no-public-acl", "mandatory", "critical", "logs", "Bucket `logs` is public."],
        ["acme-naming", "advisory", "medium", "logs", "Name does not follow the convention"],
        ["acme-stack", "mandatory", "medium", "", "stack-wide"],
    ]);
    expect(result.findings[0]).toMatchObject({ type: "aws:s3/bucket:Bucket", remediation: "Use private.", frameworks: { "aws-fsbp": ["S3.2"] }, kind: "violation" });
    expect(result.packs).toEqual([
        { name: "pulumi-guardrails", version: "0.3.0" },
        { name: "acme", version: "0.3.0" },
    ]);
    expect(result.resources).toEqual([{ urn: urn("aws:s3/bucket:Bucket", "logs"), type: "aws:s3/bucket:Bucket", name: "logs" }]);
    expect(result.rules.map((r) => [r.rule.id, r.level])).toEqual([
        ["s3-no-public-acl", "mandatory"],
        ["acme-naming", "advisory"],
        ["acme-stack", "mandatory"],
    ]);
});

test("a remediation event lists the top-level properties it changed", () => {
    const text = line({
        policyRemediationEvent: { resourceUrn: urn("aws:s3/bucket:Bucket", "logs"), color: "raw", policyName: "acme-tags", policyPackName: "acme", policyPackVersion: "1.0.0", before: { bucket: "b", acl: "public-read" }, after: { bucket: "b", tags: { owner: "web" } } },
    });
    const result = resultFromEngineEvents(parseEngineEvents("e", text), known);
    expect(result.remediations).toEqual([
        {
            pack: "acme",
            policy: "acme-tags",
            urn: urn("aws:s3/bucket:Bucket", "logs"),
            type: "aws:s3/bucket:Bucket",
            name: "logs",
            changes: [
                { path: "acl", before: "public-read", after: undefined },
                { path: "tags", before: undefined, after: { owner: "web" } },
            ],
        },
    ]);
    expect(result.findings).toEqual([]);
});
