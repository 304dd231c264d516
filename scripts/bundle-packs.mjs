#!/usr/bin/env node
// Writes dist/packs/bundle.js: every pack's compiled modules in one file, for the CLI to load
// instead of some 450 files (resolving and reading them is a third of `guardrails catalog`'s
// start-up). The library's own modules (dist/src) and installed packages stay outside the bundle,
// so there is one copy of each. Run by `npm run build` after tsc; src/cli/packs-entry.ts loads
// the bundle only while no later compile has changed dist/ (tests/packs-bundle.test.ts).
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const packs = join(dist, "packs");
const library = join(dist, "src");

if (!existsSync(join(packs, "index.js"))) {
    console.error("dist/packs is missing: run tsc first (npm run build does both).");
    process.exit(2);
}

/** Requires of the library's modules stay requires, written relative to the bundle. */
const libraryOutside = {
    name: "library-outside",
    setup(build) {
        build.onResolve({ filter: /^\.\.?\// }, (args) => {
            const target = resolve(args.resolveDir, args.path);
            if (target !== library && !target.startsWith(library + sep)) return undefined;
            return { path: `./${relative(packs, target).split(sep).join("/")}`, external: true };
        });
    },
};

const result = await esbuild.build({
    entryPoints: [join(packs, "index.js")],
    outfile: join(packs, "bundle.js"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    plugins: [libraryOutside],
    sourcemap: true,
    logLevel: "warning",
    metafile: true,
});
const inputs = Object.keys(result.metafile.inputs).length;
console.log(`dist/packs/bundle.js: ${inputs} modules in one file`);
