/**
 * Reports people can read, on results the engine made from generated violation-heavy stacks:
 * Markdown within its character budget (whole rows, closed blocks, most severe first, why and
 * how to fix once per policy), the one-screen summary, severity filters and thresholds, JUnit with
 * one failure per test case, the table grouped by resource, and the CLI's progress helpers.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { checkResources, convertInput, hasMandatoryFindings, type CheckResult, type Finding } from "../src/engine";
import {
    compareFindings,
    failsOn,
    filterBySeverity,
    junitChunks,
    renderJunit,
    renderMarkdown,
    renderSummary,
    renderTable,
    sortFindings,
    tableChunks,
    verdictSentence,
    summarize,
    DEFAULT_MARKDOWN_BUDGET,
    REPORT_SEVERITIES,
    STEP_SUMMARY_MARKDOWN_BUDGET,
    MARKDOWN_BUDGET_PRESET_UNITS,
    type ReportContext,
} from "../src/report";
import { severityRank, standingOf } from "../src/report/filter";
import { parseFailOn, parseMarkdownBudget, parseMinSeverity, progressWriter, showsProgress } from "../src/cli/check-command";
import { allPacks } from "../packs";

const context: ReportContext = { tool: { name: "pulumi-guardrails", version: "0.0.0-test" }, inputFile: "heavy.json" };

/**
 * A `pulumi stack export` of `count` resources, nearly all misconfigured: public buckets, open
 * SSH, IMDSv1 instances, admin IAM policies, public unencrypted databases, unrotated keys and
 * privileged Kubernetes deployments; every other resource lacks tags.
 */
function violationHeavyStack(count: number): unknown {
    const base = "urn:pulumi:prod::heavy";
    const resources: unknown[] = [{ urn: `${base}::pulumi:pulumi:Stack::heavy-prod`, type: "pulumi:pulumi:Stack", custom: false }];
    const add = (type: string, name: string, inputs: Record<string, unknown>) =>
        resources.push({ urn: `${base}::${type}::${name}`, type, custom: true, id: `${name}-id`, inputs, outputs: inputs });
    for (let i = 0; resources.length <= count; i++) {
        const tags = i % 2 === 0 ? { owner: "team" } : undefined;
        switch (i % 7) {
            case 0:
                add("aws:s3/bucket:Bucket", `bucket-${i}`, { bucket: `b-${i}`, acl: "public-read", tags });
                break;
            case 1:
                add("aws:ec2/securityGroup:SecurityGroup", `sg-${i}`, { description: "x", ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }], tags });
                break;
            case 2:
                add("aws:ec2/instance:Instance", `vm-${i}`, { ami: "ami-1", instanceType: "m5.4xlarge", metadataOptions: { httpTokens: "optional" }, associatePublicIpAddress: true, tags });
                break;
            case 3:
                add("aws:iam/policy:Policy", `policy-${i}`, { policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }) });
                break;
            case 4:
                add("aws:rds/instance:Instance", `db-${i}`, { engine: "postgres", instanceClass: "db.r5.2xlarge", allocatedStorage: 100, publiclyAccessible: true, storageEncrypted: false, tags });
                break;
            case 5:
                add("aws:kms/key:Key", `key-${i}`, { enableKeyRotation: false, tags });
                break;
            default:
                add("kubernetes:apps/v1:Deployment", `web-${i}`, {
                    metadata: { name: `web-${i}` },
                    spec: { replicas: 1, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx:latest", securityContext: { privileged: true } }] } } },
                });
        }
    }
    return { version: 3, deployment: { resources } };
}

async function checkHeavy(count: number): Promise<CheckResult> {
    return checkResources(convertInput("heavy.json", violationHeavyStack(count)).resources, { packs: allPacks });
}

/** The same result with every `n`th finding lifted by an exemption, as the engine reports one. */
function withExemptions(result: CheckResult, n: number): CheckResult {
    const findings = result.findings.map((f, i) =>
        i % n === 0 ? { ...f, kind: "exempted" as const, level: "advisory" as const, exemption: { id: `ex-${i}`, approvedBy: "sam", expiresAt: "2030-01-01T00:00:00Z" } } : f,
    );
    return { ...result, findings };
}

