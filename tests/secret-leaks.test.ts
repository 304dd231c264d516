/**
 * No secret byte gets out, whatever is secret: random secret placements over every shipped rule
 * example, as a `pulumi stack export` holds them (`plaintext` after --show-secrets, or
 * `ciphertext`), checked by every pack and rendered in every format, with the decision log,
 * the cost estimate and notes; then the same documents through the CLI (stdout, stderr, log)
 * and over the analyzer protocol to the built pack, as `pulumi preview --policy-pack` runs it.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { allPacks } from "../packs";
import { checkResources } from "../src/engine/check";
import { analyzePack } from "../src/engine/analyze-pack";
import { convertInput } from "../src/engine/inputs";
import { SECRET_SIG, SIG_KEY } from "../src/secrets";
import { Governance } from "../src/governance";
import { FORMATS, renderReport } from "../src/report";
import { repoRoot } from "./support";

const MARK = "Q9SECRETMARKQ9";
const cli = path.join(repoRoot, "dist", "src", "cli", "main.js");

interface Example {
    readonly type: string;
    readonly name: string;
    readonly props: Record<string, unknown>;
}

/** Every resource of every rule's examples, violating ones first (they exercise findings). */
const corpus: Example[] = allPacks
    .flatMap((p) => p.rules)
    .flatMap((r) => [...(r.examples?.violating ?? []), ...(r.examples?.compliant ?? [])])
    .flatMap((e) => e.resources.map((x) => ({ type: x.type, name: x.name, props: x.props as Record<string, unknown> })));

/** Every path in a value, interior ones included. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
    if (value === null || typeof value !== "object") return [prefix];
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

/** The value with the marker in every string, every key and every JSON document inside it. */
function marked(value: unknown): unknown {
    if (typeof value === "string") {
        try {
            const parsed: unknown = JSON.parse(value);
            if (parsed !== null && typeof parsed === "object") return JSON.stringify(marked(parsed));
        } catch {
            // not JSON: mark the text itself
        }
        return value === "" ? MARK : `${value}${MARK}`;
    }
    if (Array.isArray(value)) return [...value.map(marked), MARK];
    if (value !== null && typeof value === "object") {
        return Object.fromEntries([...Object.entries(value).map(([k, v]) => [`${k}${MARK}`, marked(v)]), [MARK, MARK]]);
    }
    return value;
}

type Form = "plaintext" | "ciphertext";

/** The props with the values at `paths` made secret in a stack export's encoding. */
function withSecrets(props: Record<string, unknown>, paths: ReadonlyArray<ReadonlyArray<string | number>>, form: Form): Record<string, unknown> {
    const copy = JSON.parse(JSON.stringify(props)) as Record<string, unknown>;
    let root: unknown = copy;
    for (const p of [...paths].sort((a, b) => b.length - a.length)) {
        const wrap = (v: unknown) =>
            form === "plaintext" ? { [SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify(marked(v)) } : { [SIG_KEY]: SECRET_SIG, ciphertext: `v1:${MARK}:${Buffer.from(JSON.stringify(v)).toString("base64")}` };
        if (p.length === 0) {
            root = wrap(root);
            continue;
        }
        const parent = p.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], root);
        const last = p[p.length - 1];
        if (parent !== null && typeof parent === "object" && last in parent) {
            const holder = parent as Record<string | number, unknown>;
            // Nested placements: an inner secret is already wrapped; wrapping again keeps it inside.
            holder[last] = wrap(holder[last]);
        }
    }
    return (root !== null && typeof root === "object" && !(SIG_KEY in root) ? root : copy) as Record<string, unknown>;
}

/** A stack export of some examples, each with secrets at random paths. */
const stackExports = fc
    .array(
        fc.record({
            example: fc.integer({ min: 0, max: corpus.length - 1 }),
            picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
            form: fc.constantFrom<Form>("plaintext", "ciphertext"),
        }),
        { minLength: 1, maxLength: 6 },
    )
    .map((items) => ({
        version: 3,
        deployment: {
            resources: items.map(({ example, picks, form }, i) => {
                const { type, name, props } = corpus[example];
                const all = pathsOf(props).filter((p) => p.length > 0);
                const paths = all.length === 0 ? [] : picks.map((n) => all[n % all.length]);
                const inputs = withSecrets(props, paths, form);
                return { urn: `urn:pulumi:dev::leaks::${type}::${name}-${i}`, type, custom: true, id: `${name}-${i}`, inputs, outputs: inputs };
            }),
        },
    }));

function leakIn(where: string, text: string): void {
    const at = text.indexOf(MARK);
    if (at >= 0) throw new Error(`a secret got out in ${where}: …${text.slice(Math.max(0, at - 160), at + MARK.length + 40)}…`);
}

