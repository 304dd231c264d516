#!/usr/bin/env node
// Scaffolds a rule: `npm run new-rule -- <pack>/<folder>/<name> [--root <dir>]` writes
// packs/<pack>/<folder>/<name>.ts (a working placeholder rule, id and service derived by the
// scheme in src/rule-ids.ts) and its test beside it (violating, compliant and unknown-value
// cases), and lists the rule in the pack. `--root` writes into another copy of the repository.
// Refuses, with exit code 2 and one line on stderr, a malformed path, an unknown pack, an
// existing file or an id already in use.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(repo, "package.json"));

function fail(message) {
    console.error(`new-rule: ${message}`);
    process.exit(2);
}

/** src/rule-ids.ts, transpiled in memory: the one definition of the scheme, usable without a build. */
function loadNaming(root) {
    const ts = require("typescript");
    const source = readFileSync(join(root, "src", "rule-ids.ts"), "utf8");
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
    const module = { exports: {} };
    runInNewContext(outputText, { module, exports: module.exports });
    return module.exports;
}

const args = process.argv.slice(2);
const rootFlag = args.indexOf("--root");
const root = rootFlag >= 0 ? args.splice(rootFlag, 2)[1] : repo;
if (!root) fail("--root needs a directory");
if (args.length !== 1) fail("usage: npm run new-rule -- <pack>/<folder>/<name>   (e.g. aws-security/s3/bucket-no-website)");
const match = /^([a-z0-9-]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(args[0]);
if (!match) fail(`"${args[0]}" is not <pack>/<folder>/<name> in kebab-case (e.g. aws-security/s3/bucket-no-website)`);
const [, pack, folder, name] = match;
if (["lib", "shared", "__tests__"].includes(folder)) fail(`"${folder}" holds helpers, not rules: pick a service or topic folder`);

const naming = loadNaming(root);
if (!naming.PACK_NAMING[pack] || !existsSync(join(root, "packs", pack, "index.ts"))) {
    fail(`unknown pack "${pack}" (known: ${Object.keys(naming.PACK_NAMING).join(", ")})`);
}
const id = naming.ruleIdFor(pack, folder, name);
const service = naming.serviceFor(pack, folder);
const ruleFile = join(root, "packs", pack, folder, `${name}.ts`);
const testFile = join(root, "packs", pack, folder, `${name}.test.ts`);
for (const file of [ruleFile, testFile]) if (existsSync(file)) fail(`${relative(root, file)} already exists`);
if (existsSync(join(root, "docs", "rules", `${id}.md`))) fail(`the id "${id}" is already used by another rule`);

/**
 * A resource type to start from: a Kubernetes Deployment, or a taggable AWS type of the folder's
 * service, preferring the one the name starts with (`bucket-…` → Bucket).
 */
function resourceTypeFor() {
    if (pack === "kubernetes" || service === "kubernetes") return { type: "kubernetes:apps/v1:Deployment", kubernetes: true };
    const taggable = readFileSync(join(root, "packs", "tagging", "taggable-types.generated.ts"), "utf8");
    const tokens = [...taggable.matchAll(/"(aws:([a-zA-Z0-9]+)\/[^"]+:([A-Za-z0-9]+))"/g)].filter((m) => m[2] === folder);
    const flat = name.replaceAll("-", "");
    const named = tokens.filter((m) => flat.startsWith(m[3].toLowerCase())).sort((a, b) => b[3].length - a[3].length)[0];
    return { type: (named ?? tokens[0])?.[1] ?? "aws:s3/bucket:Bucket", kubernetes: false };
}
const { type, kubernetes } = resourceTypeFor();
const marker = "guardrails-placeholder";
const where = kubernetes ? `metadata.labels.${marker}` : `tags.${marker}`;
const read = kubernetes ? `props.metadata?.labels?.["${marker}"]` : `props.tags?.["${marker}"]`;
const propsWith = (value) => (kubernetes ? `{ metadata: { labels: { "${marker}": ${value} } } }` : `{ tags: { "${marker}": ${value} } }`);
const depth = "../../../";

mkdirSync(dirname(ruleFile), { recursive: true });
writeFileSync(
    ruleFile,
    `import { defineRule } from "${depth}src";

// TODO: replace the placeholder check (a "${marker}" ${kubernetes ? "label" : "tag"} set to "violate") with the real one.
export default defineRule({
    id: "${id}",
    title: "TODO: what compliant resources do, as a short title",
    description: "TODO: why it matters, in one or two plain sentences.",
    severity: "medium",
    service: "${service}",
    remediation: "TODO: how to fix a violation, in plain language.",
    defaultLevel: "advisory",
    messages: {
        placeholder: "TODO: what is wrong with \`{{name}}\`.",
    },
    resourceType: "${type}",
    validate(props, ctx) {
        if (${read} === "violate") {
            ctx.report({ messageId: "placeholder", data: { name: ctx.name }, propertyPath: "${where}" });
        }
    },
});
`,
);
writeFileSync(
    testFile,
    `import { checkCase, mockResource, unknown, type RuleCase } from "${depth}src/testing";
import rule from "./${name}";

const resource = (value: string) => mockResource("${type}", ${propsWith("value")}, { name: "example" });

export const cases: RuleCase[] = [
    { name: "violating", resources: resource("violate"), expect: { violations: ["${where}"] } },
    { name: "compliant", resources: resource("comply"), expect: "pass" },
    { name: "unknown during preview", resources: resource(unknown()), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
`,
);

/** Adds the import (in path order) and the list entry to the file that lists the pack's rules. */
function listInPack() {
    // The kubernetes pack lists its rules by topic in rules.ts; the others in index.ts.
    const listFile = join(root, "packs", pack, pack === "kubernetes" ? "rules.ts" : "index.ts");
    const listStart = pack === "kubernetes" ? "export const kubernetesRules: readonly Rule[] = [" : "rules: [";
    let text = readFileSync(listFile, "utf8");
    let variable = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
    if (new RegExp(`\\b${variable}\\b`).test(text)) variable += "Rule";
    const specifier = `./${folder}/${name}`;
    const importLine = `import ${variable} from "${specifier}";\n`;
    const imports = [...text.matchAll(/^import \w+ from "(\.\/[^"]+)";\n/gm)];
    const next = imports.find((m) => m[1] > specifier);
    const at = next ? next.index : imports.length > 0 ? imports.at(-1).index + imports.at(-1)[0].length : 0;
    text = text.slice(0, at) + importLine + text.slice(at);

    const open = text.indexOf(listStart);
    if (open < 0) fail(`could not find \`${listStart}\` in ${relative(root, listFile)}: list ${variable} there by hand`);
    let close = open + listStart.length;
    for (let depthCount = 1; depthCount > 0; close++) {
        if (text[close] === "[") depthCount++;
        else if (text[close] === "]") depthCount--;
    }
    close--; // the list's closing bracket
    const inner = text.slice(open + listStart.length, close);
    if (inner.includes("\n")) {
        const lastLine = text.lastIndexOf("\n", close);
        const indent = /^\s*/.exec(inner.split("\n").filter((l) => l.trim() !== "").at(-1) ?? "")[0] || "    ";
        const before = text.slice(0, lastLine).replace(/\s*$/, "");
        text = `${before}${before.endsWith(",") || before.endsWith("[") ? "" : ","}\n${indent}${variable},${text.slice(lastLine)}`;
    } else {
        text = `${text.slice(0, close)}${inner.trim() === "" ? "" : ", "}${variable}${text.slice(close)}`;
    }
    writeFileSync(listFile, text);
    return relative(root, listFile);
}

const listed = listInPack();
console.log(`created ${relative(root, ruleFile)} (id ${id}) and its test; listed it in ${listed}`);
// The kubernetes pack's profiles (pssProfile) are built from its topic lists, not the flat one.
if (pack === "kubernetes") console.log("move it into its topic's list in rules.ts (pssBaselineRules, workloadRules, ...) if it belongs to one");
console.log("next: write validate and the cases, then `npm run regen`, bump the pack's version and add a CHANGELOG entry");
