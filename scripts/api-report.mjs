#!/usr/bin/env node
// API reports (api/<entry>.api.md) for the root export and each subpath in package.json
// `exports`, made by API Extractor from the compiled declarations in dist/ (run `npm run build`
// first). Without flags it checks: exit 1 when a report differs from what is committed, when a
// declaration has no doc comment (`(undocumented)`), or on any warning API Extractor prints
// (notes it writes into a report, such as a type reachable only through another entry point, are
// part of the report). `--local` (npm run api) rewrites the reports instead.
import { Extractor, ExtractorConfig, CompilerState } from "@microsoft/api-extractor";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packageJsonFullPath = join(root, "package.json");
const manifest = JSON.parse(readFileSync(packageJsonFullPath, "utf8"));
const local = process.argv.includes("--local");

// The packs subpaths are rule data (their catalog is docs/rules), and the types subpaths generated
// SDK type maps (scripts/generate-resource-types.mjs): neither is an API to freeze here.
const entries = Object.entries(manifest.exports)
    .filter(([subpath, target]) => typeof target === "object" && !subpath.startsWith("./packs") && !subpath.startsWith("./types/"))
    .map(([subpath, target]) => ({
        name: subpath === "." ? manifest.name : subpath.slice(2),
        dts: join(root, target.types),
    }));

const missing = entries.filter((e) => !existsSync(e.dts));
if (missing.length > 0) {
    console.error(`api-report: ${missing[0].dts} is missing: run \`npm run build\` first.`);
    process.exit(2);
}

// api-extractor.json describes the root entry; each subpath changes only its entry and report name.
const base = ExtractorConfig.loadFile(join(root, "api-extractor.json"));
const configFor = (entry) =>
    ExtractorConfig.prepare({
        configObjectFullPath: join(root, "api-extractor.json"),
        packageJsonFullPath,
        configObject: {
            ...base,
            mainEntryPointFilePath: entry.dts,
            apiReport: { ...base.apiReport, reportFileName: entry.name },
        },
    });

// One TypeScript program for every entry point: compiling it dominates the run time.
const configs = entries.map((entry) => ({ entry, config: configFor(entry) }));
const compilerState = CompilerState.create(configs[0].config, { additionalEntryPoints: entries.map((e) => e.dts) });

let failed = false;
for (const { entry, config } of configs) {
    const result = Extractor.invoke(config, {
        localBuild: local,
        compilerState,
        // Warnings and errors only (not the preamble naming the bundled TypeScript version).
        messageCallback: (message) => {
            if (message.logLevel === "info" || message.logLevel === "verbose") message.handled = true;
        },
    });
    if (!result.succeeded) {
        failed = true;
        console.error(
            `api-report: ${entry.name}: ${result.errorCount} errors, ${result.warningCount} warnings` +
                (result.apiReportChanged && !local ? "; the report is stale: run `npm run build && npm run api` and commit api/" : ""),
        );
    }
    const reportFile = join(root, "api", `${entry.name}.api.md`);
    if (!existsSync(reportFile)) continue; // API Extractor has already said it is missing
    const report = readFileSync(reportFile, "utf8");
    const undocumented = report.split("\n").filter((line) => line.includes("(undocumented)")).length;
    if (undocumented > 0) {
        failed = true;
        console.error(`api-report: ${entry.name}: ${undocumented} declarations have no doc comment (see "(undocumented)" in api/${entry.name}.api.md)`);
    }
}
process.exit(failed ? 1 : 0);
