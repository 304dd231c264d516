/**
 * Entry point of the policy pack at the repository root: every pack's rules at their default
 * levels. The Pulumi engine loads it (package.json `main`) when you run
 * `pulumi preview --policy-pack <this directory>`: its policy-pack runner
 * (`@pulumi/pulumi/cmd/run-policy-pack`) requires the directory, which resolves `main`.
 *
 * Library users import `pulumi-guardrails`, which resolves through the `exports` map. A resolver
 * that ignores `exports` (an old bundler, `require("<path to this directory>")`) also lands here:
 * it gets the library, and no server starts, because the pack serves only under the runner.
 * Governance comes from the environment (GUARDRAILS_EXEMPTIONS, GUARDRAILS_DECISION_LOG, ...).
 */
import { launchedByPolicyPackRunner, serveGovernedPack } from "../src/governance";
import { packsEntry } from "../src/packs-entry";
import type * as Catalog from ".";

export * from "../src";

if (launchedByPolicyPackRunner()) {
    // The packs' one-file bundle after a build (a shorter cold start for the engine), else their modules.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the entry is chosen at run time
    const { allRules } = require(packsEntry(__dirname)) as typeof Catalog;
    serveGovernedPack({
        name: "pulumi-guardrails",
        displayName: "pulumi-guardrails",
        description: "AWS security, cost, tagging, Kubernetes and access rules for Pulumi programs.",
        rules: allRules,
    });
}
