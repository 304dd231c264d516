/**
 * Pulumi engine events as input: the JSON-lines stream `pulumi preview|up --json` and
 * `--event-log <file>` write, one `EngineEvent` a line (pulumi/pulumi
 * sdk/go/common/apitype/events.go). Its policy events — any pack's, ours or not — become a
 * check result that every report format, baselines and `--fail-on` work on; no rule runs here.
 *
 * What the events say is all there is: a PolicyEvent carries no severity or remediation, so a
 * policy this library does not ship is reported at severity `medium` with the event's message,
 * and one it ships takes its title, severity, description and fix from the rule.
 */
import type { Level, Rule, Severity } from "../../rule";
import type { CheckResult, CheckedResource, Finding, RemediationFinding } from "../../result";
import { InputError } from "../errors";
import { nameFromUrn } from "./convert";

/** Event fields of `EngineEvent` that mark a line as one. */
const EVENT_KINDS = [
    "cancelEvent", "stdoutEvent", "diagnosticEvent", "preludeEvent", "summaryEvent", "resourcePreEvent", "resOutputsEvent", "resOpFailedEvent",
    "policyEvent", "policyRemediationEvent", "policyLoadEvent", "policyAnalyzeSummaryEvent", "policyRemediateSummaryEvent",
    "policyAnalyzeStackSummaryEvent", "startDebuggingEvent", "progressEvent", "errorEvent",
] as const;

