/**
 * Policy configuration as the Pulumi engine builds it: every policy's default level and schema
 * defaults, then each `--policy-pack-config` document in turn (`all` first, then named
 * entries), validated against each policy's config schema.
 */
import { closestName, GOVERNANCE_POLICY } from "../names";
import * as fs from "node:fs";
import * as path from "node:path";
import type AjvClass from "ajv";
import type { ValidateFunction } from "ajv";
import { precompiledValidator } from "../precompiled-validators";
import type { PolicyConfigEntry } from "./evaluate";
import { resolveLevel } from "../pack";
import { LEVELS, type Level, type Rule } from "../rule";
import { RENAMED_RULE_IDS } from "../rule-ids";
import { InputError } from "./errors";
import { readJsonDocument } from "./inputs/json-file";
import { describeSchemaError } from "./inputs/schemas";
import { packageRoot } from "../package-root";

/** A `--policy-pack-config` document: policy name (or `all`) → level, or level plus properties. */
export type PolicyPackConfigDocument = Record<string, Level | ({ enforcementLevel?: Level } & Record<string, unknown>)>;

/** A config document and the file it came from (named in error messages). */
export interface ConfigSource {
    /** The file the document was read from. */
    readonly file: string;
    /** The parsed document, validated when it is applied. */
    readonly document: unknown;
}

/**
 * Made on the first rule with settings: loading ajv costs about 0.03 s, which `--version` or
 * `trust list` must not pay. `checked` compiles the schemas of `trustConfigSchemas` rules.
 */
const ajvs: { checking?: AjvClass; checked?: AjvClass } = {};
const validators = new WeakMap<Rule, ValidateFunction>();
const checkedSchemas = new WeakSet<Rule>();

/**
 * Marks rules whose config schemas are known to be valid JSON schemas — the shipped packs' are:
 * tests/json-schemas.test.ts checks each against the meta-schema — so that their validators
 * compile without that check. It compiles the meta-schema first, about 0.03 s of every CLI run
 * that applies a config. Any other rule's schema is still checked.
 */
export function trustConfigSchemas(rules: readonly Rule[]): void {
    for (const rule of rules) checkedSchemas.add(rule);
}

/** The schema a rule's settings are validated with: its properties, and no others. */
export function settingsSchema(schema: NonNullable<Rule["configSchema"]>): object {
    return { type: "object", properties: schema.properties, required: schema.required ?? [], additionalProperties: false };
}

function validatorFor(rule: Rule): ValidateFunction | undefined {
    if (!rule.configSchema) return undefined;
    let validate = validators.get(rule);
    if (!validate) {
        // Unknown settings are caught (and named, with a hint) before this runs; the schema
        // refuses them too, so the validator alone never lets one through.
        const schema = settingsSchema(rule.configSchema);
        validate = precompiledValidator(schema) ?? compiled(rule, schema);
        validators.set(rule, validate);
    }
    return validate;
}

/** A validator compiled now: a schema the build generated none for (a changed or a library user's rule). */
function compiled(rule: Rule, schema: object): ValidateFunction {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
    const Ajv = (require("ajv") as { default: typeof AjvClass }).default;
    const ajv = checkedSchemas.has(rule)
        ? (ajvs.checked ??= new Ajv({ allErrors: false, strict: false, useDefaults: false, validateSchema: false }))
        : (ajvs.checking ??= new Ajv({ allErrors: false, strict: false, useDefaults: false }));
    return ajv.compile(schema);
}

/** Refuses settings a rule does not declare, naming the rule and the setting, with a hint when one is close. */
function checkSettingNames(file: string, rule: Rule, names: readonly string[]): void {
    const declared = Object.keys(rule.configSchema?.properties ?? {});
    for (const name of names) {
        if (declared.includes(name)) continue;
        if (declared.length === 0) {
            throw new InputError(file, `"${rule.id}" takes no settings, only "enforcementLevel" (got "${name}")`);
        }
        const hint = closestName(name, declared);
        throw new InputError(file, `"${rule.id}": unknown setting "${name}"${hint ? ` (did you mean "${hint}"?)` : ""}; its settings are ${declared.join(", ")}`);
    }
}

function checkLevel(file: string, key: string, level: unknown): Level {
    if (typeof level !== "string" || !LEVELS.includes(level as Level)) {
        throw new InputError(file, `"${key}": enforcement level ${JSON.stringify(level)} is not one of ${LEVELS.join(", ")}`);
    }
    return level as Level;
}

export { closestName } from "../names";

export { GOVERNANCE_POLICY } from "../names";

