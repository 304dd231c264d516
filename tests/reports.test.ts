/**
 * Every report format, rendered from one check of the insecure example stack (with one rule
 * remediating and one advisory, so each kind of entry appears), compared with golden files.
 * Regenerate them with UPDATE_GOLDEN=1 after an intended change, and review the diff.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import AjvDraft04 from "ajv-draft-04";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { checkResources, loadInputFile, type CheckResult } from "../src/engine";
import { renderReport, FORMATS, type Format, type ReportContext } from "../src/report";
import { allPacks } from "../packs";
import { repoRoot } from "./support";

// The official SARIF 2.1.0 schema (rtm.5, JSON schema draft 04), as shipped in @microsoft/jest-sarif.
const sarifSchema = JSON.parse(fs.readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
const validateSarif = new AjvDraft04({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(sarifSchema);

function sarifErrors(log: unknown): string[] {
    return validateSarif(log) ? [] : (validateSarif.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const inputFile = "examples/stacks/insecure-web.json";
const context: ReportContext = { tool: { name: "pulumi-guardrails", version: "0.0.0-test" }, inputFile };
const extension: Record<Format, string> = { table: "txt", json: "json", sarif: "sarif", junit: "xml", markdown: "md" };
let result: CheckResult;

beforeAll(async () => {
    const { resources } = loadInputFile(path.join(repoRoot, inputFile));
    result = await checkResources(resources, {
        packs: allPacks,
        configSources: [{ file: "test", document: { "ec2-imdsv2-required": "remediate", "iam-no-wildcard-admin-policy": "advisory" } }],
    });
});

test.each(FORMATS)("%s matches its golden file", (format) => {
    const rendered = renderReport(format, result, context);
    const golden = path.join(__dirname, "golden", `insecure-web.${extension[format]}`);
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, rendered);
    expect(rendered).toBe(fs.readFileSync(golden, "utf8"));
});

test("the result holds every kind of entry the goldens should show", () => {
    expect(result.findings.some((f) => f.level === "mandatory")).toBe(true);
    expect(result.findings.some((f) => f.level === "advisory")).toBe(true);
    expect(result.remediations).toHaveLength(1);
});

test("SARIF passes the SARIF 2.1.0 schema, with rule help, severity and framework tags", () => {
    const log = JSON.parse(renderReport("sarif", result, context));
    expect(sarifErrors(log)).toEqual([]);
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string; help: { text: string }; properties: { tags: string[]; "security-severity": string } }>;
    const acl = rules.find((r) => r.id === "s3-no-public-acl");
    expect(acl?.help.text).toContain("How to fix:");
    expect(acl?.properties["security-severity"]).toBe("9.5");
    expect(acl?.properties.tags).toContain("aws-fsbp/S3.2");
    const results = log.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ logicalLocations: Array<{ fullyQualifiedName: string }> }> }>;
    expect(results.find((r) => r.ruleId === "s3-no-public-acl")?.locations[0].logicalLocations[0].fullyQualifiedName).toBe(
        "urn:pulumi:prod::acme-web::aws:s3/bucket:Bucket::assets",
    );
    expect(results.find((r) => r.ruleId === "iam-no-wildcard-admin-policy")?.level).toBe("warning");
});

test("a SARIF log that breaks the schema is rejected (the check can fail)", () => {
    const log = JSON.parse(renderReport("sarif", result, context));
    log.runs[0].results[0].level = "catastrophic";
    expect(sarifErrors(log).length).toBeGreaterThan(0);
});

test("JUnit is well-formed XML with one test case per (policy, resource) and mandatory violations as failures", () => {
    const xml = renderReport("junit", result, context);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["testsuite", "testcase", "failure"].includes(name) }).parse(xml);
    const cases = doc.testsuites.testsuite.flatMap((s: { testcase: unknown[] }) => s.testcase) as Array<{ "@_classname": string; "@_name": string; failure?: unknown[] }>;
    const keys = cases.map((c) => `${c["@_classname"]}|${c["@_name"]}`);
    expect(new Set(keys).size).toBe(keys.length);
    const failed = cases.filter((c) => c.failure).map((c) => c["@_classname"]);
    expect(failed).toContain("aws-security.s3-no-public-acl");
    expect(failed).not.toContain("aws-security.iam-no-wildcard-admin-policy"); // advisory here
    expect(Number(doc.testsuites["@_failures"])).toBe(failed.length);
});

test("the table has no colour codes unless asked", () => {
    expect(renderReport("table", result, context)).not.toContain("\u001b[");
    expect(renderReport("table", result, { ...context, color: true })).toContain("\u001b[31m");
});
