/** The example CI workflow is valid YAML and runs the documented commands. */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { repoRoot } from "./support";

test("examples/ci/github-actions.yml checks with SARIF output and uploads it", () => {
    const workflow = parse(fs.readFileSync(path.join(repoRoot, "examples", "ci", "github-actions.yml"), "utf8")) as {
        jobs: Record<string, { steps: Array<{ run?: string; uses?: string; with?: Record<string, string> }> }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    expect(steps.some((s) => s.run?.includes("guardrails check") && s.run.includes("--format sarif --output guardrails.sarif"))).toBe(true);
    expect(steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif"))?.with?.sarif_file).toBe("guardrails.sarif");
});