let tmp: string;
beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-leaks-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("the corpus is the shipped examples, and placements reach findings", () => {
    expect(corpus.length).toBeGreaterThan(200);
});

test("in-process: no format, note, cost estimate or decision-log line holds a secret byte", async () => {
    let run = 0;
    await fc.assert(
        fc.asyncProperty(stackExports, async (doc) => {
            const { resources } = convertInput("leaks.json", doc);
            const logPath = path.join(tmp, `decisions-${run++}.jsonl`);
            const governance = new Governance({ environment: "dev", pack: { name: "pulumi-guardrails", version: "0.0.0" }, decisionLogPath: logPath, actor: "ci" });
            const result = await checkResources(resources, { packs: allPacks, governance });
            for (const format of FORMATS) leakIn(format, renderReport(format, result, { tool: { name: "pulumi-guardrails", version: "0.0.0" }, inputFile: "leaks.json" }));
            leakIn("the decision log", fs.existsSync(logPath) ? fs.readFileSync(logPath, "utf8") : "");
        }),
        { numRuns: 60, seed: 20261202 },
    );
});

test("the CLI: stdout in every format, stderr and the decision log", () => {
    const doc = fc.sample(stackExports, { numRuns: 1, seed: 7 })[0];
    // Put every example in once, all secret at the top level, so most rules read a secret.
    const everything = {
        version: 3,
        deployment: {
            resources: corpus.slice(0, 120).map(({ type, name, props }, i) => {
                const inputs = withSecrets(props, Object.keys(props).map((k) => [k]), i % 2 === 0 ? "plaintext" : "ciphertext");
                return { urn: `urn:pulumi:dev::leaks::${type}::${name}-${i}`, type, custom: true, id: `${name}-${i}`, inputs, outputs: inputs };
            }),
        },
    };
    for (const [label, document] of [["random", doc], ["all secret", everything]] as const) {
        const file = path.join(tmp, `${label.replace(" ", "-")}.json`);
        fs.writeFileSync(file, JSON.stringify(document));
        for (const format of FORMATS) {
            const log = path.join(tmp, `cli-${format}.jsonl`);
            const run = spawnSync(process.execPath, [cli, "check", file, "--format", format, "--decision-log", log], { encoding: "utf8", timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
            expect([0, 1]).toContain(run.status);
            leakIn(`${label} ${format} stdout`, run.stdout);
            leakIn(`${label} ${format} stderr`, run.stderr);
            leakIn(`${label} ${format} decision log`, fs.readFileSync(log, "utf8"));
        }
    }
});

/** Resources whose findings quote what a rule read (a tag key, a policy's action), so a leak would show. */
const quoting = [
    { type: "aws:s3/bucket:Bucket", urn: "urn:pulumi:dev::leaks::aws:s3/bucket:Bucket::quoted-tags", name: "quoted-tags", props: { tags: { [`Bad_${MARK}_Key`]: "v" } } },
    {
        type: "aws:iam/policy:Policy",
        urn: "urn:pulumi:dev::leaks::aws:iam/policy:Policy::quoted-policy",
        name: "quoted-policy",
        props: { policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: [`s3:${MARK}*`, "*"], Resource: "*" }] }) },
    },
];

test("the quoting resources leak when their secrets are not marked (so the protocol check below can fail)", async () => {
    const result = await checkResources(quoting, { packs: allPacks });
    expect(JSON.stringify(result.findings)).toContain(MARK);
});

test("over the analyzer protocol: no diagnostic from the built pack holds a secret byte", async () => {
    const docs = fc.sample(stackExports, { numRuns: 40, seed: 11 });
    const resources = docs.flatMap((doc, i) =>
        convertInput("leaks.json", doc).resources.map((r) => ({ ...r, urn: `${r.urn}-${i}`, outputs: undefined })),
    );
    // Unreadable values have no wire form (the engine always sends secrets decrypted): send the readable ones.
    const readable = resources.filter((r) => (r.unreadablePaths ?? []).length === 0);
    expect(readable.length).toBeGreaterThan(20);
    const secretQuoting = quoting.map((r) => ({ ...r, secretPaths: [Object.keys(r.props)] }));
    const result = await analyzePack(repoRoot, [...secretQuoting, ...readable]);
    // The quoting resources are still judged (their findings are there), just not quoted.
    for (const r of quoting) expect(result.diagnostics.some((d) => d.urn === r.urn && d.enforcementLevel !== "advisory")).toBe(true);
    leakIn("protocol diagnostics", JSON.stringify(result.diagnostics));
    leakIn("protocol remediations", JSON.stringify(result.remediations));
}, 120_000);
