/**
 * Entry point of the policy pack at the repository root: every pack's rules at their default
 * levels. The Pulumi engine loads this (package.json `main`) when you run
 * `pulumi preview --policy-pack <this directory>`. Library users import `pulumi-guardrails`
 * instead, which resolves through the `exports` map and starts nothing.
 */
import { composePack } from "../src";
import { allRules } from ".";

composePack({
    name: "pulumi-guardrails",
    displayName: "pulumi-guardrails",
    description: "AWS security, cost, tagging, Kubernetes and access rules for Pulumi programs.",
    rules: allRules,
});
