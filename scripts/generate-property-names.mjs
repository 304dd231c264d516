#!/usr/bin/env node
// Generates tests/property-names.generated.json: for every resource type token the packs name,
// the property names of its SDK Args interface (top level) and the names found inside its nested
// object types. The fuzzer (tests/fuzz.ts) builds random props from these, so random values reach
// the properties rules read, and a new rule's type needs no hand-kept key list.
//
// Read with the TypeScript compiler from `ResourceProps<token>` (src/types), which is what a
// rule's `props` is typed as: the names are exactly what rules can read.
// `--check` exits 1 when the committed file differs from what would be generated (a test runs it).
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const output = join(root, "tests", "property-names.generated.json");
/** How deep nested names are collected: deep enough for `spec.template.spec.containers[].securityContext`. */
const MAX_DEPTH = 6;

/** Token → service module path (`aws/s3`), from the generated token maps. */
function knownTokens() {
    const tokens = new Map();
    for (const provider of ["aws", "kubernetes", "azure-native", "gcp"]) {
        const text = readFileSync(join(root, "src", "types", `${provider}.generated.ts`), "utf8");
        for (const m of text.matchAll(/^\s*"([^"]+)": "([^"]+)";$/gm)) tokens.set(m[1], m[2]);
    }
    return tokens;
}

function* sourceFiles(dir) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) yield* sourceFiles(full);
        // Generated lists (every taggable type) are not types a rule singles out.
        else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".generated.ts")) yield full;
    }
}

/** Every known token written in the packs' sources, sorted. */
function tokensInPacks(known) {
    const found = new Set();
    for (const file of sourceFiles(join(root, "packs"))) {
        for (const m of readFileSync(file, "utf8").matchAll(/["'`]([a-z0-9-]+:[A-Za-z0-9./-]+:[A-Za-z0-9]+)["'`]/g)) {
            if (known.has(m[1])) found.add(m[1]);
        }
    }
    return [...found].sort();
}

/** A program over a virtual module declaring `ResourceProps<token>` for each token, with only the service maps it needs. */
function propsTypes(tokens, known) {
    const typesDir = join(root, "src", "types");
    const virtual = join(typesDir, "__property-names__.ts");
    const services = [...new Set(tokens.map((t) => known.get(t)))].sort();
    const text = [
        'import type { ResourceProps } from "./index";',
        ...services.map((s) => `import type {} from "./${s}";`),
        ...tokens.map((t, i) => `export type P${i} = ResourceProps<${JSON.stringify(t)}>;`),
    ].join("\n");
    const options = { strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, lang, ...rest) => (name === virtual ? ts.createSourceFile(name, text, lang) : getSourceFile(name, lang, ...rest));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => name === virtual || fileExists(name);
    const program = ts.createProgram([virtual, ...services.map((s) => join(typesDir, `${s}.ts`))], options, host);
    const checker = program.getTypeChecker();
    const aliases = program.getSourceFile(virtual).statements.filter(ts.isTypeAliasDeclaration);
    return { checker, types: aliases.map((a) => checker.getTypeAtLocation(a.name)) };
}

/** Resource classes (a role given as an object) and outputs are references, not data a rule reads. */
function isReference(type) {
    const symbol = type.getSymbol();
    if (!symbol) return false;
    if (["Output", "OutputInstance", "Promise"].includes(symbol.name)) return true;
    return (symbol.declarations ?? []).some((d) => ts.isClassDeclaration(d));
}

/** Object-like parts of a property's type: union members, array elements, minus primitives and functions. */
function objectParts(checker, type) {
    const parts = type.isUnion() ? type.types : [type];
    return parts.flatMap((t) => {
        if (checker.isArrayType(t) || checker.isTupleType(t)) return checker.getTypeArguments(t).flatMap((e) => objectParts(checker, e));
        if (!(t.flags & ts.TypeFlags.Object) || isReference(t) || t.getCallSignatures().length > 0) return [];
        return checker.getPropertiesOfType(t).length > 0 ? [t] : [];
    });
}

function namesOf(checker, type) {
    const top = checker.getPropertiesOfType(type).map((p) => p.name);
    const nested = new Set();
    const seen = new Set();
    const walk = (t, depth) => {
        if (depth > MAX_DEPTH || seen.has(t)) return;
        seen.add(t);
        for (const property of checker.getPropertiesOfType(t)) {
            if (depth > 0) nested.add(property.name);
            for (const part of objectParts(checker, checker.getTypeOfSymbol(property))) walk(part, depth + 1);
        }
    };
    walk(type, 0);
    return { properties: [...new Set(top)].sort(), nested: [...nested].sort() };
}

const known = knownTokens();
const tokens = tokensInPacks(known);
const { checker, types } = propsTypes(tokens, known);
const result = Object.fromEntries(tokens.map((token, i) => [token, namesOf(checker, types[i])]));
const empty = tokens.filter((t) => result[t].properties.length === 0);
if (empty.length > 0) {
    console.error(`no properties resolved for ${empty.join(", ")}: is its service map generated?`);
    process.exit(1);
}
// One line per type: a reviewable diff when an SDK upgrade adds a property.
const text = `{\n${tokens.map((t) => `  ${JSON.stringify(t)}: ${JSON.stringify(result[t])}`).join(",\n")}\n}\n`;

if (process.argv.includes("--check")) {
    const current = existsSync(output) ? readFileSync(output, "utf8") : "";
    if (current !== text) {
        console.error(`${relative(root, output)} is stale: run \`node scripts/generate-property-names.mjs\` and commit the result.`);
        process.exit(1);
    }
} else {
    writeFileSync(output, text);
    console.error(`wrote ${relative(root, output)} (${tokens.length} resource types)`);
}
