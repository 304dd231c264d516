#!/usr/bin/env node
// Generates data/terraform-aws.generated.json: what `guardrails check <terraform.tfstate>`
// needs to read Terraform's AWS resources as the Pulumi AWS provider's resources.
// - `resources`: Terraform type → Pulumi type token, from pulumi-aws's bridge metadata (its
//   `renames.resources` section, transcribed into scripts/data/pulumi-aws-bridge-resources.json;
//   the bridge is the provider itself, so these are the names `pulumi import` and the provider use).
// - `props` and `types`: the shape of each token's state (its `<Class>State` interface in the
//   installed @pulumi/aws) and of every nested type it reaches: "s" a scalar, "m" a map (keys are
//   data, kept as written), "o:<type>" one nested object (Terraform stores it as a list of one
//   block, Pulumi as the object), "l:<shape>" a list. Terraform attribute names are matched to
//   these property names at read time (src/engine/inputs/terraform-state.ts).
// `--check` exits 1 when the committed file differs from what would be generated (a test runs it,
// so an SDK upgrade or a new transcription cannot leave it stale).
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const OUT = "data/terraform-aws.generated.json";
const BRIDGE = "scripts/data/pulumi-aws-bridge-resources.json";
const pkgDir = dirname(require.resolve("@pulumi/aws/package.json"));
const version = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version;

const tokenPattern = /static __pulumiType = '([^']+)'/;
const classPattern = /class (\w+) extends pulumi\.(?:CustomResource|ProviderResource)/;

function* jsFiles(dir) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "types") continue;
        const full = join(dir, entry.name);
        if (entry.isDirectory()) yield* jsFiles(full);
        else if (entry.name.endsWith(".js")) yield full;
    }
}

const parse = (file) => ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);

/** Every interface of types/input.d.ts by its qualified name (`s3.BucketLogging`). */
function nestedInterfaces() {
    const byName = new Map();
    const visit = (node, prefix) => {
        if (ts.isModuleDeclaration(node) && node.body) {
            const name = `${prefix}${node.name.text}.`;
            if (ts.isModuleBlock(node.body)) node.body.statements.forEach((s) => visit(s, name));
            else visit(node.body, name);
        } else if (ts.isInterfaceDeclaration(node)) byName.set(`${prefix}${node.name.text}`, node);
    };
    parse(join(pkgDir, "types", "input.d.ts")).statements.forEach((s) => visit(s, ""));
    return byName;
}

const interfaces = nestedInterfaces();
const types = {};

/** The shape code of a property's type node. */
function shapeOf(node) {
    if (!node) return "s";
    if (ts.isParenthesizedTypeNode(node)) return shapeOf(node.type);
    if (ts.isTypeReferenceNode(node)) {
        const name = node.typeName.getText ? qualified(node.typeName) : "";
        if ((name === "pulumi.Input" || name === "Input") && node.typeArguments?.length === 1) return shapeOf(node.typeArguments[0]);
        if (name.startsWith("inputs.")) return objectShape(name.slice("inputs.".length));
        return "s";
    }
    if (ts.isUnionTypeNode(node)) {
        // `string | inputs.s3.PolicyDocument`: the object form wins (a string value is kept as written).
        const shapes = node.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword).map(shapeOf);
        return shapes.find((s) => s !== "s") ?? "s";
    }
    if (ts.isArrayTypeNode(node)) return `l:${shapeOf(node.elementType)}`;
    if (ts.isTypeLiteralNode(node)) return node.members.some(ts.isIndexSignatureDeclaration) ? "m" : "s";
    return "s";
}

function qualified(name) {
    return ts.isQualifiedName(name) ? `${qualified(name.left)}.${name.right.text}` : name.text;
}

function objectShape(name) {
    if (!(name in types)) {
        const declaration = interfaces.get(name);
        if (!declaration) return "s";
        types[name] = {}; // placeholder: recursive types end here
        types[name] = propsOf(declaration);
    }
    return `o:${name}`;
}