let big: CheckResult;
let small: CheckResult;

beforeAll(async () => {
    [big, small] = await Promise.all([checkHeavy(10_000), checkHeavy(300)]);
}, 120_000);

test("the generated stacks are violation-heavy (about five findings per resource or more)", () => {
    expect(big.resources.length).toBeGreaterThanOrEqual(10_000);
    expect(big.findings.length / big.resources.length).toBeGreaterThanOrEqual(5);
    expect(big.findings.some((f) => f.level === "mandatory")).toBe(true);
    expect(big.findings.some((f) => f.level === "advisory")).toBe(true);
});

/** The lines of the findings table (between its header and the first line that is not a row). */
function findingRows(md: string): string[] {
    const lines = md.split("\n");
    const start = lines.indexOf("| Level | Policy | Resource | Problem |");
    if (start < 0) return [];
    const rows: string[] = [];
    for (let i = start + 2; i < lines.length && lines[i].startsWith("|"); i++) rows.push(lines[i]);
    return rows;
}

/** Cells of a table row, splitting on unescaped pipes. */
function cells(row: string): string[] {
    return row.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
}

/** Problems that would make the Markdown render wrong: unclosed blocks, torn rows, ragged tables. */
function markdownProblems(md: string): string[] {
    const problems: string[] = [];
    const opened = (md.match(/<details>/g) ?? []).length;
    const closed = (md.match(/<\/details>/g) ?? []).length;
    if (opened !== closed) problems.push(`${opened} <details> but ${closed} </details>`);
    if (!md.endsWith("\n")) problems.push("no final newline");
    let columns = 0;
    for (const line of md.split("\n")) {
        if (!line.startsWith("|")) {
            columns = 0;
            continue;
        }
        if (!line.endsWith("|") || line.endsWith("\\|")) problems.push(`torn row: ${line.slice(0, 80)}`);
        const n = cells(line).length;
        if (columns === 0) columns = n;
        else if (n !== columns) problems.push(`row with ${n} cells in a ${columns}-column table: ${line.slice(0, 80)}`);
    }
    return problems;
}

