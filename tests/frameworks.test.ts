/** Framework control lists, their agreement with the rules' metadata, coverage and results by control. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Ajv from "ajv";
import { allRules } from "../packs";
import { resolveLevel } from "../src/pack";
import { defineRule, type Rule } from "../src/rule";
import {
    FRAMEWORK_FILE_SCHEMA,
    FRAMEWORK_KEYS,
    FRAMEWORK_NAMES,
    FrameworkDataError,
    findFramework,
    frameworkCoverage,
    frameworkRules,
    frameworksDir,
    groupByControl,
    levelsFromSeverity,
    loadFrameworks,
    renderFrameworksDoc,
    unknownFrameworkControls,
    type ControlFinding,
    type Framework,
} from "../src/frameworks";
import { repoRoot } from "./support";

const DATA_FILES = [
    "aws-foundational-security.json",
    "cis-aws-foundations-3.0.json",
    "cis-azure-foundations-6.0.json",
    "cis-gcp-foundations-5.0.json",
    "cis-kubernetes-1.9.json",
    "kubernetes-pss.json",
    "nist-800-53-r5.json",
    "pci-dss-4.0.json",
];

/**
 * Control ids rules reference that their framework does not contain. Each one is a mistake in a
 * rule's metadata, reported to the rule's owners; fix the rule and remove the entry. The test fails
 * when this list and the data disagree, in either direction.
 *
 * EC2.13, EC2.14, IAM.15 and IAM.16 are Security Hub controls of the CIS (and NIST/PCI) standards,
 * not of the FSBP standard (https://docs.aws.amazon.com/securityhub/latest/userguide/fsbp-standard.html).
 */
/** Rule references to controls that are not in the framework's list: none may remain. */
const KNOWN_INVALID_REFERENCES: Array<{ key: string; id: string; rules: string[] }> = [];

const frameworks = loadFrameworks();
const byName = (name: string) => {
    const f = findFramework(name, frameworks);
    if (!f) throw new Error(`no framework ${name}`);
    return f;
};