function propsOf(declaration) {
    const props = {};
    for (const member of declaration.members) {
        if (!ts.isPropertySignature(member) || !member.name) continue;
        props[member.name.getText ? member.name.text ?? member.name.getText() : String(member.name)] = shapeOf(member.type);
    }
    return Object.fromEntries(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `@deprecated s3.BucketV2 has been deprecated in favor of s3.Bucket` (or `aws.s3/bucketacl.BucketAcl`). */
const deprecationPattern = /@deprecated \S+ has been deprecated in favor of (?:aws\.)?([a-z0-9]+)(?:\/[a-z0-9]+)?\.([A-Za-z0-9]+)/;

/** token → the props shape of its `<Class>State` interface; and deprecated token → its replacement's module and class. */
function stateShapes() {
    const shapes = new Map();
    for (const file of jsFiles(pkgDir)) {
        const source = readFileSync(file, "utf8");
        const token = tokenPattern.exec(source)?.[1];
        const className = classPattern.exec(source)?.[1];
        if (!token || !token.includes(":") || !className || shapes.has(token)) continue;
        const dts = file.replace(/\.js$/, ".d.ts");
        if (!existsSync(dts)) continue;
        const text = readFileSync(dts, "utf8");
        const state = parse(dts).statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === `${className}State`);
        if (state) shapes.set(token, propsOf(state));
        const replacement = deprecationPattern.exec(text);
        if (replacement) replacements.set(token, { module: replacement[1], className: replacement[2] });
    }
    return shapes;
}

const replacements = new Map();

/**
 * The token a Terraform type maps to in this SDK: the bridge's, or the resource this SDK
 * deprecates it in favour of (7.x made `aws:s3/bucket:Bucket` the `aws_s3_bucket` resource and
 * `BucketV2` its deprecated alias, and likewise for the S3 configuration resources).
 */
function currentToken(token, shapes) {
    const replacement = replacements.get(token);
    if (!replacement) return token;
    const found = [...shapes.keys()].find((t) => t.startsWith(`aws:${replacement.module}/`) && t.endsWith(`:${replacement.className}`));
    return found ?? token;
}

const bridge = JSON.parse(readFileSync(join(root, BRIDGE), "utf8"));
const shapes = stateShapes();
const resources = {};
for (const [bridgeToken, terraformType] of Object.entries(bridge.resources)) {
    const token = currentToken(bridgeToken, shapes);
    // Tokens the installed SDK no longer has (renamed or removed) cannot be typed: left out.
    if (shapes.has(token) && !(terraformType in resources)) resources[terraformType] = token;
}
const props = {};
for (const token of Object.values(resources)) props[token] = shapes.get(token);
/** The nested types the mapped tokens reach: the others are left out. */
function reachableTypes() {
    const reached = new Set();
    const visit = (shape) => {
        const name = shape.replace(/^(l:)+/, "").startsWith("o:") ? shape.replace(/^(l:)*o:/, "") : undefined;
        if (name === undefined || reached.has(name)) return;
        reached.add(name);
        Object.values(types[name] ?? {}).forEach(visit);
    };
    Object.values(props).forEach((shape) => Object.values(shape).forEach(visit));
    return [...reached].sort().map((name) => [name, types[name]]);
}
const sortedTypes = Object.fromEntries(reachableTypes());
const text = `${JSON.stringify(
    {
        $comment: `Generated by scripts/generate-terraform-aws-map.mjs from ${BRIDGE} (pulumi-aws ${bridge.commit}) and @pulumi/aws ${version}. Do not edit.`,
        bridgeCommit: bridge.commit,
        pulumiAws: version,
        resources: Object.fromEntries(Object.entries(resources).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
        props,
        types: sortedTypes,
    },
    null,
    0,
)}\n`;

const target = join(root, OUT);
if (process.argv.includes("--check")) {
    const current = existsSync(target) ? readFileSync(target, "utf8") : "";
    if (current !== text) {
        console.error(`${OUT} is stale: run \`node scripts/generate-terraform-aws-map.mjs\` and commit the result.`);
        process.exit(1);
    }
} else {
    writeFileSync(target, text);
    console.error(`wrote ${OUT}: ${Object.keys(resources).length} Terraform types, ${Object.keys(sortedTypes).length} nested types`);
}
