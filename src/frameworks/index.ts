/**
 * Compliance frameworks: the control lists in `frameworks/*.json`, and what the rules' `frameworks`
 * metadata says about them — coverage per control, the rules mapped to a framework, levels by
 * severity, and a check result grouped by control.
 *
 * Everything here is a pure function of its arguments except `loadFrameworks` (and
 * `findFramework` without a list), which read the data files, once per directory, from the
 * package root.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "../package-root";
import type { LevelOverrides } from "../pack";
import type { Level, Rule, Severity } from "../rule";
import { CONTROL_ID_PATTERNS, type Framework, type FrameworkControl } from "./schema";
import { closestName, FRAMEWORK_KEYS, frameworkKeyOf, type FrameworkName } from "../names";

export { CONTROL_ID_PATTERNS, FRAMEWORK_FILE_SCHEMA, type Framework, type FrameworkControl } from "./schema";

export { FRAMEWORK_KEYS, frameworkKeyOf, type FrameworkName } from "../names";
/** "unknown framework" with a hint for a likely typo and the names (or keys) that work. */
export function unknownFrameworkMessage(name: string): string {
    const hint = closestName(name, [...FRAMEWORK_NAMES, ...Object.values(FRAMEWORK_KEYS)]);
    return `unknown framework "${name}"${hint ? ` (did you mean "${hint}"?)` : ""} (available: ${FRAMEWORK_NAMES.join(", ")}, or their keys: ${Object.values(FRAMEWORK_KEYS).join(", ")})`;
}

/** Every framework's user name, in display order. */
export const FRAMEWORK_NAMES = Object.keys(FRAMEWORK_KEYS) as FrameworkName[];

/** Thrown when a data file is missing, unreadable or malformed; the message names the file. */
export class FrameworkDataError extends Error {
    constructor(file: string, problem: string) {
        super(`${file}: ${problem}`);
        this.name = "FrameworkDataError";
    }
}

// ---------------------------------------------------------------------------------------------
// Loading

