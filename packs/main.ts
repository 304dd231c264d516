/**
 * Entry point of the policy pack at the repository root: every pack's rules at their default
 * levels. The Pulumi engine loads this (package.json `main`) when you run
 * `pulumi preview --policy-pack <this directory>`. Library users import `pulumi-guardrails`
 * instead, which resolves through the `exports` map and starts nothing. Governance comes from the
 * environment (GUARDRAILS_EXEMPTIONS, GUARDRAILS_DECISION_LOG, GUARDRAILS_PROVISIONING_KEY, ...).
 */
import { serveGovernedPack } from "../src/governance";
import { allRules } from ".";

serveGovernedPack({
    name: "pulumi-guardrails",
    displayName: "pulumi-guardrails",
    description: "AWS security, cost, tagging, Kubernetes and access rules for Pulumi programs.",
    rules: allRules,
});
