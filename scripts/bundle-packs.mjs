#!/usr/bin/env node
// Writes dist/packs/bundle.js: every pack's compiled modules in one file (scripts/packs-bundler.mjs).
// Run by `npm run build` after tsc; src/packs-entry.ts loads the bundle only while no later
// compile has changed dist/ (tests/packs-bundle.test.ts).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundlePacks } from "./packs-bundler.mjs";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const packsDir = join(dist, "packs");

if (!existsSync(join(packsDir, "index.js"))) {
    console.error("dist/packs is missing: run tsc first (npm run build does both).");
    process.exit(2);
}

const modules = await bundlePacks({ entry: join(packsDir, "index.js"), outfile: join(packsDir, "bundle.js"), packsDir, libraryDir: join(dist, "src"), sourcemap: true });
console.log(`dist/packs/bundle.js: ${modules} modules in one file`);
