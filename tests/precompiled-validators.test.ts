/**
 * The validators the build generates (scripts/compile-validators.mjs, src/precompiled-validators.ts)
 * judge every document as validators compiled at run time do — the same verdict and the same
 * first error, which the CLI's messages are made from — on rule settings, governance configs,
 * baselines and input documents, right and wrong; one is found only by the very schema it was
 * made from; and the commands that read configs and inputs then load no ajv compiler.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import { repoRoot } from "./support";
import type * as Precompiled from "../src/precompiled-validators";
import type * as EngineConfig from "../src/engine/config";
import type * as GovernanceConfig from "../src/governance/governance-config";
import type * as Packs from "../packs";
import type * as Baseline from "../src/engine/baseline";
import type * as InputSchemas from "../src/engine/inputs/schemas";
import type * as Exemptions from "../src/governance/exemptions";
import type * as DateTime from "../src/governance/date-time";

const dist = path.join(repoRoot, "dist");
/* eslint-disable @typescript-eslint/no-require-imports -- the compiled modules, as the CLI runs them */
const { precompiledValidator } = require(path.join(dist, "src", "precompiled-validators.js")) as typeof Precompiled;
const { settingsSchema } = require(path.join(dist, "src", "engine", "config.js")) as typeof EngineConfig;
const { governanceSchema } = require(path.join(dist, "src", "governance", "governance-config.js")) as typeof GovernanceConfig;
const { allRules } = require(path.join(dist, "packs", "index.js")) as typeof Packs;
const { baselineSchema } = require(path.join(dist, "src", "engine", "baseline.js")) as typeof Baseline;
const inputs = require(path.join(dist, "src", "engine", "inputs", "schemas.js")) as typeof InputSchemas;
const { exemptionsSchema } = require(path.join(dist, "src", "governance", "exemptions.js")) as typeof Exemptions;
const { SCHEMA_FORMATS } = require(path.join(dist, "src", "governance", "date-time.js")) as typeof DateTime;
/* eslint-enable @typescript-eslint/no-require-imports */

// As the run-time compiles: the formats change only the exemptions file's schema, which names one.
const compile = (schema: object) => new Ajv({ allErrors: false, strict: false, validateSchema: false, formats: { ...SCHEMA_FORMATS } }).compile(schema);

/** A verdict and the first error, as the CLI's messages read them. */
function judged(validate: ValidateFunction, document: unknown) {
    const ok = validate(document);
    const [first] = validate.errors ?? [];
    return { ok, error: first ? { keyword: first.keyword, instancePath: first.instancePath, params: first.params, message: first.message } : undefined };
}

// Values of every JSON type, and edge cases of each.
const VALUES: readonly unknown[] = ["", "x", "t3.*", 0, 3, -1, 1.5, 1e9, true, false, null, [], ["a"], [1], [["a"]], {}, { "*": ["a"] }, { a: 1 }, { "*": "a" }];

describe("rule settings", () => {
    const rules = allRules.filter((r) => r.configSchema);

    test("every shipped rule with settings has a generated validator", () => {
        expect(rules.length).toBeGreaterThan(50);
        const missing = rules.filter((r) => !precompiledValidator(settingsSchema(r.configSchema!))).map((r) => r.id);
        expect(missing).toEqual([]);
    });

    test("each judges its defaults, each setting at every kind of value, and unknown settings as a compiled one does", () => {
        let documents = 0;
        for (const rule of rules) {
            const schema = settingsSchema(rule.configSchema!);
            const generated = precompiledValidator(schema)!;
            const fresh = compile(schema);
            const defaults = { ...(rule.configDefaults ?? {}) };
            const cases: unknown[] = [defaults, {}, { ...defaults, notASetting: 1 }, [], null, "x"];
            for (const name of Object.keys(rule.configSchema!.properties ?? {})) for (const value of VALUES) cases.push({ ...defaults, [name]: value });
            for (const document of cases) {
                expect({ rule: rule.id, document, ...judged(generated, document) }).toEqual({ rule: rule.id, document, ...judged(fresh, document) });
                documents++;
            }
        }
        expect(documents).toBeGreaterThan(2_000);
    });

    test("a schema other than the one it was made from gets none", () => {
        const schema = settingsSchema(rules[0].configSchema!) as { properties: Record<string, unknown> };
        expect(precompiledValidator(schema)).toBeDefined();
        expect(precompiledValidator({ ...schema, properties: { ...schema.properties, extra: { type: "string" } } })).toBeUndefined();
        expect(precompiledValidator({})).toBeUndefined();
    });
});

