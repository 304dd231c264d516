/**
 * The API reports in api/ (one per entry point: the root and each subpath in package.json
 * `exports`) match the compiled declarations, and every exported declaration has a doc comment.
 * After an intended change to the public surface, `npm run api` rewrites the reports.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { repoRoot } from "./support";

test("the API reports are current, warning-free, and every export is documented", () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, "scripts", "api-report.mjs")], { cwd: repoRoot, encoding: "utf8", timeout: 120_000 });
    // Everything it prints is a problem: a stale report, an undocumented declaration, a warning.
    expect({ status: result.status, output: `${result.stdout}${result.stderr}`.trim().split("\n").filter(Boolean) }).toEqual({ status: 0, output: [] });
}, 130_000);
