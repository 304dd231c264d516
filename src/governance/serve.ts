import * as fs from "node:fs";
import * as path from "node:path";
import type { PolicyPack } from "@pulumi/policy";
import { composePack, resolveLevel, type ComposeOptions } from "../pack";
import { governanceFromEnvironment, observeConfigure } from "./runtime";

/**
 * Whether this process is the Pulumi engine's policy-pack runner
 * (`node <pack>/node_modules/@pulumi/pulumi/cmd/run-policy-pack <engine> <pack dir>`, the command
 * the CLI's pulumi-analyzer-policy shim runs). A pack entry that is also a package's `main`
 * serves only then, so that requiring the package never starts a server.
 */
export function launchedByPolicyPackRunner(main: NodeJS.Module | undefined = require.main): boolean {
    const file = main?.filename ?? "";
    return /[\\/]@pulumi[\\/]pulumi[\\/]cmd[\\/]run-policy-pack[\\/]index\.js$/.test(file);
}

/**
 * Serves a policy pack with governance from the environment (exemptions, decision log,
 * provisioning key: see governanceFromEnvironment). Call it once, from a pack's entry point.
 */
export function serveGovernedPack(options: Omit<ComposeOptions, "hooks" | "extraPolicies">): PolicyPack {
    // The engine runs a pack in its own directory; PolicyPack takes the version from there too.
    const version = (JSON.parse(fs.readFileSync(path.join(process.cwd(), "package.json"), "utf8")) as { version: string }).version;
    const defaults = Object.fromEntries(options.rules.map((rule) => [rule.id, resolveLevel(rule, options.levels)]));
    const governance = governanceFromEnvironment({ name: options.name, version }, defaults);
    observeConfigure(governance);
    // The governance policy is always there: the pack config names the environment through it.
    return composePack({ ...options, hooks: governance.hooks, extraPolicies: [governance.keyPolicy()] });
}