/** The governance policy's entry: a level, or `{ enforcementLevel?, environment? }`. */
function checkGovernanceEntry(file: string, value: unknown): void {
    if (typeof value === "string") {
        checkLevel(file, GOVERNANCE_POLICY, value);
        return;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new InputError(file, `"${GOVERNANCE_POLICY}" must be a level or an object`);
    const { enforcementLevel, environment, ...rest } = value as Record<string, unknown>;
    if (enforcementLevel !== undefined) checkLevel(file, GOVERNANCE_POLICY, enforcementLevel);
    if (environment !== undefined && (typeof environment !== "string" || environment === "")) throw new InputError(file, `"${GOVERNANCE_POLICY}".environment must be an environment name`);
    const unknown = Object.keys(rest);
    if (unknown.length > 0) throw new InputError(file, `"${GOVERNANCE_POLICY}": unknown setting "${unknown[0]}"; its settings are environment`);
}

/** The environment the config sources name (the governance policy's `environment`), the last one winning. */
export function configuredEnvironment(sources: readonly ConfigSource[]): string | undefined {
    let named: string | undefined;
    for (const { document } of sources) {
        const entry = (document as Record<string, unknown> | null)?.[GOVERNANCE_POLICY];
        const environment = typeof entry === "object" && entry !== null ? (entry as { environment?: unknown }).environment : undefined;
        if (typeof environment === "string") named = environment;
    }
    return named;
}

/**
 * The config the engine would send in Configure for `rules`, after applying `sources` in
 * order. `known` lists every policy name a document may mention (all packs, not only the
 * selected ones), so one config file serves any selection.
 */
export function resolvePolicyConfig(
    rules: readonly Rule[],
    sources: readonly ConfigSource[],
    known: readonly Rule[] = rules,
): Record<string, PolicyConfigEntry> {
    const config: Record<string, PolicyConfigEntry> = {};
    for (const rule of rules) config[rule.id] = { ...(rule.configDefaults ?? {}), enforcementLevel: resolveLevel(rule) };
    const knownById = new Map(known.map((r) => [r.id, r]));

    for (const { file, document } of sources) {
        if (document === null || typeof document !== "object" || Array.isArray(document)) {
            throw new InputError(file, 'a policy pack config must be a JSON object of policy name → level or { "enforcementLevel": …, …properties }');
        }
        const doc = document as Record<string, unknown>;
        if ("all" in doc) {
            const all = doc.all;
            if (typeof all === "object" && all !== null && !Array.isArray(all)) {
                const settings = Object.keys(all).filter((k) => k !== "enforcementLevel");
                if (settings.length > 0) {
                    throw new InputError(file, `"all" sets only "enforcementLevel" (got ${settings.map((k) => `"${k}"`).join(", ")}); put rule settings under the rule's own entry`);
                }
            }
            const level = checkLevel(file, "all", typeof all === "object" && all !== null ? (all as { enforcementLevel?: unknown }).enforcementLevel : all);
            for (const entry of Object.values(config)) entry.enforcementLevel = level;
        }
        for (const [key, value] of Object.entries(doc)) {
            if (key === "all") continue;
            if (key === GOVERNANCE_POLICY) {
                checkGovernanceEntry(file, value);
                continue;
            }
            const rule = knownById.get(key);
            if (!rule) {
                const renamed = RENAMED_RULE_IDS[key];
                if (renamed && knownById.has(renamed)) throw new InputError(file, `policy "${key}" was renamed to "${renamed}": use the new name`);
                const hint = closestName(key, [...knownById.keys()]);
                throw new InputError(file, `unknown policy "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}`);
            }
            if (typeof value === "string") {
                if (config[key]) config[key].enforcementLevel = checkLevel(file, key, value);
                else checkLevel(file, key, value);
                continue;
            }
            if (value === null || typeof value !== "object" || Array.isArray(value)) {
                throw new InputError(file, `"${key}" must be a level or an object`);
            }
            const { enforcementLevel, ...properties } = value as Record<string, unknown>;
            const level = enforcementLevel === undefined ? undefined : checkLevel(file, key, enforcementLevel);
            checkSettingNames(file, rule, Object.keys(properties));
            const validate = validatorFor(rule);
            if (validate && !validate({ ...(rule.configDefaults ?? {}), ...properties })) {
                const [first] = validate.errors ?? [];
                const detail = first ? describeSchemaError(first) : "the document is invalid";
                // A problem with the entry as a whole ("is missing x") reads after the rule id; one in a setting, as its path.
                throw new InputError(file, detail.startsWith("the document ") ? `"${key}" ${detail.slice("the document ".length)}` : `"${key}".${detail}`);
            }
            if (config[key]) {
                config[key] = { ...config[key], ...properties };
                if (level) config[key].enforcementLevel = level;
            }
        }
    }
    return config;
}

/** Reads a `--policy-pack-config` file. */
export function readConfigFile(file: string): ConfigSource {
    return readConfigDocument(file, "--config");
}

/** Reads a config file; `expects` names the option that reads it, for the hint when it is YAML. */
function readConfigDocument(file: string, expects: string): ConfigSource {
    return { file, document: readJsonDocument(file, expects) };
}

/** The shipped environment configs (config/<name>.json in this package). */
export function environmentNames(): string[] {
    const dir = path.join(packageRoot(), "config");
    // governance.json holds approvers and limits, not a policy pack config.
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "governance.json").map((f) => f.slice(0, -5)).sort() : [];
}

/** The config of a shipped environment such as `prod`; an InputError if there is none. */
export function environmentConfig(name: string): ConfigSource {
    const file = path.join(packageRoot(), "config", `${name}.json`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || name === "governance" || !fs.existsSync(file)) {
        const available = environmentNames();
        throw new InputError(undefined, `unknown environment "${name}" (${available.length ? `available: ${available.join(", ")}` : "no environment configs are shipped"})`);
    }
    return readConfigDocument(file, "--env");
}