describe("markdown within a character budget", () => {
    test("a 10k-resource violation-heavy result fits a pull-request comment, with the rest counted in one closing line", () => {
        const md = renderMarkdown(big, context);
        expect(md.length).toBeLessThanOrEqual(DEFAULT_MARKDOWN_BUDGET);
        expect(markdownProblems(md)).toEqual([]);
        const rows = findingRows(md);
        expect(rows.length).toBeGreaterThan(50);
        const more = big.findings.length - rows.length;
        expect(md.trimEnd().split("\n").pop()).toBe(`… and ${more.toLocaleString("en-US")} more findings — see the full report artifact.`);
    });

    test("leads with the verdict and counts, then one summary row per policy and level", () => {
        const md = renderMarkdown(big, context);
        const s = summarize(big);
        expect(md.startsWith("## ❌ Blocked — pulumi-guardrails\n")).toBe(true);
        expect(md).toContain(`**${s.mandatory} mandatory**, ${s.advisory} advisory`);
        const summaryStart = md.indexOf("### Findings by policy");
        expect(summaryStart).toBeGreaterThan(0);
        expect(summaryStart).toBeLessThan(md.indexOf("### Findings\n"));
        const policies = new Set(big.findings.map((f) => f.policy));
        const summaryRows = md.slice(summaryStart, md.indexOf("### Findings\n")).split("\n").filter((l) => l.startsWith("| `"));
        expect(summaryRows).toHaveLength(policies.size);
        // The counts are the policies' own.
        const [policy, , , count] = cells(summaryRows[0]);
        const name = policy.replace(/`/g, "");
        expect(Number(count.replace(/,/g, ""))).toBe(big.findings.filter((f) => f.policy === name && standingOf(f) === "mandatory").length);
    });

    test("findings come most severe first: mandatory, advisory, exempted; then by severity", () => {
        const exempting = withExemptions(small, 4);
        const md = renderMarkdown(exempting, { ...context, markdownBudget: STEP_SUMMARY_MARKDOWN_BUDGET });
        const rows = findingRows(md);
        expect(rows).toHaveLength(exempting.findings.length);
        const severityOf = new Map(exempting.findings.map((f) => [f.policy, f.severity]));
        const standingRank = { "🔴 mandatory": 0, "🟡 advisory": 1, "⚪ exempted": 2 } as Record<string, number>;
        const keys = rows.map((r) => {
            const [level, policy] = cells(r);
            return [standingRank[level], -severityRank(severityOf.get(policy.replace(/`/g, "")) ?? "info")];
        });
        const sortedKeys = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(keys).toEqual(sortedKeys);
        expect(new Set(keys.map((k) => k[0]))).toEqual(new Set([0, 1, 2]));
    });

    test("why and how to fix appear once per policy shown, not per finding", () => {
        const md = renderMarkdown(big, context);
        const shown = new Set(findingRows(md).map((r) => cells(r)[1].replace(/`/g, "")));
        const entries = md.split("\n").filter((l) => l.startsWith("- **`"));
        expect(entries.map((l) => /^- \*\*`([^`]+)`/.exec(l)?.[1]).sort()).toEqual([...shown].sort());
        for (const policy of shown) {
            const remediation = big.findings.find((f) => f.policy === policy)?.remediation ?? "";
            expect(md.split(remediation.slice(0, 40)).length - 1).toBe(1);
        }
    });

    test("a larger budget shows more, and every budget is kept", () => {
        const summaryBudget = renderMarkdown(big, { ...context, markdownBudget: STEP_SUMMARY_MARKDOWN_BUDGET });
        expect(summaryBudget.length).toBeLessThanOrEqual(STEP_SUMMARY_MARKDOWN_BUDGET);
        expect(findingRows(summaryBudget).length).toBeGreaterThan(findingRows(renderMarkdown(big, context)).length);
        const exempting = withExemptions(big, 3);
        for (const budget of [1_024, 3_000, 20_000]) {
            const md = renderMarkdown(exempting, { ...context, markdownBudget: budget });
            expect(md.length).toBeLessThanOrEqual(budget);
            expect(markdownProblems(md)).toEqual([]);
            expect(md).toMatch(/see the full report artifact\.\n$/);
        }
    });

    test("a budget in bytes keeps the UTF-8 text within it, where one in characters would not", () => {
        // Messages in other scripts take two or three bytes a character, as do the level cells' emoji.
        const worded = Object.assign({}, big, { findings: big.findings.map((f) => Object.assign({}, f, { message: `${f.message} — überprüfen: 設定を確認してください` })) });
        const budget = 50_000;
        const inCharacters = renderMarkdown(worded, { ...context, markdownBudget: budget });
        const inBytes = renderMarkdown(worded, { ...context, markdownBudget: budget, markdownBudgetUnit: "bytes" });
        expect(inCharacters.length).toBeLessThanOrEqual(budget);
        expect(Buffer.byteLength(inCharacters)).toBeGreaterThan(budget);
        expect(Buffer.byteLength(inBytes)).toBeLessThanOrEqual(budget);
        expect(Buffer.byteLength(inBytes)).toBeGreaterThan(budget - 1_000);
        expect(markdownProblems(inBytes)).toEqual([]);
        expect(inBytes).toMatch(/see the full report artifact\.\n$/);
        expect(MARKDOWN_BUDGET_PRESET_UNITS).toEqual({ "pr-comment": "characters", "step-summary": "bytes" });
    });

    test("when everything fits there is no closing line and every finding, note and remediation is shown", () => {
        const md = renderMarkdown(small, { ...context, markdownBudget: STEP_SUMMARY_MARKDOWN_BUDGET });
        expect(md).not.toContain("see the full report artifact");
        expect(findingRows(md)).toHaveLength(small.findings.length);
        expect(markdownProblems(md)).toEqual([]);
    });

    test("a budget too small for the verdict is refused with a clear message", () => {
        expect(() => renderMarkdown(small, { ...context, markdownBudget: 100 })).toThrow(/markdownBudget must be an integer of at least 1024 characters, not 100/);
        expect(() => renderMarkdown(small, { ...context, markdownBudget: 2_000.5 })).toThrow(/markdownBudget must be an integer/);
    });

    test("the verdict follows the caller's threshold when one is given", () => {
        const advisoryOnly = { ...small, findings: small.findings.filter((f) => f.level === "advisory") };
        expect(renderMarkdown(advisoryOnly, context)).toMatch(/^## ⚠️ Passed with advisories/);
        expect(renderMarkdown(advisoryOnly, { ...context, blocked: true })).toMatch(/^## ❌ Blocked/);
    });
});

describe("--summary", () => {
    test("on 10k resources it is one screen: verdict, policies most severe first, first resources then +N more", () => {
        const text = renderSummary(big, context);
        const lines = text.trimEnd().split("\n");
        expect(lines.length).toBeLessThanOrEqual(40);
        expect(lines[0]).toBe(verdictSentence(summarize(big)));
        const policyLines = lines.filter((l) => /^ {2}[✖▲◇] /.test(l));
        const policies = new Set(big.findings.map((f) => f.policy)).size;
        expect(policies).toBeGreaterThan(30);
        expect(policyLines).toHaveLength(29);
        expect(lines.filter((l) => l.startsWith(`  … ${policies - 29} more policies with `))).toHaveLength(1);
        const [, policy] = /^ {2}. (\S+) /.exec(policyLines[0]) ?? [];
        const onIt = new Set(big.findings.filter((f) => f.policy === policy).map((f) => f.urn));
        const more = Number(/\+([\d,]+) more$/.exec(policyLines[0])?.[1].replace(/,/g, ""));
        expect(more + 3).toBe(onIt.size);
    });

    test("with many policies it shows the most severe and counts the rest in one line", () => {
        // 80 policies, one finding each, of mixed severities and levels.
        const base = big.findings[0];
        const severities = ["low", "medium", "high", "critical"] as const;
        const findings: Finding[] = Array.from({ length: 80 }, (_, i) => ({ ...base, policy: `policy-${String(i).padStart(2, "0")}`, severity: severities[i % 4], level: i % 3 === 0 ? "mandatory" : "advisory" }));
        const many = { ...big, findings };
        const lines = renderSummary(many, context).trimEnd().split("\n");
        expect(lines.length).toBeLessThanOrEqual(40);
        const shown = lines.filter((l) => /^ {2}[✖▲◇] /.test(l));
        expect(lines).toContain(`  … ${80 - shown.length} more policies with ${80 - shown.length} findings (see the full report)`);
        // The first shown is mandatory and critical; none left out is more severe than the last shown.
        expect(shown[0]).toMatch(/^ {2}✖ policy-\d+ \(critical\): 1 mandatory/);
        const shownIds = new Set(shown.map((l) => /^ {2}. (\S+)/.exec(l)?.[1]));
        const leftOut = sortFindings(findings).filter((f) => !shownIds.has(f.policy));
        const lastShown = findings.find((f) => f.policy === /^ {2}. (\S+)/.exec(shown[shown.length - 1])?.[1]);
        for (const f of leftOut) expect(compareFindings(lastShown as Finding, f)).toBeLessThanOrEqual(0);
    });

    test("a clean result says so", () => {
        expect(renderSummary({ ...small, findings: [] }, context)).toMatch(/^passed — 0 mandatory, 0 advisory, 0 exempted on [\d,]+ resources\n\nNo findings\.\n/);
    });
});

describe("severity filters and thresholds", () => {
    test("--min-severity keeps findings, notes and remediations of rules at or above it; info keeps all", () => {
        for (const minimum of REPORT_SEVERITIES) {
            const kept = filterBySeverity(big, minimum);
            const floor = severityRank(minimum);
            expect(kept.findings.length).toBe(big.findings.filter((f) => severityRank(f.severity) >= floor).length);
            expect(kept.findings.every((f) => severityRank(f.severity) >= floor)).toBe(true);
            expect(kept.resources).toBe(big.resources);
        }
        expect(filterBySeverity(big, "info")).toBe(big);
        expect(filterBySeverity(big, "critical").findings.length).toBeLessThan(big.findings.length);
    });

    test("--fail-on: mandatory is today's verdict, advisory fails on any live finding, a severity on live findings that severe", () => {
        expect(failsOn(big)).toBe(hasMandatoryFindings(big));
        const advisoryOnly = { ...small, findings: small.findings.filter((f) => f.level === "advisory") };
        expect(failsOn(advisoryOnly, "mandatory")).toBe(false);
        expect(failsOn(advisoryOnly, "advisory")).toBe(true);
        const worst = Math.max(...advisoryOnly.findings.map((f) => severityRank(f.severity)));
        expect(failsOn(advisoryOnly, REPORT_SEVERITIES[worst])).toBe(true);
        if (worst < 4) expect(failsOn(advisoryOnly, REPORT_SEVERITIES[worst + 1])).toBe(false);
        // Exempted findings never fail a run, whatever the threshold.
        const allExempted = withExemptions(small, 1);
        for (const threshold of ["info", "critical", "advisory", "mandatory"] as const) expect(failsOn(allExempted, threshold)).toBe(false);
    });

    test("the order is mandatory, advisory, exempted, then severity, policy and resource", () => {
        const sorted = sortFindings(withExemptions(small, 5).findings);
        for (let i = 1; i < sorted.length; i++) expect(compareFindings(sorted[i - 1], sorted[i])).toBeLessThanOrEqual(0);
        expect(standingOf(sorted[0])).toBe("mandatory");
        expect(standingOf(sorted[sorted.length - 1])).toBe("exempted");
    });

    test("bad values are refused in one line that lists the valid ones", () => {
        expect(() => parseMinSeverity("severe")).toThrow('--min-severity "severe" is not a severity (use info, low, medium, high, critical)');
        expect(() => parseFailOn("warning")).toThrow('--fail-on "warning" is not a severity or level (use info, low, medium, high, critical, advisory, mandatory)');
        expect(parseFailOn("advisory")).toBe("advisory");
        expect(parseMarkdownBudget("step-summary")).toBe(1_048_576);
        expect(parseMarkdownBudget("pr-comment")).toBe(65_536);
        expect(parseMarkdownBudget("4096")).toBe(4096);
        for (const bad of ["0", "-5", "12.5", "1e6", "lots", "100", "toString"]) expect(() => parseMarkdownBudget(bad)).toThrow(/^--markdown-budget ".*" must be a whole number of characters, at least 1024, or one of pr-comment, step-summary$/);
    });
});

describe("junit", () => {
    // Entities are left as written: a large report has more than the parser's default limit.
    const parse = (xml: string, processEntities = true) =>
        new XMLParser({ ignoreAttributes: false, processEntities, isArray: (name) => ["testsuite", "testcase", "failure"].includes(name) }).parse(xml) as {
            testsuites: { "@_failures": string; testsuite: Array<{ testcase: Array<{ "@_classname": string; "@_name": string; failure?: Array<{ "@_message": string; "#text": string }> }> }> };
        };

    test("every test case holds at most one failure, and the counts agree", () => {
        const xml = renderJunit(small, context);
        expect(XMLValidator.validate(xml)).toBe(true);
        const doc = parse(xml, false);
        const cases = doc.testsuites.testsuite.flatMap((s) => s.testcase);
        expect(cases.every((c) => (c.failure ?? []).length <= 1)).toBe(true);
        const failed = cases.filter((c) => c.failure).length;
        expect(failed).toBeGreaterThan(0);
        expect(Number(doc.testsuites["@_failures"])).toBe(failed);
    });

    test("two mandatory violations of one policy on one resource make one failure that lists both", () => {
        const first = small.findings.find((f) => f.level === "mandatory") as Finding;
        const second = { ...first, message: `Another <problem> & "more" on \`${first.name}\`.` };
        const xml = renderJunit({ ...small, findings: [first, second] }, context);
        expect(XMLValidator.validate(xml)).toBe(true);
        const cases = parse(xml).testsuites.testsuite.flatMap((s) => s.testcase).filter((c) => c.failure);
        expect(cases).toHaveLength(1);
        expect(cases[0].failure).toHaveLength(1);
        expect(cases[0].failure?.[0]["@_message"]).toBe(`2 violations: ${first.message}; ${second.message}`);
        expect(cases[0].failure?.[0]["#text"]).toContain(second.message);
        expect(cases[0].failure?.[0]["#text"].split("Why: ").length).toBe(2);
    });

    test("the chunks join to the whole report", () => {
        const chunks = [...junitChunks(small, context)];
        expect(chunks.length).toBeGreaterThan(2);
        expect(chunks.join("")).toBe(renderJunit(small, context));
    });
});

