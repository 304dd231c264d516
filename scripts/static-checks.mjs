#!/usr/bin/env node
// The static half of `npm test`: build, typecheck, lint and the architecture check, in two lanes
// that run side by side (the compiler passes are the slow part and each uses one core):
//   build, then the architecture check  |  typecheck, then lint
// Each command's output is printed whole when it ends, so the lanes never interleave lines.
// Exits with the first failing command's status, after both lanes have finished.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lanes = [
    ["build", "lint:architecture"],
    ["typecheck", "lint"],
];

function run(script) {
    return new Promise((resolve) => {
        const started = Date.now();
        const child = spawn("npm", ["run", "--silent", script], { cwd: root, shell: process.platform === "win32" });
        let output = "";
        child.stdout.on("data", (chunk) => (output += chunk));
        child.stderr.on("data", (chunk) => (output += chunk));
        child.on("close", (code) => {
            const seconds = ((Date.now() - started) / 1000).toFixed(1);
            process.stdout.write(`> npm run ${script} (${seconds} s, exit ${code})\n${output}`);
            resolve(code ?? 1);
        });
    });
}

async function lane(scripts) {
    for (const script of scripts) {
        const code = await run(script);
        if (code !== 0) return code;
    }
    return 0;
}

const codes = await Promise.all(lanes.map(lane));
process.exit(codes.find((code) => code !== 0) ?? 0);
