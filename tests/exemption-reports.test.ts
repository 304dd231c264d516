/**
 * Exemptions in every report format, from a check result built by hand (the engine's part is
 * tested elsewhere): one exempted finding with every grant field, one mandatory violation that two
 * exemptions named but did not lift (one revoked, one for another actor), and one plain violation.
 * Each format must name the exemption's id, approver and expiry, and say why each one that did not
 * apply did not.
 */
import AjvDraft04 from "ajv-draft-04";
import * as fs from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type * as Sarif from "sarif";
import { defineRule } from "../src";
import { definePack } from "../src/pack";
import type { CheckResult, Finding } from "../src/result";
import { renderReport, FORMATS, type ReportContext } from "../src/report";

const BUCKET = "aws:s3/bucket:Bucket";
const urnOf = (name: string) => `urn:pulumi:prod::acme-web::${BUCKET}::${name}`;

const pack = definePack({
    name: "exempt-demo",
    version: "1.0.0",
    description: "Rules that exist only to render exemptions.",
    rules: [
        defineRule({
            id: "demo-bucket-public-acl",
            title: "No public bucket ACLs",
            description: "A public ACL lets anyone read the bucket.",
            severity: "critical",
            remediation: 'Use the "private" ACL.',
            defaultLevel: "mandatory",
            resourceType: BUCKET,
            validate() {},
        }),
        defineRule({
            id: "demo-bucket-versioning",
            title: "Buckets keep versions",
            description: "Without versioning an overwrite loses data.",
            severity: "high",
            remediation: "Enable versioning.",
            defaultLevel: "mandatory",
            resourceType: BUCKET,
            validate() {},
        }),
    ],
});
const [aclRule, versioningRule] = pack.rules;

const grant = {
    id: "ex-assets-acl",
    approvedBy: "security-oncall",
    expiresAt: "2026-12-31T00:00:00Z",
    requestedBy: "dana",
    reason: "CDN migration, INC-4211",
    signed: true,
};
const REVOKED = "exemption ex-logs-revoked was revoked at 2026-11-30T10:00:00Z (session over)";
const OTHER_ACTOR = "exemption ex-logs-sam was granted to sam, not to dana";

function finding(name: string, policy: string, message: string, extra: Partial<Finding> = {}): Finding {
    const rule = policy === aclRule.id ? aclRule : versioningRule;
    return {
        pack: pack.name,
        policy,
        level: "mandatory",
        severity: rule.severity,
        urn: urnOf(name),
        type: BUCKET,
        name,
        message,
        description: rule.description,
        remediation: rule.remediation,
        kind: "violation",
        ...extra,
    };
}

const exempted = finding(
    "assets",
    aclRule.id,
    `Exempted by ${grant.id} (approved by ${grant.approvedBy}, until ${grant.expiresAt}): Bucket \`assets\` uses the ACL "public-read".`,
    { kind: "exempted", level: "advisory", exemption: grant },
);
const refused = finding("logs", aclRule.id, 'Bucket `logs` uses the ACL "public-read".', {
    propertyPath: "acl",
    inactiveExemptions: [
        { id: "ex-logs-revoked", status: "revoked", reason: REVOKED, expiresAt: "2026-12-15T00:00:00Z" },
        { id: "ex-logs-sam", status: "other-actor", reason: OTHER_ACTOR, expiresAt: "2026-12-20T00:00:00Z" },
    ],
});
const plain = finding("logs", versioningRule.id, "Bucket `logs` keeps no versions.", { propertyPath: "versioning.enabled" });

const result: CheckResult = {
    packs: [{ name: pack.name, version: pack.version }],
    rules: pack.rules.map((rule) => ({ rule, level: "mandatory" as const })),
    resources: ["assets", "logs"].map((name) => ({ urn: urnOf(name), type: BUCKET, name })),
    findings: [exempted, refused, plain],
    notes: [],
    remediations: [],
    packSummaries: {},
};
const context: ReportContext = { tool: { name: "pulumi-guardrails", version: "0.0.0-test" }, inputFile: "stack.json" };
const render = (format: (typeof FORMATS)[number], r: CheckResult = result) => renderReport(format, r, context);

test.each(FORMATS)("%s names the exemption's id, approver and expiry, and why each other one did not apply", (format) => {
    const text = render(format);
    for (const part of [grant.id, grant.approvedBy, grant.expiresAt, REVOKED, OTHER_ACTOR]) expect(text).toContain(part);
});

test("revoked and other-actor exemptions give different reasons (the reason, not a stock phrase)", () => {
    expect(REVOKED).not.toBe(OTHER_ACTOR);
    for (const format of FORMATS) expect(render(format)).not.toContain("not valid yet");
    const table = render("table");
    expect(table).toContain(`Exemption ex-logs-revoked does not apply: ${REVOKED}.`);
    expect(table).toContain(`Exemption ex-logs-sam does not apply: ${OTHER_ACTOR}.`);
});