describe("table", () => {
    test("each resource once, its findings under it, and why/fix once per policy at the end", () => {
        const table = renderTable(small, context);
        const lines = table.split("\n");
        for (const r of small.resources.filter((x) => small.findings.some((f) => f.urn === x.urn))) {
            expect(lines.filter((l) => l === `  ${r.urn}`)).toHaveLength(1);
        }
        // A resource's findings sit between its header and the next resource's.
        const f = small.findings[small.findings.length - 1];
        const at = lines.indexOf(`  ${f.urn}`);
        const next = lines.findIndex((l, i) => i > at && l === "");
        expect(lines.slice(at, next)).toContain(`      ${f.message}`);
        const whyAt = lines.indexOf("Why and how to fix");
        expect(whyAt).toBeGreaterThan(next);
        const policies = new Set(small.findings.map((x) => x.policy));
        expect(lines.filter((l) => l.startsWith("      Why: "))).toHaveLength(policies.size);
        expect(lines.filter((l) => l.startsWith("      Fix: "))).toHaveLength(policies.size);
        expect(lines.slice(0, whyAt).some((l) => l.startsWith("      Why: "))).toBe(false);
        expect(table).toMatch(/\nblocked: [\d,]+ resources checked against \d+ rules; .*\.\n$/);
    });

    test("the chunks join to the whole report, one chunk per resource and one to close", () => {
        const chunks = [...tableChunks(small, context)];
        expect(chunks.join("")).toBe(renderTable(small, context));
        expect(chunks.length).toBe(new Set([...small.findings, ...small.notes].map((f) => f.urn)).size + 1);
    });
});

