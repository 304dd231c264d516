/**
 * Packs: named, versioned lists of rules; selection across packs; composition into a real
 * @pulumi/policy PolicyPack (which starts the analyzer server, so only pack entry points call it).
 */
import { closestName, FRAMEWORK_KEYS, frameworkKeyOf } from "./names";
import type { PolicyPack, PolicyPackArgs, Policies } from "@pulumi/policy";
import { LEVELS, RuleDefinitionError, SEVERITIES, type Level, type Rule, type Severity } from "./rule";
import { toPolicy, type PolicyHooks } from "./policy";
import { observeRequestSecrets } from "./request-secrets";
import { analyzerServerKind, serveAnalyzer } from "./analyzer-server";
import { packCollector } from "./pack-collector";

/** A resource as a pack summary sees it (inputs, secrets already unwrapped). */
export interface SummarizedResource {
    /** The resource's URN. */
    readonly urn: string;
    /** The resource's Pulumi type token. */
    readonly type: string;
    /** The resource's logical name. */
    readonly name: string;
    /** Its input properties. */
    readonly props: Readonly<Record<string, unknown>>;
}

/** A named, versioned group of rules, such as `aws-security`. */
export interface PackDefinition {
    /** The pack name (kebab-case), as the engine and reports show it. */
    readonly name: string;
    /** The pack version (semver); a publishable pack's `package.json` carries the same. */
    readonly version: string;
    /** What the pack covers, in one sentence. */
    readonly description: string;
    /** The pack's rules. */
    readonly rules: readonly Rule[];
    /**
     * Figures about the whole stack that reports add to their summary (the cost pack's
     * `estimatedMonthlyCost`, say). Keys must not clash with other packs' or the summary's own.
     */
    readonly summarize?: (resources: readonly SummarizedResource[]) => Record<string, unknown>;
    /** The address of a rule's documentation page: fills `url` for the pack's rules that name none. */
    readonly docsUrl?: (ruleId: string) => string;
}

/**
 * Defines a pack; each of its rules is stamped with the pack's name, and with `docsUrl` given,
 * gets the address of its documentation page as `url` unless it names one itself.
 */
export function definePack(def: PackDefinition): PackDefinition {
    assertUniqueIds(def.rules);
    const withUrl = (rule: Rule) => (rule.url === undefined && def.docsUrl ? { ...rule, url: def.docsUrl(rule.id) } : rule);
    const rules = def.rules.map((rule) => Object.freeze({ ...withUrl(rule), pack: def.name }) as Rule);
    return Object.freeze({ ...def, rules: Object.freeze(rules) });
}

/**
 * Level overrides, most specific first: a rule's own entry, then its pack's, then `all`, then
 * the rule's `defaultLevel`.
 */
export interface LevelOverrides {
    /** The level of every rule that no more specific entry names. */
    readonly all?: Level;
    /** Pack name → the level of that pack's rules. */
    readonly packs?: Readonly<Record<string, Level>>;
    /** Rule id → that rule's level. */
    readonly rules?: Readonly<Record<string, Level>>;
}

/** The level a rule runs at under the given overrides. */
export function resolveLevel(rule: Rule, levels: LevelOverrides = {}): Level {
    const level = levels.rules?.[rule.id] ?? (rule.pack ? levels.packs?.[rule.pack] : undefined) ?? levels.all ?? rule.defaultLevel;
    if (!LEVELS.includes(level)) {
        throw new RuleDefinitionError(rule.id, `level "${String(level)}" is not one of ${LEVELS.join(", ")}.`);
    }
    if (level === "remediate" && (rule.kind === "stack" || !rule.remediate)) {
        // A rule that cannot fix anything is enforced as mandatory, as the engine does.
        return "mandatory";
    }
    return level;
}

function assertUniqueIds(rules: readonly Rule[]): void {
    const seen = new Set<string>();
    for (const rule of rules) {
        if (seen.has(rule.id)) throw new RuleDefinitionError(rule.id, "defined twice; policy names must be unique.");
        seen.add(rule.id);
    }
}

/** The `@pulumi/policy` policies for the given rules and levels. Pure: starts nothing. */
export function buildPolicies(rules: readonly Rule[], levels: LevelOverrides = {}, hooks?: PolicyHooks): Policies {
    assertUniqueIds(rules);
    return rules.map((rule) => toPolicy(rule, resolveLevel(rule, levels), hooks));
}

/** Options of `composePack`: the rules to serve, their levels, and the pack's identity. */
export interface ComposeOptions {
    /** Policy pack name: letters, digits, `-`, `_` and `.` (the engine's rule). */
    readonly name: string;
    /** The rules the pack serves. */
    readonly rules: readonly Rule[];
    /** Level overrides over the rules' defaults. */
    readonly levels?: LevelOverrides;
    /** The pack description shown by the engine. */
    readonly description?: string;
    /** A human-readable pack name. */
    readonly displayName?: string;
    /** Exemptions and the decision log (see pulumi-guardrails/governance). */
    readonly hooks?: PolicyHooks;
    /** Policies served beside the rules' (the provisioning-key check). */
    readonly extraPolicies?: Policies;
}

/**
 * Builds and serves the policy pack. Call it once, from a pack directory's entry point: it starts
 * the analyzer's gRPC server and prints its port, and reads the pack version from the
 * `package.json` in the working directory. The server is our own (analyzer-server.ts), which
 * answers as the SDK's server does with less work per call; `GUARDRAILS_ANALYZER_SERVER=sdk`
 * serves through the SDK's `PolicyPack` instead. Loaded by `guardrails check --pack`, it serves
 * nothing and hands its options to the CLI (see pack-collector.ts).
 */