test("an inactive exemption without a reason falls back to its status", () => {
    const bare = { ...result, findings: [{ ...refused, inactiveExemptions: [{ id: "ex-x", status: "expired", reason: "", expiresAt: "2026-01-01T00:00:00Z" }] }] };
    expect(render("table", bare)).toContain("Exemption ex-x does not apply: expired.");
});

describe("table", () => {
    test("says who asked for the exemption, that it is signed and why, without repeating what the message says", () => {
        const table = render("table");
        expect(table).toContain("Requested by dana, signed. Justification: CDN migration, INC-4211.");
        // The message already names id, approver and expiry: they appear once.
        expect(table.split(grant.approvedBy).length - 1).toBe(1);
        expect(table).toMatch(/, 1 exempted\.\n$/);
    });

    test("names id, approver and expiry itself when the message does not", () => {
        const bare = { ...result, findings: [{ ...exempted, message: 'Bucket `assets` uses the ACL "public-read".' }] };
        expect(render("table", bare)).toContain(
            "Exempted by ex-assets-acl, approved by security-oncall, until 2026-12-31T00:00:00Z, requested by dana, signed. Justification: CDN migration, INC-4211.",
        );
    });
});

test("markdown counts the exempted finding in its summary, lists the exemption and why the others did not apply", () => {
    const md = render("markdown");
    const summary = md.split("\n").find((line) => line.includes("resources checked"));
    expect(summary).toMatch(/\*\*2 mandatory\*\*, 0 advisory, 0 to remediate, 1 exempted\.$/);
    expect(md).toContain("| ⚪ exempted | `demo-bucket-public-acl` | `assets` |");
    expect(md).toContain("### Exempted (1)");
    expect(md).toContain(
        "- `demo-bucket-public-acl` on `assets`: Exempted by ex-assets-acl, approved by security-oncall, until 2026-12-31T00:00:00Z, requested by dana, signed. Justification: CDN migration, INC-4211.",
    );
    expect(md).toContain("### Exemptions that did not apply");
    expect(md).toContain(`- \`demo-bucket-public-acl\` on \`logs\`: Exemption ex-logs-revoked does not apply: ${REVOKED}.`);
    expect(md).toContain(`- \`demo-bucket-public-acl\` on \`logs\`: Exemption ex-logs-sam does not apply: ${OTHER_ACTOR}.`);
});