describe("progress", () => {
    test("only on a terminal, and only for long runs", () => {
        expect(showsProgress(true, { resources: 10_001 })).toBe(true);
        expect(showsProgress(true, { resources: 10_000 })).toBe(false);
        expect(showsProgress(true, { bytes: 64 * 2 ** 20 })).toBe(true);
        expect(showsProgress(true, { bytes: 1_000 })).toBe(false);
        expect(showsProgress(false, { resources: 1_000_000, bytes: 2 ** 30 })).toBe(false);
        expect(showsProgress(undefined, { resources: 1_000_000 })).toBe(false);
    });

    test("stages rewrite one line, and the line is cleared at the end", () => {
        let written = "";
        const progress = progressWriter({ write: (text: string) => (written += text) });
        progress.stage("parse", "stack.json");
        progress.stage("evaluate");
        progress.count(5_000, 12_000);
        progress.stage("write");
        progress.end();
        const updates = written.split("\r\u001b[2K").filter(Boolean);
        expect(updates).toEqual(["guardrails: reading stack.json…", "guardrails: checking resources…", "guardrails: checking 5,000/12,000 resources…", "guardrails: writing the report…"]);
        expect(written.endsWith("\r\u001b[2K")).toBe(true);
        expect(written).not.toContain("\n");
    });
});
