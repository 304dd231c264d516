/**
 * Every shipped example resource, judged twice: in-process by the offline evaluator, and by the
 * root policy pack launched as the Pulumi engine launches it. The diagnostics must be identical.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildPolicies, evaluatePolicies, type ResourceUnderTest } from "../src/engine";
import { analyzePack, diffDiagnostics, loadInputFile, packageVersion, resolvePolicyConfig } from "../src/engine";
import { allRules } from "../packs";
import { repoRoot } from "./support";

/** Every JSON input shipped under examples/ (stack exports, preview output, resource lists). */
function exampleInputs(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === "node_modules" ? [] : exampleInputs(full);
        return entry.name.endsWith(".json") && !["package.json", "package-lock.json", "tsconfig.json"].includes(entry.name) ? [full] : [];
    });
}
const exampleFiles = exampleInputs(path.join(repoRoot, "examples"));
const resources: ResourceUnderTest[] = exampleFiles.flatMap((file) => loadInputFile(file).resources);

async function inProcess(config: Record<string, unknown> = {}) {
    const resolved = resolvePolicyConfig(allRules, [{ file: "config", document: config }]);
    const result = await evaluatePolicies(buildPolicies(allRules), resources, {
        packName: "pulumi-guardrails",
        packVersion: packageVersion(),
        config: resolved,
        remediate: false,
    });
    return result.diagnostics;
}

test("the examples hold enough resources and violations to mean something", async () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(4);
    expect(resources.length).toBeGreaterThanOrEqual(15);
    expect((await inProcess()).length).toBeGreaterThanOrEqual(5);
});

test("in-process and protocol diagnostics are identical on every example resource", async () => {
    const protocol = await analyzePack(repoRoot, resources);
    expect(diffDiagnostics(await inProcess(), protocol.diagnostics)).toEqual([]);
});

test("a deliberate divergence is caught: one policy at another level over the protocol", async () => {
    const protocol = await analyzePack(repoRoot, resources, { config: { "ec2-security-group-no-public-ssh-rdp": "advisory" } });
    const differences = diffDiagnostics(await inProcess(), protocol.diagnostics);
    expect(differences.length).toBeGreaterThan(0);
    expect(differences.every((d) => d.diagnostic.policyName === "ec2-security-group-no-public-ssh-rdp")).toBe(true);
    // With the same config on both sides they agree again.
    expect(diffDiagnostics(await inProcess({ "ec2-security-group-no-public-ssh-rdp": "advisory" }), protocol.diagnostics)).toEqual([]);
});

test("remediation agrees too: the protocol's remediated props equal the in-process ones", async () => {
    const config = { "ec2-imdsv2-required": "remediate" };
    const protocol = await analyzePack(repoRoot, resources, { config });
    const resolved = resolvePolicyConfig(allRules, [{ file: "config", document: config }]);
    const local = await evaluatePolicies(buildPolicies(allRules), resources, { packName: "pulumi-guardrails", packVersion: packageVersion(), config: resolved });
    expect(diffDiagnostics(local.diagnostics, protocol.diagnostics)).toEqual([]);
    const remediatedUrns = protocol.remediations.map((r) => r.urn).sort();
    expect(remediatedUrns.length).toBeGreaterThan(0);
    expect(local.remediations.map((r) => r.urn).sort()).toEqual(remediatedUrns);
    for (const urn of remediatedUrns) expect(local.remediatedProps.get(urn)).toEqual(protocol.remediatedProps.get(urn));
});

test("diffDiagnostics counts duplicates", () => {
    const d = { policyName: "p", urn: "u", enforcementLevel: "mandatory", message: "m" };
    expect(diffDiagnostics([d, d], [d])).toEqual([{ only: "left", diagnostic: d }]);
    expect(diffDiagnostics([d], [{ ...d, message: "other" }])).toHaveLength(2);
});