export function composePack(options: ComposeOptions): PolicyPack {
    const collect = packCollector();
    if (collect) {
        // Loaded by `guardrails check --pack`: the CLI runs the rules itself, nothing is served.
        collect(options);
        return Object.freeze({}) as PolicyPack;
    }
    const args: PolicyPackArgs = {
        policies: [...buildPolicies(options.rules, options.levels, options.hooks), ...(options.extraPolicies ?? [])],
        description: options.description,
        displayName: options.displayName,
        enforcementLevel: "advisory",
    };
    if (analyzerServerKind() === "own") return serveAnalyzer(options.name, args);
    // Before the server starts: rules must know which values the engine marked secret.
    observeRequestSecrets();
    // Loaded here, not at module load: @pulumi/policy's index pulls in all of @pulumi/pulumi
    // (about a second), which only a pack served by the SDK needs — never the CLI or the testing kit.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
    const { PolicyPack: PolicyPackClass } = require("@pulumi/policy") as { PolicyPack: typeof PolicyPack };
    return new PolicyPackClass(options.name, args);
}

/** Criteria for `selectRules`; every given criterion must match (each list matches any of its entries). */
export interface RuleSelection {
    /** Only rules of these packs. */
    readonly packs?: readonly string[];
    /** Only rules for these services (`s3`, `ec2`, `rbac`, ...). */
    readonly services?: readonly string[];
    /** Only rules of these severities. */
    readonly severities?: readonly Severity[];
    /** Only rules at this severity or above. */
    readonly minSeverity?: Severity;
    /** Frameworks: user names (`pci-dss`, `cis-aws-foundations`), keys (`cis-aws-3.0`) or keys without version (`cis-aws`). */
    readonly frameworks?: readonly string[];
    /** Only these rule ids. */
    readonly ids?: readonly string[];
    /** Only rules with one of these tags. */
    readonly tags?: readonly string[];
}

/** A selection that names a pack, framework, severity, service, tag or rule that does not exist; the message names it. */
export class SelectionError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "SelectionError";
    }
}

/** Refuses names that select nothing because they do not exist, with a hint for a likely typo. */
function refuseUnknown(kind: string, wanted: readonly string[] | undefined, known: ReadonlySet<string>): void {
    for (const name of wanted ?? []) {
        if (known.has(name)) continue;
        const hint = closestName(name, [...known]);
        const listed = [...known].sort();
        throw new SelectionError(`unknown ${kind} "${name}"${hint ? ` (did you mean "${hint}"?)` : ""}; known: ${listed.slice(0, 20).join(", ")}${listed.length > 20 ? ", …" : ""}`);
    }
}

/** The metadata keys the selection's frameworks stand for; an unknown name is refused. */
function frameworkKeys(wanted: readonly string[] | undefined): string[] | undefined {
    return wanted?.map((name) => {
        const key = frameworkKeyOf(name);
        if (key) return key;
        const names = Object.keys(FRAMEWORK_KEYS);
        const hint = closestName(name, [...names, ...Object.values(FRAMEWORK_KEYS)]);
        throw new SelectionError(`unknown framework "${name}"${hint ? ` (did you mean "${hint}"?)` : ""}; known: ${names.join(", ")} (or their keys: ${Object.values(FRAMEWORK_KEYS).join(", ")})`);
    });
}

/**
 * Picks rules from packs (or a rule list) by pack, service, severity, framework, id or tag.
 * A name that does not exist — a pack, service, tag or rule id not in `source`, a severity, a
 * framework — is a SelectionError, never a silently empty or full selection.
 */
export function selectRules(source: readonly PackDefinition[] | readonly Rule[], selection: RuleSelection = {}): Rule[] {
    const rules: Rule[] = source.flatMap((item: PackDefinition | Rule) => ("rules" in item ? [...item.rules] : [item]));
    const packNames = new Set(source.flatMap((item: PackDefinition | Rule) => ("rules" in item ? [item.name] : item.pack ? [item.pack] : [])));
    refuseUnknown("pack", selection.packs, packNames);
    refuseUnknown("severity", [...(selection.severities ?? []), ...(selection.minSeverity !== undefined ? [selection.minSeverity] : [])], new Set(SEVERITIES));
    refuseUnknown("service", selection.services, new Set(rules.flatMap((r) => (r.service ? [r.service] : []))));
    refuseUnknown("tag", selection.tags, new Set(rules.flatMap((r) => r.tags ?? [])));
    refuseUnknown("rule", selection.ids, new Set(rules.map((r) => r.id)));
    const frameworks = frameworkKeys(selection.frameworks);
    const minRank = selection.minSeverity ? SEVERITIES.indexOf(selection.minSeverity) : 0;
    return rules.filter(
        (rule) =>
            (!selection.packs || (rule.pack !== undefined && selection.packs.includes(rule.pack))) &&
            (!selection.services || (rule.service !== undefined && selection.services.includes(rule.service))) &&
            (!selection.severities || selection.severities.includes(rule.severity)) &&
            SEVERITIES.indexOf(rule.severity) >= minRank &&
            (!frameworks || frameworks.some((key) => key in (rule.frameworks ?? {}))) &&
            (!selection.ids || selection.ids.includes(rule.id)) &&
            (!selection.tags || (rule.tags ?? []).some((t) => selection.tags?.includes(t))),
    );
}
