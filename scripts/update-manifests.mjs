#!/usr/bin/env node
// Refreshes manifests/<pack>.json from the compiled packs (`npm run manifests` builds first).
// Refuses when a pack's policies, levels or config schemas changed but its version did not, or
// when the CHANGELOG has no entry for the new version: a published pack must say what changed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const { allPacks } = require(join(root, "dist", "packs"));
const { packManifest, manifestContent } = require(join(root, "dist", "src", "report"));
const changelog = readFileSync(join(root, "CHANGELOG.md"), "utf8");

/** The CHANGELOG mentions "<pack> <version>" (the pack name may be in backticks). */
function mentions(name, version) {
    return changelog.includes(`${name} ${version}`) || changelog.includes(`\`${name}\` ${version}`);
}

mkdirSync(join(root, "manifests"), { recursive: true });
let refused = false;
for (const pack of allPacks) {
    const file = join(root, "manifests", `${pack.name}.json`);
    const current = packManifest(pack);
    const previous = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
    if (previous && manifestContent(previous) === manifestContent(current) && previous.version === current.version) continue;
    if (previous && previous.version === current.version) {
        console.error(`${pack.name}: policies changed but the version is still ${current.version}; bump it in packs/${pack.name}/index.ts`);
        refused = true;
        continue;
    }
    if (!mentions(pack.name, current.version)) {
        console.error(`${pack.name}: CHANGELOG.md has no entry for "${pack.name} ${current.version}"; say which rules changed and why`);
        refused = true;
        continue;
    }
    writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
    console.error(`wrote manifests/${pack.name}.json (${current.version})`);
}
process.exit(refused ? 1 : 0);