describe("the governance config", () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(repoRoot, "config", "governance.json"), "utf8")) as Record<string, unknown>;
    const key = { id: "k1", publicKey: "MCowBQYDK2VwAyEA", roles: { approver: ["prod"] } };

    test("is judged as a compiled validator judges it, right and wrong", () => {
        const generated = precompiledValidator(governanceSchema)!;
        expect(generated).toBeDefined();
        const fresh = compile(governanceSchema);
        const cases: unknown[] = [shipped, {}, { unknown: 1 }, null, [], "x"];
        for (const field of [...Object.keys(governanceSchema.properties), "environments"]) for (const value of VALUES) cases.push({ ...shipped, [field]: value });
        for (const entry of [key, { ...key, id: "" }, { ...key, roles: { signer: ["prod"] } }, { ...key, roles: { approver: "prod" } }, { id: "k1" }, { ...key, extra: true }]) cases.push({ trustedKeys: [entry] });
        for (const environment of [{ requireSignatures: true }, { requireSignatures: "yes" }, { maxExemptionDays: -1 }, { approvers: ["sam"] }, { nonsense: 1 }]) cases.push({ environments: { prod: environment } });
        cases.push({ environments: { "bad name!": {} } }, { retiredKeys: [{ id: "a", replacedBy: "b", graceUntil: "2027-01-01T00:00:00Z" }] }, { retiredKeys: [{ id: "a" }] });
        for (const document of cases) expect({ document, ...judged(generated, document) }).toEqual({ document, ...judged(fresh, document) });
        expect(cases.filter((d) => generated(d)).length).toBeGreaterThan(3);
        expect(cases.filter((d) => !generated(d)).length).toBeGreaterThan(30);
    });
});

