/**
 * Every report format, rendered from one check of a small synthetic pack defined here (a
 * mandatory violation with a property path, an advisory one, a stack rule, a remediation and an
 * unknown-value note), compared with golden files. The real packs' wording never touches them;
 * one smoke test checks the real packs' reports for structure only.
 * Regenerate the goldens with UPDATE_GOLDEN=1 after an intended change, and review the diff.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import AjvDraft04 from "ajv-draft-04";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { defineRule } from "../src";
import { checkResources, loadInputFile, type CheckResult } from "../src/engine";
import { definePack } from "../src/pack";
import { mockResource, unknown } from "../src/testing";
import { renderReport, FORMATS, type Format, type ReportContext } from "../src/report";
import { allPacks } from "../packs";
import { repoRoot } from "./support";

// The official SARIF 2.1.0 schema (rtm.5, JSON schema draft 04), as shipped in @microsoft/jest-sarif.
const sarifSchema = JSON.parse(fs.readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
const validateSarif = new AjvDraft04({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(sarifSchema);

function sarifErrors(log: unknown): string[] {
    return validateSarif(log) ? [] : (validateSarif.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const BUCKET = "aws:s3/bucket:Bucket";
const QUEUE = "aws:sqs/queue:Queue";

const publicAcl = defineRule({
    id: "golden-bucket-public-acl",
    title: "No public bucket ACLs",
    description: "A public ACL lets anyone read the bucket.",
    severity: "critical",
    frameworks: { "aws-fsbp": ["S3.2"], "nist-800-53-r5": ["AC-3"] },
    remediation: 'Use the "private" ACL.',
    defaultLevel: "mandatory",
    messages: { publicAcl: 'Bucket `{{name}}` uses the ACL "{{acl}}".' },
    resourceType: BUCKET,
    validate(props, ctx) {
        if (props.acl === "public-read") ctx.report({ messageId: "publicAcl", data: { name: ctx.name, acl: props.acl }, propertyPath: "acl" });
    },
});

const queueEncryption = defineRule({
    id: "golden-queue-encrypted",
    title: "Queues are encrypted",
    description: "An unencrypted queue stores messages in the clear.",
    severity: "medium",
    remediation: "Set `sqsManagedSseEnabled` or a KMS key.",
    defaultLevel: "advisory",
    resourceType: QUEUE,
    validate(props, ctx) {
        if (!props.kmsMasterKeyId && props.sqsManagedSseEnabled !== true) ctx.report(`Queue \`${ctx.name}\` is not encrypted.`);
    },
});

const ownerTags = defineRule({
    id: "golden-stack-owner",
    title: "Every bucket has an owner",
    description: "Unowned buckets outlive the projects that made them.",
    severity: "low",
    remediation: "Tag the bucket with `owner`.",
    defaultLevel: "mandatory",
    stack: true,
    validate(stack, ctx) {
        for (const bucket of stack.ofType(BUCKET)) {
            if (!bucket.props.tags?.owner) ctx.report({ urn: bucket.urn, message: `Bucket \`${bucket.name}\` has no owner tag.`, propertyPath: "tags.owner" });
        }
    },
});

const versioning = defineRule({
    id: "golden-bucket-versioning",
    title: "Buckets keep versions",
    description: "Without versioning an overwrite loses data.",
    severity: "high",
    remediation: "Enable versioning.",
    defaultLevel: "remediate",
    resourceType: BUCKET,
    validate(props, ctx) {
        if (props.versioning?.enabled !== true) ctx.report({ message: `Bucket \`${ctx.name}\` keeps no versions.`, propertyPath: "versioning.enabled" });
    },
    remediate(props) {
        props.versioning = { enabled: true };
    },
});

const goldenPack = definePack({
    name: "golden",
    version: "1.2.3",
    description: "Rules that exist only to render reports.",
    rules: [publicAcl, queueEncryption, ownerTags, versioning],
});

const at = { stack: "prod", project: "acme-web" };
const resources = [
    mockResource(BUCKET, { acl: "public-read", tags: { owner: "web" }, versioning: { enabled: true } }, { ...at, name: "assets" }),
    // Unknown during preview: the ACL rule is skipped with a note, the others still judge it.
    mockResource(BUCKET, { acl: unknown(), versioning: { enabled: false } }, { ...at, name: "uploads" }),
    mockResource(QUEUE, { name: "jobs" }, { ...at, name: "jobs" }),
];

const inputFile = "stack.json";
const context: ReportContext = { tool: { name: "pulumi-guardrails", version: "0.0.0-test" }, inputFile };
const extension: Record<Format, string> = { table: "txt", json: "json", ndjson: "ndjson", sarif: "sarif", junit: "xml", markdown: "md", github: "github.txt", html: "html" };
let result: CheckResult;

beforeAll(async () => {
    result = await checkResources(resources, { packs: [goldenPack] });
});

test.each(FORMATS)("%s matches its golden file", (format) => {
    const rendered = renderReport(format, result, context);
    const golden = path.join(__dirname, "golden", `synthetic.${extension[format]}`);
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, rendered);
    expect(rendered).toBe(fs.readFileSync(golden, "utf8"));
});

test("the result holds every kind of entry the goldens should show", () => {
    expect(result.findings.map((f) => [f.policy, f.level, f.propertyPath ?? ""]).sort()).toEqual([
        ["golden-bucket-public-acl", "mandatory", "acl"],
        ["golden-queue-encrypted", "advisory", ""],
        ["golden-stack-owner", "mandatory", "tags.owner"],
    ]);
    expect(result.findings.find((f) => f.policy === "golden-bucket-public-acl")?.messageId).toBe("publicAcl");
    expect(result.notes.map((n) => [n.policy, n.kind])).toEqual([["golden-bucket-public-acl", "unknown-during-preview"]]);
    expect(result.remediations.map((r) => [r.policy, r.name])).toEqual([["golden-bucket-versioning", "uploads"]]);
});

test("SARIF passes the SARIF 2.1.0 schema, with rule help, severity and framework tags", () => {
    const log = JSON.parse(renderReport("sarif", result, context));
    expect(sarifErrors(log)).toEqual([]);
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string; help: { text: string }; properties: { tags: string[]; "security-severity": string } }>;
    const acl = rules.find((r) => r.id === "golden-bucket-public-acl");
    expect(acl?.help.text).toContain("How to fix:");
    expect(acl?.properties["security-severity"]).toBe("9.5");
    expect(acl?.properties.tags).toContain("aws-fsbp/S3.2");
    const results = log.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ logicalLocations: Array<{ fullyQualifiedName: string }> }> }>;
    expect(results.find((r) => r.ruleId === "golden-bucket-public-acl")?.locations[0].logicalLocations[0].fullyQualifiedName).toBe(
        "urn:pulumi:prod::acme-web::aws:s3/bucket:Bucket::assets",
    );
    expect(results.find((r) => r.ruleId === "golden-queue-encrypted")?.level).toBe("warning");
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
    expect(failed).toContain("golden.golden-bucket-public-acl");
    expect(failed).not.toContain("golden.golden-queue-encrypted"); // advisory
    expect(Number(doc.testsuites["@_failures"])).toBe(failed.length);
});

test("the table has no colour codes unless asked", () => {
    expect(renderReport("table", result, context)).not.toContain("\u001b[");
    expect(renderReport("table", result, { ...context, color: true })).toContain("\u001b[31m");
});

// The real packs on the insecure example stack: structure only, so a rule's wording changes nothing here.
test("the real packs' reports on the insecure example are well-formed in every format", async () => {
    const exampleFile = "examples/stacks/insecure-web.json";
    const { resources: example } = loadInputFile(path.join(repoRoot, exampleFile));
    const real = await checkResources(example, { packs: allPacks });
    const realContext = { ...context, inputFile: exampleFile };
    const json = JSON.parse(renderReport("json", real, realContext));
    expect(json.summary.mandatory).toBeGreaterThan(0);
    expect(json.violations).toContainEqual(expect.objectContaining({ policy: "s3-no-public-acl", propertyPath: "acl", messageId: "cannedAcl" }));
    expect(sarifErrors(JSON.parse(renderReport("sarif", real, realContext)))).toEqual([]);
    expect(XMLValidator.validate(renderReport("junit", real, realContext))).toBe(true);
    for (const format of FORMATS) expect(renderReport(format, real, realContext).length).toBeGreaterThan(0);
});