interface PolicyEvent {
    readonly resourceUrn?: string;
    readonly message?: string;
    readonly policyName?: string;
    readonly policyPackName?: string;
    readonly policyPackVersion?: string;
    readonly enforcementLevel?: string;
}
interface PolicyRemediationEvent extends Omit<PolicyEvent, "message" | "enforcementLevel"> {
    readonly before?: Record<string, unknown>;
    readonly after?: Record<string, unknown>;
}
interface StepMetadata {
    readonly urn?: string;
    readonly type?: string;
}
interface EngineEvent {
    readonly sequence?: number;
    readonly policyEvent?: PolicyEvent;
    readonly policyRemediationEvent?: PolicyRemediationEvent;
    readonly resourcePreEvent?: { readonly metadata?: StepMetadata };
    readonly resOutputsEvent?: { readonly metadata?: StepMetadata };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether a line is an engine event: an object with a sequence number and one event field. */
function isEngineEvent(value: unknown): value is EngineEvent {
    return isRecord(value) && typeof value.sequence === "number" && EVENT_KINDS.some((kind) => isRecord(value[kind]));
}

/** Whether the text looks like an engine event stream (its first line is an event). */
export function looksLikeEngineEvents(text: string): boolean {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const start = body.length - body.trimStart().length;
    const end = body.indexOf("\n", start);
    const first = body.slice(start, end < 0 ? body.length : end).trim();
    if (!first.startsWith("{")) return false;
    // A one-line JSON document (a minified stack export) is its own first line: parse it only
    // when its text names a sequence and an event field, as every engine event does.
    if (!first.includes('"sequence"') || !EVENT_KINDS.some((kind) => first.includes(`"${kind}"`))) return false;
    try {
        return isEngineEvent(JSON.parse(first));
    } catch {
        return false;
    }
}

/** The events of a JSON-lines stream; an InputError names the line that is not one. */
export function parseEngineEvents(label: string, text: string): EngineEvent[] {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const events: EngineEvent[] = [];
    body.split("\n").forEach((line, index) => {
        const trimmed = line.trim();
        if (trimmed === "") return;
        let value: unknown;
        try {
            value = JSON.parse(trimmed);
        } catch {
            throw new InputError(label, `line ${index + 1} is not JSON; an engine event stream (pulumi preview --json, --event-log) has one event object a line`);
        }
        if (!isEngineEvent(value)) throw new InputError(label, `line ${index + 1} is not a Pulumi engine event (no "sequence" and event field)`);
        events.push(value);
    });
    return events;
}

/** Pulumi's colour markup (`<{%fg 1%}>`, `<{%reset%}>`) and ANSI escapes, which a report does not want. */
function plain(text: string): string {
    // eslint-disable-next-line no-control-regex -- ANSI escapes are what is removed
    return text.replace(/<\{%[^%]*%\}>/g, "").replace(/\u001b\[[0-9;]*m/g, "").trim();
}

/**
 * The finding's own text: the engine prints a policy's description, then the violation; for a
 * rule of ours the description is the rule's and is left out (reports show it once per policy).
 */
function messageOf(raw: string, rule: Rule): string {
    let text = plain(raw);
    if (rule.description && text.startsWith(rule.description)) text = text.slice(rule.description.length).trim();
    return text.replace(/\s*\n\s*/g, " ");
}

/** The level a PolicyEvent's enforcement level stands for (undefined: not a finding). */
function levelOf(enforcementLevel: string | undefined): Level | undefined {
    if (enforcementLevel === "mandatory") return "mandatory";
    if (enforcementLevel === "advisory" || enforcementLevel === "warning") return "advisory";
    return undefined;
}

function typeOf(urn: string): string {
    const parts = urn.split("::");
    const qualified = parts.length >= 4 ? parts[2] : "";
    return qualified.split("$").pop() ?? "";
}

/** A rule standing for a policy this library does not ship, from what its events say. */
function foreignRule(id: string, pack: string): Rule {
    return {
        kind: "resource",
        id,
        pack,
        title: id,
        description: `Reported by the policy pack ${pack} (its own description is not in the event stream).`,
        severity: "medium",
        service: pack,
        remediation: "See the policy pack's documentation.",
        defaultLevel: "advisory",
        resourceTypes: [],
    } as unknown as Rule;
}

/**
 * A check result from engine events: a finding per policy event at level mandatory or advisory,
 * a remediation per remediation event (top-level properties whose values changed), the
 * resources the steps name, and each pack once. `known` are this library's rules by id.
 */
export function resultFromEngineEvents(events: readonly EngineEvent[], known: ReadonlyMap<string, Rule>): CheckResult {
    const resources = new Map<string, CheckedResource>();
    const packs = new Map<string, string>();
    const rules = new Map<string, { rule: Rule; level: Level }>();
    const findings: Finding[] = [];
    const remediations: RemediationFinding[] = [];
    const ruleFor = (policy: string, pack: string, level: Level) => {
        let entry = rules.get(policy);
        if (!entry) rules.set(policy, (entry = { rule: known.get(policy) ?? foreignRule(policy, pack), level }));
        else if (level === "mandatory") entry.level = "mandatory";
        return entry.rule;
    };
    const resourceOf = (urn: string): CheckedResource => {
        let resource = resources.get(urn);
        if (!resource) resources.set(urn, (resource = { urn, type: typeOf(urn), name: nameFromUrn(urn) }));
        return resource;
    };
    for (const event of events) {
        for (const step of [event.resourcePreEvent?.metadata, event.resOutputsEvent?.metadata]) {
            if (step?.urn && step.type !== "pulumi:pulumi:Stack") resourceOf(step.urn);
        }
        const policy = event.policyEvent;
        if (policy?.policyName) {
            const level = levelOf(policy.enforcementLevel);
            const pack = policy.policyPackName ?? "";
            if (pack) packs.set(pack, policy.policyPackVersion ?? "");
            if (!level) continue;
            const rule = ruleFor(policy.policyName, pack, level);
            const resource = policy.resourceUrn ? resourceOf(policy.resourceUrn) : { urn: "", type: "", name: "" };
            findings.push({
                pack,
                policy: policy.policyName,
                level,
                severity: rule.severity as Severity,
                urn: resource.urn,
                type: resource.type,
                name: resource.name,
                message: messageOf(policy.message ?? "", rule),
                description: rule.description,
                remediation: rule.remediation,
                ...(rule.frameworks ? { frameworks: rule.frameworks } : {}),
                kind: "violation",
            });
        }
        const remediation = event.policyRemediationEvent;
        if (remediation?.policyName && remediation.resourceUrn) {
            const pack = remediation.policyPackName ?? "";
            if (pack) packs.set(pack, remediation.policyPackVersion ?? "");
            ruleFor(remediation.policyName, pack, "remediate");
            const resource = resourceOf(remediation.resourceUrn);
            const before = remediation.before ?? {};
            const after = remediation.after ?? {};
            const changes = [...new Set([...Object.keys(before), ...Object.keys(after)])]
                .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
                .map((key) => ({ path: key, before: before[key], after: after[key] }));
            remediations.push({ pack, policy: remediation.policyName, urn: resource.urn, type: resource.type, name: resource.name, changes });
        }
    }
    return {
        packs: [...packs].map(([name, version]) => ({ name, version })),
        rules: [...rules.values()],
        resources: [...resources.values()],
        findings,
        notes: [],
        remediations,
        packSummaries: {},
    };
}
