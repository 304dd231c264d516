// One measurement in a fresh process: `parse` (baseline: read and JSON.parse the file, the floor
// for any tool reading it) or `check` (load, evaluate every pack, render the JSON report).
// Prints { ms, maxRssMiB, findings? } on stdout.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const [mode, file] = process.argv.slice(2);
const started = process.hrtime.bigint();
let findings;
if (mode === "parse") {
    JSON.parse(readFileSync(file, "utf8"));
} else {
    const { loadInputFile, checkResources } = require("../dist/src/engine");
    const { renderReport } = require("../dist/src/report");
    const { allPacks } = require("../dist/packs");
    const { resources } = loadInputFile(file);
    const result = await checkResources(resources, { packs: allPacks });
    renderReport("json", result, { tool: { name: "bench", version: "0" } });
    findings = result.findings.length;
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, findings }));