/** The directory holding the shipped data files. */
export function frameworksDir(): string {
    return path.join(packageRoot(), "frameworks");
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks one framework object of a data file; the JSON schema says the same, with less to say on failure. */
function checkFramework(value: unknown, file: string, where: string): Framework {
    const fail = (problem: string): never => {
        throw new FrameworkDataError(file, `${where}${problem}`);
    };
    if (!isObject(value)) return fail("must be an object with framework, name, version, key, source, retrieved and controls.");
    for (const field of ["framework", "name", "version", "key", "source", "retrieved"] as const) {
        if (typeof value[field] !== "string" || (value[field] as string).trim() === "") fail(`"${field}" must be a non-empty string.`);
    }
    if (value.scope !== undefined && typeof value.scope !== "string") fail(`"scope" must be a string.`);
    if (!Array.isArray(value.controls) || value.controls.length === 0) return fail(`"controls" must be a non-empty array.`);
    const pattern = CONTROL_ID_PATTERNS[value.key as string];
    const seen = new Set<string>();
    const controls = value.controls.map((c: unknown, i: number): FrameworkControl => {
        if (!isObject(c) || typeof c.id !== "string" || c.id === "" || typeof c.title !== "string" || c.title === "") {
            return fail(`controls[${i}] must have a non-empty "id" and "title".`);
        }
        if (c.automatable !== undefined && typeof c.automatable !== "boolean") fail(`controls[${i}] (${c.id}): "automatable" must be a boolean.`);
        if (pattern && !new RegExp(pattern).test(c.id)) fail(`controls[${i}]: "${c.id}" is not a ${String(value.key)} control id.`);
        if (seen.has(c.id)) fail(`control "${c.id}" is listed twice.`);
        seen.add(c.id);
        return Object.freeze({ id: c.id, title: c.title, ...(c.automatable === false ? { automatable: false } : {}) });
    });
    return Object.freeze({
        framework: value.framework as string,
        name: value.name as string,
        version: value.version as string,
        key: value.key as string,
        source: value.source as string,
        retrieved: value.retrieved as string,
        ...(typeof value.scope === "string" ? { scope: value.scope } : {}),
        controls: Object.freeze(controls),
    });
}

const loaded = new Map<string, readonly Framework[]>();

/**
 * Every framework in the data directory (default: the package's `frameworks/`), in the order of
 * `FRAMEWORK_NAMES` and then by name. Each file holds one framework object or an array of them.
 * Throws `FrameworkDataError` naming the file when one is malformed or two share a name or key.
 */
export function loadFrameworks(dir: string = frameworksDir()): readonly Framework[] {
    const cached = loaded.get(dir);
    if (cached) return cached;
    if (!fs.existsSync(dir)) throw new FrameworkDataError(dir, "the framework data directory does not exist.");
    const frameworks: Framework[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
        const full = path.join(dir, file);
        let data: unknown;
        try {
            data = JSON.parse(fs.readFileSync(full, "utf8"));
        } catch (error) {
            throw new FrameworkDataError(full, `not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
        }
        const items = Array.isArray(data) ? data : [data];
        if (items.length === 0) throw new FrameworkDataError(full, "holds no framework.");
        items.forEach((item, i) => frameworks.push(checkFramework(item, full, Array.isArray(data) ? `[${i}]: ` : "")));
    }
    for (const field of ["name", "key"] as const) {
        const seen = new Set<string>();
        for (const f of frameworks) {
            if (seen.has(f[field])) throw new FrameworkDataError(dir, `two frameworks have the ${field} "${f[field]}".`);
            seen.add(f[field]);
        }
    }
    const rank = (f: Framework) => {
        const i = FRAMEWORK_NAMES.indexOf(f.name as FrameworkName);
        return i === -1 ? FRAMEWORK_NAMES.length : i;
    };
    frameworks.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
    const result = Object.freeze(frameworks);
    loaded.set(dir, result);
    return result;
}

/** The framework with this user name (`pci-dss`) or rule metadata key (`pci-dss-4.0`), if loaded. */
export function findFramework(nameOrKey: string, frameworks: readonly Framework[] = loadFrameworks()): Framework | undefined {
    const key = frameworkKeyOf(nameOrKey);
    return frameworks.find((f) => f.name === nameOrKey || f.key === nameOrKey || (key !== undefined && f.key === key));
}

// ---------------------------------------------------------------------------------------------
// Rules and frameworks

/** Identity of a framework in results. */
export interface FrameworkRef {
    /** The user name: `pci-dss`. */
    readonly name: string;
    /** The key rules use in their `frameworks` metadata: `pci-dss-4.0`. */
    readonly key: string;
    /** The framework's full name. */
    readonly framework: string;
    /** The framework's version. */
    readonly version: string;
}

const refOf = (f: Framework): FrameworkRef => ({ name: f.name, key: f.key, framework: f.framework, version: f.version });

/** The control ids a rule names for a framework key (none when it names none). */
function idsFor(rule: Rule, key: string): readonly string[] {
    return rule.frameworks?.[key] ?? [];
}

/**
 * The metadata keys a framework argument stands for: a framework's key; a user name
 * (`kubernetes-pss-restricted`); or a key with or without its version (`cis-aws-3.0`, `cis-aws`,
 * `k8s-pss` for both profiles), as `selectRules` reads framework criteria.
 */
function keyMatcher(framework: string | Framework): (key: string) => boolean {
    if (typeof framework !== "string") return (key) => key === framework.key;
    const named = (FRAMEWORK_KEYS as Record<string, string>)[framework];
    if (named) return (key) => key === named;
    return (key) => key === framework || key.startsWith(`${framework}-`);
}

/** The rules mapped to a framework (given by key, user name, versionless key or object), in their given order. */
export function frameworkRules(framework: string | Framework, rules: readonly Rule[]): Rule[] {
    const matches = keyMatcher(framework);
    return rules.filter((rule) => Object.entries(rule.frameworks ?? {}).some(([key, ids]) => matches(key) && ids.length > 0));
}

/** Rule ids per control id, for one framework key. */
function rulesByControl(key: string, rules: readonly Rule[]): Map<string, string[]> {
    const byControl = new Map<string, string[]>();
    for (const rule of rules) {
        for (const id of idsFor(rule, key)) {
            const list = byControl.get(id) ?? [];
            if (!list.includes(rule.id)) list.push(rule.id);
            byControl.set(id, list);
        }
    }
    return byControl;
}

/** A control id that rules reference but the framework's data does not list. */
export interface UnknownControl {
    /** The framework key the rules used. */
    readonly key: string;
    /** The control id (`*` when no framework has that key). */
    readonly id: string;
    /** The rules that reference it. */
    readonly rules: readonly string[];
}

function unknownIn(framework: Framework, byControl: ReadonlyMap<string, readonly string[]>): UnknownControl[] {
    const listed = new Set(framework.controls.map((c) => c.id));
    return [...byControl].filter(([id]) => !listed.has(id)).map(([id, rules]) => ({ key: framework.key, id, rules }));
}

/**
 * Every framework reference in the rules' metadata that the data cannot resolve: control ids a
 * framework does not list, and keys no framework has (reported with id `*`).
 */
export function unknownFrameworkControls(frameworks: readonly Framework[], rules: readonly Rule[]): UnknownControl[] {
    const unknown: UnknownControl[] = [];
    for (const framework of frameworks) unknown.push(...unknownIn(framework, rulesByControl(framework.key, rules)));
    const keys = new Set(frameworks.map((f) => f.key));
    const orphanKeys = new Map<string, string[]>();
    for (const rule of rules) {
        for (const key of Object.keys(rule.frameworks ?? {})) {
            if (!keys.has(key)) orphanKeys.set(key, [...(orphanKeys.get(key) ?? []), rule.id]);
        }
    }
    for (const [key, ruleIds] of orphanKeys) unknown.push({ key, id: "*", rules: ruleIds });
    return unknown;
}

// ---------------------------------------------------------------------------------------------
// Coverage

/** One control of a framework, and the rules implementing it. */
export interface ControlCoverage {
    /** The control id. */
    readonly id: string;
    /** The control's title. */
    readonly title: string;
    /** False for controls a resource check cannot show (manual or procedural). */
    readonly automatable: boolean;
    /** Whether any rule implements it. */
    readonly status: "covered" | "not covered";
    /** Ids of the rules implementing the control; empty when not covered. */
    readonly rules: readonly string[];
}

/** How much of a framework the rules cover, control by control. */
export interface FrameworkCoverage {
    /** The framework. */
    readonly framework: FrameworkRef;
    /** Every control of the framework, in the data's order; none is dropped. */
    readonly controls: readonly ControlCoverage[];
    /** Control counts: total, covered, not covered, automatable and automatable covered. */
    readonly counts: {
        readonly total: number;
        readonly covered: number;
        readonly notCovered: number;
        readonly automatable: number;
        readonly automatableCovered: number;
    };
    /** Covered controls as a percentage of all controls, to one decimal. */
    readonly percent: number;
    /** Covered automatable controls as a percentage of automatable controls, to one decimal. */
    readonly automatablePercent: number;
    /** Ids of the controls no rule implements, in the data's order. */
    readonly notCovered: readonly string[];
    /** Ids the rules reference for this framework that its data does not list (never silently dropped). */
    readonly unknownControls: readonly UnknownControl[];
}

const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** Per control of the framework, the rules implementing it, with counts and a coverage percentage. */
export function frameworkCoverage(framework: Framework, rules: readonly Rule[]): FrameworkCoverage {
    const byControl = rulesByControl(framework.key, rules);
    const controls = framework.controls.map((c): ControlCoverage => {
        const ruleIds = byControl.get(c.id) ?? [];
        return { id: c.id, title: c.title, automatable: c.automatable !== false, status: ruleIds.length > 0 ? "covered" : "not covered", rules: ruleIds };
    });
    const covered = controls.filter((c) => c.status === "covered").length;
    const automatable = controls.filter((c) => c.automatable);
    const automatableCovered = automatable.filter((c) => c.status === "covered").length;
    return {
        framework: refOf(framework),
        controls,
        counts: { total: controls.length, covered, notCovered: controls.length - covered, automatable: automatable.length, automatableCovered },
        percent: percentOf(covered, controls.length),
        automatablePercent: percentOf(automatableCovered, automatable.length),
        notCovered: controls.filter((c) => c.status === "not covered").map((c) => c.id),
        unknownControls: unknownIn(framework, byControl),
    };
}

// ---------------------------------------------------------------------------------------------
// Levels

/** Severity → level used by `levelsFromSeverity`: critical and high mandatory, medium and low advisory. */
export const DEFAULT_SEVERITY_LEVELS: Readonly<Record<Severity, Level>> = {
    critical: "mandatory",
    high: "mandatory",
    medium: "advisory",
    low: "advisory",
};

/**
 * Level overrides that set each rule's level from its severity, e.g. to enforce a framework's
 * rules: `levelsFromSeverity(frameworkRules("pci-dss", allRules))`. Severities the mapping leaves
 * out keep their rules' default level.
 */
export function levelsFromSeverity(rules: readonly Rule[], mapping: Readonly<Partial<Record<Severity, Level>>> = DEFAULT_SEVERITY_LEVELS): LevelOverrides {
    const levels: Record<string, Level> = {};
    for (const rule of rules) {
        const level = mapping[rule.severity];
        if (level !== undefined) levels[rule.id] = level;
    }
    return { rules: levels };
}

// ---------------------------------------------------------------------------------------------
// A check result, by control

/** A finding as `groupByControl` needs it (a check result's findings have these fields and more). */
export interface ControlFinding {
    /** The rule id. */
    readonly policy: string;
    /** The level it was reported at. */
    readonly level: Level;
    /** The resource concerned. */
    readonly urn: string;
}

/** A rule that ran: the rule itself, or a check result's `{ rule, level }` (level `disabled` means it did not run). */
export type RuleRun = Rule | { readonly rule: Rule; readonly level: Level };

/** A control's status in a check (see `groupByControl`). */
export type ControlStatus = "failed" | "passed" | "not applicable" | "not covered";
/** Every `ControlStatus`, worst first. */
export const CONTROL_STATUSES: readonly ControlStatus[] = ["failed", "passed", "not applicable", "not covered"];

/** One control's status in a check, with the rules and findings behind it. */
export interface ControlResult {
    /** The control id. */
    readonly id: string;
    /** The control's title. */
    readonly title: string;
    /** Its status in this check. */
    readonly status: ControlStatus;
    /** The rules that ran and implement the control. */
    readonly rules: readonly string[];
    /** Mandatory and advisory findings of those rules (exempted findings are advisory, so they count). */
    readonly findings: readonly ControlFinding[];
}

/** A check result grouped by the controls of one framework. */
export interface FrameworkResult {
    /** The framework. */
    readonly framework: FrameworkRef;
    /** Every control of the framework, in the data's order. */
    readonly controls: readonly ControlResult[];
    /** Number of controls per status. */
    readonly counts: Readonly<Record<ControlStatus, number>>;
    /** Control ids the rules reference that the framework does not list. */
    readonly unknownControls: readonly UnknownControl[];
}

/**
 * Each control's status in a check: `failed` when an implementing rule has a mandatory or
 * advisory finding; otherwise `passed` when an implementing rule applied; `not applicable` when
 * none did (no resource of its types); `not covered` when no rule that ran implements it.
 *
 * `resources` (a check result's `resources`) decides applicability: a resource rule applies when a
 * resource of one of its types was checked; a stack rule applies to any non-empty stack. Without
 * `resources` every rule that ran counts as applied.
 */
export function groupByControl(
    framework: Framework,
    findings: readonly ControlFinding[],
    rulesRun: readonly RuleRun[],
    resources?: ReadonlyArray<{ readonly type: string }>,
): FrameworkResult {
    const ran = rulesRun.filter((r) => !("rule" in r) || r.level !== "disabled").map((r) => ("rule" in r ? r.rule : r));
    const ruleById = new Map(ran.map((r) => [r.id, r]));
    const byControl = rulesByControl(framework.key, ran);
    const types = resources ? new Set(resources.map((r) => r.type)) : undefined;
    const applies = (rule: Rule) => {
        if (!types) return true;
        return rule.kind === "stack" ? types.size > 0 : rule.resourceTypes.some((t) => types.has(t));
    };
    const failing = new Map<string, ControlFinding[]>();
    for (const finding of findings) {
        if (finding.level !== "mandatory" && finding.level !== "advisory") continue;
        if (!ruleById.has(finding.policy)) continue;
        failing.set(finding.policy, [...(failing.get(finding.policy) ?? []), finding]);
    }
    const controls = framework.controls.map((c): ControlResult => {
        const ruleIds = byControl.get(c.id) ?? [];
        const found = ruleIds.flatMap((id) => failing.get(id) ?? []);
        let status: ControlStatus;
        if (ruleIds.length === 0) status = "not covered";
        else if (found.length > 0) status = "failed";
        else if (ruleIds.some((id) => applies(ruleById.get(id) as Rule))) status = "passed";
        else status = "not applicable";
        return { id: c.id, title: c.title, status, rules: ruleIds, findings: found };
    });
    const counts = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, controls.filter((c) => c.status === s).length])) as Record<ControlStatus, number>;
    return { framework: refOf(framework), controls, counts, unknownControls: unknownIn(framework, byControl) };
}

// ---------------------------------------------------------------------------------------------
// Documentation

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/**
 * The content of docs/frameworks.md: per framework, its coverage and a table of its controls with
 * the rules implementing each (or "not covered"). Rule links point at docs/rules/<policy>.md.
 */
export function renderFrameworksDoc(frameworks: readonly Framework[], rules: readonly Rule[]): string {
    const coverages = frameworks.map((f) => ({ framework: f, coverage: frameworkCoverage(f, rules) }));
    const lines = [
        "# Compliance frameworks",
        "",
        "Generated from `frameworks/*.json` and the rules' `frameworks` metadata; do not edit.",
        "",
        "A control is covered when at least one rule names it. Covered is not compliant: a rule checks the",
        "configuration a control asks for, and most controls also need processes and evidence that no",
        "infrastructure check can show. Controls marked (manual) are assessed manually by their source or",
        "are procedural: resource configuration cannot show them.",
        "",
        "| Framework | Name | Rule key | Controls | Covered | Coverage |",
        "| --- | --- | --- | --- | --- | --- |",
        ...coverages.map(
            ({ framework: f, coverage: c }) =>
                `| ${cell(f.framework)} ${cell(f.version)} | \`${f.name}\` | \`${f.key}\` | ${c.counts.total} | ${c.counts.covered} | ${c.percent}% |`,
        ),
        "",
    ];
    for (const { framework: f, coverage: c } of coverages) {
        lines.push(`## ${f.framework} ${f.version} (\`${f.name}\`)`, "");
        lines.push(`Rule metadata key \`${f.key}\`. Source: ${f.source.replace(/\.?$/, ".")} Retrieved ${f.retrieved}.`, "");
        if (f.scope) lines.push(`Scope: ${f.scope}`, "");
        lines.push(
            `Coverage: **${c.counts.covered} of ${c.counts.total} controls (${c.percent}%)**; ${c.counts.notCovered} not covered.` +
                (c.counts.automatable < c.counts.total
                    ? ` Of the ${c.counts.automatable} automatable controls, ${c.counts.automatableCovered} are covered (${c.automatablePercent}%).`
                    : ""),
            "",
        );
        lines.push("| Control | Title | Rules |", "| --- | --- | --- |");
        for (const control of c.controls) {
            const title = control.automatable ? control.title : `${control.title} (manual)`;
            const ruleLinks = control.rules.length > 0 ? control.rules.map((id) => `[\`${id}\`](rules/${id}.md)`).join(", ") : "not covered";
            lines.push(`| ${cell(control.id)} | ${cell(title)} | ${ruleLinks} |`);
        }
        lines.push("");
        if (c.unknownControls.length > 0) {
            lines.push("Referenced by rules but not in this framework's list:", "");
            for (const u of c.unknownControls) lines.push(`- \`${u.id}\`: ${u.rules.map((id) => `[\`${id}\`](rules/${id}.md)`).join(", ")}`);
            lines.push("");
        }
    }
    return lines.join("\n");
}