describe("sarif", () => {
    const sarifSchema = JSON.parse(fs.readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
    const validate = new AjvDraft04({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(sarifSchema);
    const log = JSON.parse(render("sarif")) as Sarif.Log;
    const results = log.runs[0].results ?? [];
    const resultFor = (f: Finding) => results.find((r) => r.ruleId === f.policy && r.properties?.urn === f.urn);

    test("passes the SARIF 2.1.0 schema", () => {
        expect(validate(log) ? [] : validate.errors).toEqual([]);
    });

    test("an exempted result carries an accepted external suppression with the justification and the grant", () => {
        const r = resultFor(exempted);
        expect(r?.level).toBe("note");
        expect(r?.suppressions).toEqual([
            {
                kind: "external",
                status: "accepted",
                justification: grant.reason,
                properties: { exemptionId: grant.id, approvedBy: grant.approvedBy, expiresAt: grant.expiresAt, requestedBy: grant.requestedBy, signed: true },
            },
        ]);
    });

    test("without a justification the suppression's justification names id, approver and expiry", () => {
        const bare = { ...exempted, exemption: { id: grant.id, approvedBy: grant.approvedBy, expiresAt: grant.expiresAt } };
        const one = JSON.parse(render("sarif", { ...result, findings: [bare] })) as Sarif.Log;
        expect(one.runs[0].results?.[0].suppressions?.[0]).toMatchObject({
            status: "accepted",
            justification: "Exempted by ex-assets-acl, approved by security-oncall, until 2026-12-31T00:00:00Z.",
            properties: { exemptionId: grant.id, approvedBy: grant.approvedBy, expiresAt: grant.expiresAt },
        });
    });

    test("a violation whose exemptions did not apply stays unsuppressed, an error, and says why in its message and properties", () => {
        const r = resultFor(refused);
        expect(r?.level).toBe("error");
        // Not suppressed by any reading of the array: no entries at all, so not even consumers that
        // treat a non-empty `suppressions` as suppressed (whatever the status) can hide it.
        expect(r?.suppressions).toEqual([]);
        expect(r?.message.text).toContain(`Exemption ex-logs-revoked does not apply: ${REVOKED}.`);
        expect(r?.message.text).toContain(`Exemption ex-logs-sam does not apply: ${OTHER_ACTOR}.`);
        expect(r?.properties?.inactiveExemptions).toEqual([
            { id: "ex-logs-revoked", status: "revoked", reason: REVOKED, expiresAt: "2026-12-15T00:00:00Z" },
            { id: "ex-logs-sam", status: "other-actor", reason: OTHER_ACTOR, expiresAt: "2026-12-20T00:00:00Z" },
        ]);
    });

    test("every result carries `suppressions` once one does (SARIF 2.1.0 §3.27.23: all or none)", () => {
        expect(results).toHaveLength(3);
        for (const r of results) expect(Array.isArray(r.suppressions)).toBe(true);
        const accepted = results.filter((r) => r.suppressions?.some((s) => s.status === "accepted"));
        expect(accepted.map((r) => r.ruleId)).toEqual([exempted.policy]);
        const none = JSON.parse(render("sarif", { ...result, findings: [refused, plain] })) as Sarif.Log;
        for (const r of none.runs[0].results ?? []) expect(r).not.toHaveProperty("suppressions");
    });
});

describe("junit", () => {
    const xml = render("junit");
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["testsuite", "testcase", "failure"].includes(name) }).parse(xml);
    type Case = { "@_classname": string; "@_name": string; failure?: Array<{ "#text": string }>; skipped?: { "@_message": string } };
    const suite = doc.testsuites.testsuite[0] as { "@_skipped": string; "@_failures": string; testcase: Case[] };
    const caseOf = (policy: string, name: string) => suite.testcase.find((c) => c["@_classname"] === `${pack.name}.${policy}` && c["@_name"] === `${BUCKET}::${name}`);

    test("is well-formed", () => {
        expect(XMLValidator.validate(xml)).toBe(true);
    });

    test("an exempted finding is a skipped case naming the exemption, and the suite counts it", () => {
        const c = caseOf(aclRule.id, "assets");
        expect(c?.failure).toBeUndefined();
        expect(c?.skipped?.["@_message"]).toBe(
            "exempted by ex-assets-acl, approved by security-oncall, until 2026-12-31T00:00:00Z, requested by dana, signed: CDN migration, INC-4211",
        );
        expect(xml).toContain('<skipped message="exempted by ex-assets-acl, approved by security-oncall, until 2026-12-31T00:00:00Z');
        expect(suite["@_skipped"]).toBe("1");
        // Four cases (two rules × two buckets): assets' ACL skipped, assets' versioning passed, both of logs' failed.
        expect(suite.testcase).toHaveLength(4);
        expect(suite["@_failures"]).toBe("2");
    });

    test("the failure of a violation whose exemptions did not apply gives each reason", () => {
        const failure = caseOf(aclRule.id, "logs")?.failure?.[0]["#text"] ?? "";
        expect(failure).toContain(`Exemption ex-logs-revoked does not apply: ${REVOKED}.`);
        expect(failure).toContain(`Exemption ex-logs-sam does not apply: ${OTHER_ACTOR}.`);
        expect(caseOf(versioningRule.id, "logs")?.failure?.[0]["#text"]).not.toContain("does not apply");
    });

    test("with nothing exempted the suite skips nothing", () => {
        expect(render("junit", { ...result, findings: [refused, plain] })).toContain('skipped="0"');
    });
});

test("json passes every grant field and each inactive exemption through, and keeps the contract fields", () => {
    const json = JSON.parse(render("json"));
    expect(json.summary).toMatchObject({ resources: 2, violations: 3, mandatory: 2, advisory: 0, remediated: 0, exempted: 1 });
    const [lifted, kept, other] = json.violations;
    for (const v of json.violations) for (const key of ["pack", "policy", "level", "severity", "urn", "type", "name", "message"]) expect(v).toHaveProperty(key);
    // Schema 2: the fix is the rule's (in `rules`) unless the violation carries its own.
    for (const v of json.violations) expect(v.remediation ?? json.rules[v.policy]?.remediation).toEqual(expect.stringMatching(/\S/));
    expect(lifted).toMatchObject({ policy: aclRule.id, name: "assets", exempted: true, exemption: grant });
    expect(lifted.exemption).toEqual(grant);
    expect(kept.inactiveExemptions).toEqual(refused.inactiveExemptions);
    expect(kept).not.toHaveProperty("exemption");
    expect(other).not.toHaveProperty("inactiveExemptions");
});

test("json carries only the grant's declared fields", () => {
    const leaky = { ...exempted, exemption: { ...grant, signatures: { requester: "sig-r", approver: "sig-a" } } };
    const json = JSON.parse(render("json", { ...result, findings: [leaky] }));
    expect(json.violations[0].exemption).toEqual(grant);
});
