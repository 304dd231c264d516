#!/usr/bin/env node
// Writes docs/rules/<policy>.md for every rule, docs/catalog.md and docs/frameworks.md (coverage)
// from the compiled packs
// (run `npm run build` first; `npm run docs` does both). A test fails when they are stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const { allPacks } = require(join(root, "dist", "packs"));
const { renderRuleDoc, renderCatalogDoc } = require(join(root, "dist", "src", "report"));
const { loadFrameworks, renderFrameworksDoc } = require(join(root, "dist", "src", "frameworks"));

const rulesDir = join(root, "docs", "rules");
mkdirSync(rulesDir, { recursive: true });
const wanted = new Set();
for (const pack of allPacks) {
    for (const rule of pack.rules) {
        wanted.add(`${rule.id}.md`);
        writeFileSync(join(rulesDir, `${rule.id}.md`), renderRuleDoc(rule));
    }
}
// Pages of rules that no longer exist go too.
for (const file of readdirSync(rulesDir)) if (!wanted.has(file)) rmSync(join(rulesDir, file));
writeFileSync(join(root, "docs", "catalog.md"), renderCatalogDoc(allPacks));
writeFileSync(join(root, "docs", "frameworks.md"), renderFrameworksDoc(loadFrameworks(), allPacks.flatMap((p) => p.rules)));
console.error(`wrote docs/catalog.md, docs/frameworks.md and ${wanted.size} rule pages`);
