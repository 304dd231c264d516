/**
 * What the HTML report's charts, filters and counts show of its findings (`HtmlTally`, which a
 * streamed report fills one finding at a time): exempted and baselined findings are not open, so
 * the "open findings" charts leave them out, while the filters, the table's count and the
 * framework chart count every finding.
 */
import type { CheckResult, Finding } from "../src/result";
import { HtmlTally, htmlChunks, type ReportContext } from "../src/report";

const context: ReportContext = { tool: { name: "pulumi-guardrails", version: "0.0.0-test" } };

function finding(policy: string, severity: Finding["severity"], pack: string, extra: Partial<Finding> = {}): Finding {
    return {
        pack,
        policy,
        level: "advisory",
        severity,
        urn: `urn:pulumi:s::p::t::${policy}`,
        type: "t",
        name: policy,
        message: `${policy} is wrong`,
        description: "why",
        remediation: "fix",
        kind: "violation",
        ...extra,
    };
}

const grant = { id: "e1", approvedBy: "sam", expiresAt: "2027-01-01T00:00:00Z" };
const FINDINGS: Finding[] = [
    finding("a", "high", "aws-security", { level: "mandatory", frameworks: { "nist-800-53": ["SC-7"] } }),
    finding("b", "high", "aws-security", { kind: "exempted", exemption: grant, frameworks: { "nist-800-53": ["SC-8"], "pci-dss": ["1.2"] } }),
    finding("c", "low", "kubernetes", { kind: "exempted", exemption: { ...grant, source: "baseline" } }),
    finding("d", "low", "tagging"),
];

/** The `<title>` texts of one chart's bars. */
function bars(html: string, title: string): string[] {
    const figure = html.split("<figure").find((part) => part.includes(`<figcaption>${title}</figcaption>`)) ?? "";
    return [...figure.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
}

test("a tally counts every finding for the filters and the framework chart, only open ones for the open charts", () => {
    const tally = new HtmlTally();
    for (const f of FINDINGS) tally.take(f);
    expect(tally.findings).toBe(4);
    expect([...tally.standings]).toEqual(["mandatory", "exempted", "baselined", "advisory"]);
    expect([...tally.severities]).toEqual(["high", "low"]);
    expect([...tally.packs]).toEqual(["aws-security", "kubernetes", "tagging"]);
    expect(Object.fromEntries(tally.openBySeverity)).toEqual({ high: 1, low: 1 });
    expect(Object.fromEntries(tally.openByPack)).toEqual({ "aws-security": 1, tagging: 1 });
    expect(Object.fromEntries(tally.byFramework)).toEqual({ "nist-800-53": 2, "pci-dss": 1 });
    expect(tally.counts).toEqual({ violations: 4, mandatory: 1, exempted: 1, baselined: 1 });
});

test("the page's charts, cards and filters show those counts", () => {
    const result = { findings: FINDINGS, notes: [], remediations: [], resources: [], rules: [], packs: [], packSummaries: {} } as unknown as CheckResult;
    const html = [...htmlChunks(result, context)].join("");
    expect(bars(html, "Open findings by severity")).toEqual(["high: 1", "low: 1"]);
    expect(bars(html, "Open findings by pack").sort()).toEqual(["aws-security: 1", "tagging: 1"]);
    expect(bars(html, "Findings by framework")).toEqual(["nist-800-53: 2", "pci-dss: 1"]);
    expect(html).toContain(`<span class="muted" id="shown-count">all 4 findings</span>`);
    expect(html).toMatch(/<option value="baselined">baselined<\/option>/);
    expect(html.match(/<tr data-standing=/g)).toHaveLength(4);
});
