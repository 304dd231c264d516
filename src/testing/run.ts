import { resolvePolicyConfig } from "../engine/config";
import { evaluatePolicies, type Diagnostic, type EvaluationResult, type PolicyConfigEntry, type ResourceUnderTest } from "../engine/evaluate";
import { buildPolicies, resolveLevel, type LevelOverrides } from "../pack";
import type { Level, Rule } from "../rule";

/** Options of `runRule` and `runRules`. */
export interface RunOptions {
    /** Level for every rule run (default: each rule's own level under `levels`). */
    readonly level?: Level;
    /** Level overrides, as a pack takes them. */
    readonly levels?: LevelOverrides;
    /**
     * Per-rule configuration, keyed by rule id, as in a `--policy-pack-config` file. It is
     * checked as the engine checks that file (rule ids, setting names, schemas): a mistake fails.
     */
    readonly config?: Readonly<Record<string, Record<string, unknown>>>;
    /**
     * Skip that check, for tests of how a rule copes with settings the engine would refuse
     * (a pack served by an older engine, or called without one). Default false.
     */
    readonly uncheckedConfig?: boolean;
    /** The stack's tags, as stack rules see them. */
    readonly stackTags?: ReadonlyMap<string, string>;
    /** Run remediations before validation (as a preview does). Default true. */
    readonly remediate?: boolean;
}

/** The outcome of running rules: every diagnostic, plus convenient views of them. */
export interface RunResult extends EvaluationResult {
    /** Violations the rules reported (any level). */
    readonly violations: Diagnostic[];
    /** Advisory notes for rules that could not judge because a value they needed was unknown. */
    readonly skippedForUnknown: Diagnostic[];
    /** Advisory notes for rules that could not judge because a value they needed was an unreadable secret. */
    readonly skippedForSecret: Diagnostic[];
    /** Diagnostics for rules that threw; a correct rule never produces one. */
    readonly ruleErrors: Diagnostic[];
}

const TEST_PACK = { name: "guardrails-test", version: "0.0.0" };

/** Runs rules against resources in-process, with the semantics of `pulumi preview`. */
export async function runRules(
    rules: readonly Rule[],
    resources: ResourceUnderTest | readonly ResourceUnderTest[],
    options: RunOptions = {},
): Promise<RunResult> {
    const levels: LevelOverrides = options.level ? { ...options.levels, all: options.level, rules: {}, packs: {} } : options.levels ?? {};
    // Checked as the engine checks a --policy-pack-config file, so a misspelled rule id or
    // setting fails the test instead of silently testing the defaults.
    if (options.config && !options.uncheckedConfig) resolvePolicyConfig(rules, [{ file: "options.config", document: options.config }]);
    const config: Record<string, PolicyConfigEntry> = {};
    for (const rule of rules) {
        config[rule.id] = { ...(rule.configDefaults ?? {}), ...(options.config?.[rule.id] ?? {}), enforcementLevel: resolveLevel(rule, levels) };
    }
    const list = Array.isArray(resources) ? resources : [resources as ResourceUnderTest];
    const result = await evaluatePolicies(buildPolicies(rules, levels), list, {
        packName: TEST_PACK.name,
        packVersion: TEST_PACK.version,
        config,
        stackTags: options.stackTags,
        remediate: options.remediate,
    });
    return {
        ...result,
        violations: result.diagnostics.filter((d) => d.kind === "violation"),
        skippedForUnknown: result.diagnostics.filter((d) => d.kind === "unknown-during-preview"),
        skippedForSecret: result.diagnostics.filter((d) => d.kind === "unreadable-secret"),
        ruleErrors: result.diagnostics.filter((d) => d.kind === "rule-error"),
    };
}

/** Runs one rule against resources; see `runRules`. */
export function runRule(
    rule: Rule,
    resources: ResourceUnderTest | readonly ResourceUnderTest[],
    options: RunOptions = {},
): Promise<RunResult> {
    return runRules([rule], resources, options);
}