describe("data files", () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(FRAMEWORK_FILE_SCHEMA);

    test("the frameworks directory holds exactly the expected files", () => {
        expect(frameworksDir()).toBe(path.join(repoRoot, "frameworks"));
        expect(fs.readdirSync(frameworksDir()).sort()).toEqual(DATA_FILES);
    });

    test.each(DATA_FILES)("%s validates against the schema", (file) => {
        const data: unknown = JSON.parse(fs.readFileSync(path.join(frameworksDir(), file), "utf8"));
        const ok = validate(data);
        expect(ok ? [] : validate.errors).toEqual([]);
    });

    test("the schema rejects malformed data", () => {
        const good = JSON.parse(fs.readFileSync(path.join(frameworksDir(), "cis-aws-foundations-3.0.json"), "utf8")) as Record<string, unknown>;
        expect(validate(good)).toBe(true);
        const { source: _source, ...noSource } = good;
        expect(validate(noSource)).toBe(false);
        expect(validate({ ...good, controls: [] })).toBe(false);
        expect(validate({ ...good, controls: [{ id: "2.1.4" }] })).toBe(false);
        expect(validate({ ...good, controls: [{ id: "2.1.4", title: "ok", extra: 1 }] })).toBe(false);
        expect(validate({ ...good, controls: [{ id: "S3.1", title: "not a CIS id" }] })).toBe(false);
        expect(validate({ ...good, retrieved: "November 2026" })).toBe(false);
        expect(validate([good])).toBe(true);
        expect(validate([])).toBe(false);
    });

    test("every file names its source and retrieval date", () => {
        for (const f of frameworks) {
            expect(f.source).toMatch(/https:\/\//);
            expect(f.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
    });

    test("the loaded frameworks are the user-facing names, each with its rule metadata key", () => {
        expect(frameworks.map((f) => f.name)).toEqual(FRAMEWORK_NAMES);
        expect(Object.fromEntries(frameworks.map((f) => [f.name, f.key]))).toEqual(FRAMEWORK_KEYS);
    });

    test("control lists have the size of their sources' scope", () => {
        const sizes = Object.fromEntries(frameworks.map((f) => [f.name, f.controls.length]));
        expect(sizes).toEqual({
            "cis-aws-foundations": 62, // CIS AWS Foundations v3.0.0: 1.1-1.22, 2.1.1-2.4.1, 3.1-3.9, 4.1-4.16, 5.1-5.6
            "aws-foundational-security": 336, // Security Hub's FSBP v1.0.0 list
            "pci-dss": 173, // defined requirements of 1, 2, 3, 4, 6, 7, 8, 10, 11
            "nist-800-53": 116, // 110 base controls in 9 families + 6 referenced enhancements
            "kubernetes-pss-restricted": 6,
            "kubernetes-pss-baseline": 12,
            "cis-kubernetes": 130, // kube-bench cfg/cis-1.9
            "cis-azure-foundations": 127, // CIS Azure Foundations v6.0.0: sections 2, 3, 5-9 (databases moved to their own benchmark)
            "cis-gcp-foundations": 93, // CIS GCP Foundations v5.0.0: sections 1-8
        });
    });

    test("findFramework takes a name or a key", () => {
        expect(findFramework("pci-dss", frameworks)?.key).toBe("pci-dss-4.0");
        expect(findFramework("pci-dss-4.0", frameworks)?.name).toBe("pci-dss");
        expect(findFramework("soc2", frameworks)).toBeUndefined();
    });
});

describe("rules' framework metadata", () => {
    test("every framework key a rule uses has a data file", () => {
        const keys = new Set(frameworks.map((f) => f.key));
        const used = [...new Set(allRules.flatMap((r) => Object.keys(r.frameworks ?? {})))].sort();
        expect(used.filter((k) => !keys.has(k))).toEqual([]);
    });

    test("every control id a rule uses exists in its framework's data (known mistakes listed above)", () => {
        expect(unknownFrameworkControls(frameworks, allRules)).toEqual(KNOWN_INVALID_REFERENCES);
    });

    test.each(frameworks.map((f) => [f.name, f] as const))("%s: the ids its rules use are listed (or known mistakes)", (_name, framework) => {
        const listed = new Set(framework.controls.map((c) => c.id));
        const known = new Set(KNOWN_INVALID_REFERENCES.filter((k) => k.key === framework.key).map((k) => k.id));
        const missing = allRules.flatMap((r) => (r.frameworks?.[framework.key] ?? []).filter((id) => !listed.has(id) && !known.has(id)).map((id) => `${r.id}: ${id}`));
        expect(missing).toEqual([]);
    });
});

// ---------------------------------------------------------------------------------------------
// Fixtures

const base = { description: "Why it matters.", remediation: "How to fix it.", validate: () => undefined };
const fixtureRules: Rule[] = [
    defineRule({ ...base, id: "bucket-tls", title: "TLS", severity: "high", defaultLevel: "advisory", resourceType: "aws:s3/bucket:Bucket", frameworks: { "demo-1.0": ["1.1", "1.2"], "demo-2.0": ["A"] } }),
    defineRule({ ...base, id: "bucket-logs", title: "Logs", severity: "low", defaultLevel: "advisory", resourceType: "aws:s3/bucket:Bucket", frameworks: { "demo-1.0": ["1.2", "9.9"] } }),
    defineRule({ ...base, id: "db-public", title: "DB", severity: "critical", defaultLevel: "mandatory", resourceType: "aws:rds/instance:Instance", frameworks: { "demo-1.0": ["2.1"] } }),
    defineRule({ ...base, id: "vpc-logs", title: "VPC", severity: "medium", defaultLevel: "advisory", resourceType: ["aws:ec2/vpc:Vpc"], frameworks: { "demo-1.0": ["2.2"] } }),
    defineRule({ ...base, id: "stack-wide", title: "Stack", severity: "medium", defaultLevel: "advisory", stack: true, frameworks: { "demo-1.0": ["3.1"] } }),
    defineRule({ ...base, id: "unmapped", title: "None", severity: "medium", defaultLevel: "advisory", resourceType: "aws:s3/bucket:Bucket" }),
];

const demo: Framework = {
    framework: "Demo Benchmark",
    name: "demo",
    version: "1.0",
    key: "demo-1.0",
    source: "Test fixture, https://example.com/demo",
    retrieved: "2026-11-23",
    controls: [
        { id: "1.1", title: "Encrypt in transit" },
        { id: "1.2", title: "Log access" },
        { id: "1.3", title: "Keep a policy", automatable: false },
        { id: "2.1", title: "No public databases" },
        { id: "2.2", title: "Flow logs" },
        { id: "3.1", title: "Stack-wide check" },
        { id: "4.1", title: "Nothing implements this" },
    ],
};

describe("frameworkCoverage", () => {
    test("a small fixture: rules per control, counts, percentage, not covered and unknown ids", () => {
        const coverage = frameworkCoverage(demo, fixtureRules);
        expect(coverage.framework).toEqual({ name: "demo", key: "demo-1.0", framework: "Demo Benchmark", version: "1.0" });
        expect(coverage.controls.map((c) => [c.id, c.status, c.rules])).toEqual([
            ["1.1", "covered", ["bucket-tls"]],
            ["1.2", "covered", ["bucket-tls", "bucket-logs"]],
            ["1.3", "not covered", []],
            ["2.1", "covered", ["db-public"]],
            ["2.2", "covered", ["vpc-logs"]],
            ["3.1", "covered", ["stack-wide"]],
            ["4.1", "not covered", []],
        ]);
        expect(coverage.counts).toEqual({ total: 7, covered: 5, notCovered: 2, automatable: 6, automatableCovered: 5 });
        expect(coverage.percent).toBe(71.4);
        expect(coverage.automatablePercent).toBe(83.3);
        expect(coverage.notCovered).toEqual(["1.3", "4.1"]);
        expect(coverage.unknownControls).toEqual([{ key: "demo-1.0", id: "9.9", rules: ["bucket-logs"] }]);
    });

    test("no rules: every control listed as not covered, 0%", () => {
        const coverage = frameworkCoverage(demo, []);
        expect(coverage.controls).toHaveLength(7);
        expect(coverage.notCovered).toEqual(demo.controls.map((c) => c.id));
        expect(coverage.percent).toBe(0);
    });

    test.each(frameworks.map((f) => [f.name, f] as const))("%s: every control is accounted for, none dropped", (_name, framework) => {
        const coverage = frameworkCoverage(framework, allRules);
        expect(coverage.controls.map((c) => c.id)).toEqual(framework.controls.map((c) => c.id));
        expect(coverage.counts.covered + coverage.counts.notCovered).toBe(framework.controls.length);
        expect(coverage.notCovered).toEqual(coverage.controls.filter((c) => c.rules.length === 0).map((c) => c.id));
        expect(coverage.percent).toBe(Math.round((coverage.counts.covered / coverage.counts.total) * 1000) / 10);
        // Each covered control's rules really name it.
        for (const control of coverage.controls) {
            for (const id of control.rules) expect(allRules.find((r) => r.id === id)?.frameworks?.[framework.key]).toContain(control.id);
        }
    });

    test("controls no rule implements are listed, e.g. CIS AWS 1.1 and CIS Kubernetes 1.1.1; implemented ones are not", () => {
        expect(frameworkCoverage(byName("kubernetes-pss-baseline"), allRules).notCovered).not.toContain("Host Probes / Lifecycle Hooks");
        expect(frameworkCoverage(byName("cis-aws-foundations"), allRules).notCovered).toContain("1.1");
        expect(frameworkCoverage(byName("cis-kubernetes"), allRules).notCovered).toContain("1.1.1");
    });
});

describe("frameworkRules", () => {
    test("by user name, key, versionless key or framework object", () => {
        expect(frameworkRules("demo-1.0", fixtureRules).map((r) => r.id)).toEqual(["bucket-tls", "bucket-logs", "db-public", "vpc-logs", "stack-wide"]);
        expect(frameworkRules("demo", fixtureRules).map((r) => r.id)).toEqual(["bucket-tls", "bucket-logs", "db-public", "vpc-logs", "stack-wide"]);
        expect(frameworkRules("demo-2.0", fixtureRules).map((r) => r.id)).toEqual(["bucket-tls"]);
        expect(frameworkRules(demo, fixtureRules)).toHaveLength(5);
        expect(frameworkRules("nothing", fixtureRules)).toEqual([]);
    });

    test("user names resolve to their keys on the shipped rules", () => {
        const ids = (name: string) => frameworkRules(name, allRules).map((r) => r.id);
        for (const [name, key] of Object.entries(FRAMEWORK_KEYS)) {
            expect(ids(name)).toEqual(allRules.filter((r) => (r.frameworks?.[key] ?? []).length > 0).map((r) => r.id));
        }
        expect(ids("kubernetes-pss-restricted")).toContain("k8s-pod-run-as-non-root");
        expect(ids("kubernetes-pss-restricted")).not.toContain("k8s-pod-no-privileged-containers");
        expect(ids("cis-aws")).toEqual(ids("cis-aws-foundations"));
        expect(ids("k8s-pss").length).toBe(new Set([...ids("kubernetes-pss-baseline"), ...ids("kubernetes-pss-restricted")]).size);
    });
});

describe("levelsFromSeverity", () => {
    test("default mapping: critical and high mandatory, medium and low advisory", () => {
        expect(levelsFromSeverity(fixtureRules)).toEqual({
            rules: { "bucket-tls": "mandatory", "bucket-logs": "advisory", "db-public": "mandatory", "vpc-logs": "advisory", "stack-wide": "advisory", unmapped: "advisory" },
        });
    });

    test("a custom mapping; severities it leaves out keep the rule's default", () => {
        const levels = levelsFromSeverity(fixtureRules, { critical: "mandatory", low: "disabled" });
        expect(levels).toEqual({ rules: { "db-public": "mandatory", "bucket-logs": "disabled" } });
        const rule = (id: string) => fixtureRules.find((r) => r.id === id) as Rule;
        expect(resolveLevel(rule("bucket-logs"), levels)).toBe("disabled");
        expect(resolveLevel(rule("vpc-logs"), levels)).toBe("advisory");
    });

    test("with frameworkRules, enforces a framework's rules", () => {
        const levels = levelsFromSeverity(frameworkRules("pci-dss", allRules));
        expect(Object.keys(levels.rules ?? {}).sort()).toEqual(frameworkRules("pci-dss", allRules).map((r) => r.id).sort());
        expect(levels.rules?.["ec2-security-group-no-public-ssh-rdp"]).toBe("mandatory");
    });
});

describe("groupByControl", () => {
    const urn = (type: string, name: string) => `urn:pulumi:dev::demo::${type}::${name}`;
    const bucket = urn("aws:s3/bucket:Bucket", "logs");

    test("failed, passed, not applicable and not covered", () => {
        const findings: ControlFinding[] = [
            { policy: "bucket-tls", level: "mandatory", urn: bucket },
            { policy: "unmapped", level: "mandatory", urn: bucket },
        ];
        const result = groupByControl(demo, findings, fixtureRules, [{ type: "aws:s3/bucket:Bucket" }, { type: "aws:ec2/vpc:Vpc" }]);
        expect(result.controls.map((c) => [c.id, c.status])).toEqual([
            ["1.1", "failed"], // bucket-tls violated
            ["1.2", "failed"], // bucket-tls violated (bucket-logs passed, but one failure fails the control)
            ["1.3", "not covered"],
            ["2.1", "not applicable"], // no RDS instance in the stack
            ["2.2", "passed"], // a VPC, no violation
            ["3.1", "passed"], // stack rules apply to any non-empty stack
            ["4.1", "not covered"],
        ]);
        expect(result.controls[0].findings).toEqual([findings[0]]);
        expect(result.controls[1].rules).toEqual(["bucket-tls", "bucket-logs"]);
        expect(result.counts).toEqual({ failed: 2, passed: 2, "not applicable": 1, "not covered": 2 });
        expect(result.unknownControls).toEqual([{ key: "demo-1.0", id: "9.9", rules: ["bucket-logs"] }]);
    });

    test("advisory findings fail too (exempted findings are advisory); other levels do not", () => {
        const result = groupByControl(demo, [{ policy: "vpc-logs", level: "advisory", urn: "u" }, { policy: "db-public", level: "disabled", urn: "u" }], fixtureRules, [
            { type: "aws:ec2/vpc:Vpc" },
            { type: "aws:rds/instance:Instance" },
        ]);
        expect(result.controls.find((c) => c.id === "2.2")?.status).toBe("failed");
        expect(result.controls.find((c) => c.id === "2.1")?.status).toBe("passed");
    });

    test("rules as a check result lists them: disabled rules did not run, their findings are ignored", () => {
        const rules = fixtureRules.map((rule) => ({ rule, level: rule.id === "db-public" ? ("disabled" as const) : rule.defaultLevel }));
        const result = groupByControl(demo, [{ policy: "db-public", level: "mandatory", urn: "u" }], rules, [{ type: "aws:rds/instance:Instance" }]);
        expect(result.controls.find((c) => c.id === "2.1")?.status).toBe("not covered");
    });

    test("only rules that ran count: a control whose rules did not run is not covered by this check", () => {
        const ran = fixtureRules.filter((r) => r.id === "vpc-logs");
        const result = groupByControl(demo, [{ policy: "bucket-tls", level: "mandatory", urn: bucket }], ran, [{ type: "aws:s3/bucket:Bucket" }]);
        expect(result.controls.map((c) => c.status)).toEqual(["not covered", "not covered", "not covered", "not covered", "not applicable", "not covered", "not covered"]);
    });

    test("without resources every rule that ran counts as applied; an empty stack makes all not applicable", () => {
        expect(groupByControl(demo, [], fixtureRules).counts).toEqual({ failed: 0, passed: 5, "not applicable": 0, "not covered": 2 });
        expect(groupByControl(demo, [], fixtureRules, []).counts).toEqual({ failed: 0, passed: 0, "not applicable": 5, "not covered": 2 });
    });

    test("on shipped data: a public SSH rule violation fails CIS AWS 5.2 and 5.3", () => {
        const cis = byName("cis-aws-foundations");
        const rules = frameworkRules(cis, allRules);
        const sg = urn("aws:ec2/securityGroup:SecurityGroup", "web");
        const result = groupByControl(cis, [{ policy: "ec2-security-group-no-public-ssh-rdp", level: "mandatory", urn: sg }], rules, [{ type: "aws:ec2/securityGroup:SecurityGroup" }]);
        const status = (id: string) => result.controls.find((c) => c.id === id)?.status;
        expect(status("5.2")).toBe("failed");
        expect(status("5.3")).toBe("failed");
        expect(status("2.3.3")).toBe("not applicable");
        expect(status("1.1")).toBe("not covered");
        expect(result.controls).toHaveLength(cis.controls.length);
    });
});

describe("loadFrameworks", () => {
    let dir: string;
    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-frameworks-"));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    const write = (file: string, data: unknown) => fs.writeFileSync(path.join(dir, file), typeof data === "string" ? data : JSON.stringify(data));

    test("reads single objects and arrays, in the canonical order", () => {
        write("b.json", [{ ...demo, name: "cis-aws-foundations", key: "x-1" }]);
        write("a.json", demo);
        expect(loadFrameworks(dir).map((f) => f.name)).toEqual(["cis-aws-foundations", "demo"]);
    });

    test("malformed files are named in the error", () => {
        write("broken.json", "{ not json");
        expect(() => loadFrameworks(dir)).toThrow(FrameworkDataError);
        expect(() => loadFrameworks(dir)).toThrow(/broken\.json: not valid JSON/);
    });

    test.each([
        ["a missing field", { ...demo, source: undefined }, /"source" must be a non-empty string/],
        ["no controls", { ...demo, controls: [] }, /"controls" must be a non-empty array/],
        ["a duplicate id", { ...demo, controls: [...demo.controls, { id: "1.1", title: "again" }] }, /control "1\.1" is listed twice/],
        ["an id of the wrong form", { ...demo, key: "cis-aws-3.0", controls: [{ id: "S3.1", title: "x" }] }, /"S3\.1" is not a cis-aws-3\.0 control id/],
        ["a non-boolean automatable", { ...demo, controls: [{ id: "1.1", title: "x", automatable: "no" }] }, /"automatable" must be a boolean/],
    ])("rejects %s", (_what, data, message) => {
        write("bad.json", data);
        expect(() => loadFrameworks(dir)).toThrow(message);
    });

    test("two frameworks with one key are rejected", () => {
        write("a.json", demo);
        write("b.json", { ...demo, name: "other" });
        expect(() => loadFrameworks(dir)).toThrow(/two frameworks have the key "demo-1\.0"/);
    });
});

describe("renderFrameworksDoc", () => {
    test("a fixture: coverage line, every control, rule links and unknown ids", () => {
        const doc = renderFrameworksDoc([demo], fixtureRules);
        expect(doc).toContain("| Demo Benchmark 1.0 | `demo` | `demo-1.0` | 7 | 5 | 71.4% |");
        expect(doc).toContain("## Demo Benchmark 1.0 (`demo`)");
        expect(doc).toContain("Coverage: **5 of 7 controls (71.4%)**; 2 not covered. Of the 6 automatable controls, 5 are covered (83.3%).");
        expect(doc).toContain("| 1.2 | Log access | [`bucket-tls`](rules/bucket-tls.md), [`bucket-logs`](rules/bucket-logs.md) |");
        expect(doc).toContain("| 1.3 | Keep a policy (manual) | not covered |");
        expect(doc).toContain("| 4.1 | Nothing implements this | not covered |");
        expect(doc).toContain("- `9.9`: [`bucket-logs`](rules/bucket-logs.md)");
        expect(doc.endsWith("\n")).toBe(true);
    });

    test("the shipped frameworks: one section and one row per control", () => {
        const doc = renderFrameworksDoc(frameworks, allRules);
        for (const f of frameworks) {
            expect(doc).toContain(`## ${f.framework} ${f.version} (\`${f.name}\`)`);
            const section = doc.slice(doc.indexOf(`(\`${f.name}\`)\n`));
            const table = section.slice(section.indexOf("| Control | Title | Rules |"));
            const rows = table.split("\n").slice(2);
            expect(rows.slice(0, f.controls.length).every((row) => row.startsWith("| "))).toBe(true);
        }
    });

    test("docs/frameworks.md, when present, is up to date", () => {
        const file = path.join(repoRoot, "docs", "frameworks.md");
        if (!fs.existsSync(file)) return;
        expect(fs.readFileSync(file, "utf8")).toBe(renderFrameworksDoc(frameworks, allRules));
    });
});