describe("baselines and input documents", () => {
    const read = (...parts: string[]) => JSON.parse(fs.readFileSync(path.join(repoRoot, ...parts), "utf8")) as Record<string, unknown>;
    const stack = read("examples", "stacks", "insecure-web.json");
    const resources = ((stack.deployment as { resources: unknown[] }).resources ?? []) as Array<Record<string, unknown>>;
    const preview = read("examples", "preview", "api-preview.json");
    const tfstate = read("examples", "terraform", "legacy-estate.tfstate");
    const entry = { fingerprint: `sha256:${"ab".repeat(32)}`, policy: "p", urn: "urn:pulumi:s::p::t::n", propertyPath: "a.b", count: 2, expiresAt: "2027-01-01T00:00:00Z" };
    const baseline = { version: 1, kind: "guardrails-baseline", createdAt: "2026-01-01T00:00:00Z", input: "stack.json", entries: [entry] };
    const exemption = {
        id: "ex-1",
        policy: "s3-bucket-public-read",
        resources: ["urn:pulumi:s::p::aws:s3/bucket:Bucket::b"],
        reason: "vendor window",
        requestedBy: "dana",
        approvedBy: "sam",
        createdAt: "2026-01-01T00:00:00Z",
        expiresAt: "2026-01-02T00:00:00.5+01:00",
        environments: ["prod"],
    };
    // Times that are and are not RFC 3339, for the exemptions file's date-time format.
    const times = ["2026-13-01T00:00:00Z", "2026-01-01", "yesterday", "2026-01-01T00:00:00", "2026-01-01T00:00:00+0100", "2026-01-01 00:00:00Z"].flatMap((t) => [
        { version: 1, exemptions: [{ ...exemption, createdAt: t }] },
        { version: 1, exemptions: [{ ...exemption, notBefore: t }] },
    ]);

    /** The document, each top-level field at every kind of value, and its first list's first item's fields too. */
    function mutations(document: Record<string, unknown>, list?: { key: string; items: Array<Record<string, unknown>> }): unknown[] {
        const cases: unknown[] = [document, {}, null, [], "x"];
        for (const field of Object.keys(document)) for (const value of VALUES) cases.push({ ...document, [field]: value });
        if (list && list.items.length > 0) {
            for (const field of Object.keys(list.items[0])) for (const value of VALUES) cases.push({ ...document, [list.key]: [{ ...list.items[0], [field]: value }, ...list.items.slice(1)] });
        }
        return cases;
    }

    test.each([
        ["a stack export", inputs.stackExportSchema, [...mutations(stack), ...mutations({ ...(stack.deployment as object) }, { key: "resources", items: resources }).map((deployment) => ({ ...stack, deployment }))]],
        ["a preview", inputs.previewSchema, mutations(preview, { key: "steps", items: (preview.steps ?? []) as Array<Record<string, unknown>> })],
        ["a resource list", inputs.resourceListSchema, [resources, ...mutations({ list: resources }, { key: "list", items: resources }).map((d) => (d as { list?: unknown })?.list)]],
        ["a Terraform state", inputs.terraformStateSchema, mutations(tfstate, { key: "resources", items: (tfstate.resources ?? []) as Array<Record<string, unknown>> })],
        ["a baseline", baselineSchema, mutations(baseline, { key: "entries", items: [entry] })],
        ["an exemptions file", exemptionsSchema, [...mutations({ version: 1, exemptions: [exemption] }, { key: "exemptions", items: [exemption] }), ...times]],
    ] as const)("%s is judged as a compiled validator judges it", (_, schema, cases) => {
        const generated = precompiledValidator(schema)!;
        expect(generated).toBeDefined();
        const fresh = compile(schema);
        for (const document of cases) expect(judged(generated, document)).toEqual(judged(fresh, document));
        expect(cases.some((d) => generated(d))).toBe(true);
        expect(cases.filter((d) => !generated(d)).length).toBeGreaterThan(10);
    });
});

test("commands that read configs and inputs load no ajv compiler", () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-validators-"));
    try {
        const hook = path.join(scratch, "hook.cjs");
        const out = path.join(scratch, "loaded.json");
        fs.writeFileSync(hook, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));\n`);
        const cli = (...args: string[]) => {
            const run = spawnSync(process.execPath, ["-r", hook, path.join(dist, "src", "cli", "main.js"), ...args], { cwd: scratch, encoding: "utf8", env: { ...process.env, GUARDRAILS_DECISION_LOG: "" } });
            return { code: run.status, ajv: (JSON.parse(fs.readFileSync(out, "utf8")) as string[]).filter((f) => /node_modules[\\/]ajv[\\/]dist[\\/](core|ajv|compile)/.test(f)) };
        };
        expect(cli("key", "issue", "--env", "dev", "--output", "key.json").code).toBe(0);
        expect(cli("key", "verify", "key.json", "--env", "dev")).toEqual({ code: 0, ajv: [] });
        const file = path.join(scratch, "exemptions.json");
        const entry = { id: "ex-1", policy: "s3-bucket-public-read", resources: ["urn:pulumi:s::p::aws:s3/bucket:Bucket::b"], reason: "vendor window", requestedBy: "dana", approvedBy: "sam", createdAt: "2026-01-01T00:00:00Z", expiresAt: "2026-01-02T00:00:00Z" };
        fs.writeFileSync(file, JSON.stringify({ version: 1, exemptions: [entry] }));
        expect(cli("exempt", "list", "--file", file)).toEqual({ code: 0, ajv: [] });
        expect(cli("check", path.join(repoRoot, "examples", "stacks", "hardened-web.json"), "--env", "prod", "--format", "json", "--output", "report.json").ajv).toEqual([]);
    } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
    }
});
