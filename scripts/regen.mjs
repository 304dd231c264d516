#!/usr/bin/env node
// Rebuilds, then regenerates everything derived from the rules: docs/rules/*.md, docs/catalog.md,
// docs/frameworks.md (scripts/generate-docs.mjs) and manifests/*.json (scripts/update-manifests.mjs),
// and lists the files that changed. Exits 1 when a step fails (update-manifests refuses a changed
// pack without a version bump and CHANGELOG entry).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outputs = ["docs/rules", "docs/catalog.md", "docs/frameworks.md", "manifests"];

/** Content digest of every generated file, keyed by path relative to the repository. */
function snapshot() {
    const files = new Map();
    const visit = (path) => {
        if (!existsSync(path)) return;
        if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
        else files.set(relative(root, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
    };
    for (const output of outputs) visit(join(root, output));
    return files;
}

function run(label, command, args) {
    const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
    if (result.status !== 0) {
        console.error(`regen: ${label} failed (exit ${result.status ?? result.signal})`);
        return false;
    }
    return true;
}

const before = snapshot();
const tsc = join(root, "node_modules", ".bin", "tsc");
if (!run("build", tsc, ["-p", "tsconfig.build.json"])) process.exit(1);
const docs = run("docs", process.execPath, [join(root, "scripts", "generate-docs.mjs")]);
// Manifests run even when docs failed, so one pass shows every problem.
const manifests = run("manifests", process.execPath, [join(root, "scripts", "update-manifests.mjs")]);
const after = snapshot();

const changes = [];
for (const [file, digest] of after) {
    if (!before.has(file)) changes.push(`added    ${file}`);
    else if (before.get(file) !== digest) changes.push(`changed  ${file}`);
}
for (const file of before.keys()) if (!after.has(file)) changes.push(`removed  ${file}`);
changes.sort((a, b) => a.slice(9).localeCompare(b.slice(9)));
console.log(changes.length === 0 ? "regen: nothing changed" : `regen: ${changes.length} file(s)\n${changes.join("\n")}`);
process.exit(docs && manifests ? 0 : 1);
