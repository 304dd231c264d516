/**
 * The offline check: selected packs' rules evaluated in-process over resources from a stack
 * export, preview JSON or resource list, with the engine's config semantics. The result is
 * what every report format renders.
 */
import { evaluatePolicies, type Diagnostic, type ResourceUnderTest } from "./evaluate";
import { buildPolicies, type PackDefinition } from "../pack";
import type { Rule } from "../rule";
import type { CheckResult, Finding } from "../result";

export type { CheckResult, Finding, RemediationFinding, CheckedResource } from "../result";
import { KEY_POLICY_DESCRIPTION, type Governance } from "../governance";
import { GOVERNANCE_POLICY, resolvePolicyConfig, type ConfigSource } from "./config";
import { packageVersion } from "../package-root";
import { summarizePacks } from "./pack-summaries";

/** Options of `checkResources`: the packs to run and the config that sets their levels. */
export interface CheckOptions {
    /** The packs whose rules run. */
    readonly packs: readonly PackDefinition[];
    /** Every rule a config document may name (defaults to the selected packs' rules). */
    readonly knownRules?: readonly Rule[];
    /** `--policy-pack-config` documents, applied in order over the rules' defaults. */
    readonly configSources?: readonly ConfigSource[];
    /** Called now and then with the number of resources checked so far. */
    readonly onProgress?: (done: number, total: number) => void;
    /** Exemptions and the decision log. */
    readonly governance?: Governance;
    /**
     * Called with each violation and exempted finding as it is made, in report order, instead of
     * collecting them in the result's `findings` (which stays empty): a large check keeps only
     * what its caller makes of them. It must not throw: it runs inside the rules' own runs, where
     * an error would read as the rule's.
     */
    readonly onFinding?: (finding: Finding) => void;
}

/** The engine's full message is "description\nviolation text"; reports show the parts apart. */
function detailOf(d: Diagnostic): string {
    if (d.detail !== undefined) {
        return d.propertyPath ? `${d.detail} Property: \`${d.propertyPath}\`.` : d.detail;
    }
    const prefix = `${d.description}\n`;
    const text = d.message.startsWith(prefix) ? d.message.slice(prefix.length) : d.message;
    return text.replace(/ Fix: [\s\S]*$/, "");
}

/** Checks resources against the packs' rules, as `pulumi preview` with these packs would. */
export async function checkResources(resources: readonly ResourceUnderTest[], options: CheckOptions): Promise<CheckResult> {
    const rules = options.packs.flatMap((p) => p.rules);
    const config = resolvePolicyConfig(rules, options.configSources ?? [], options.knownRules ?? rules);
    const governance = options.governance;
    governance?.configure(
        Object.fromEntries(Object.entries(config).map(([id, { enforcementLevel, ...properties }]) => [id, { enforcementLevel: enforcementLevel ?? "advisory", properties }])),
    );
    const ruleById = new Map(rules.map((r) => [r.id, r]));
    const resourceByUrn = new Map(resources.map((r) => [r.urn, r]));
    // Explicit fields and Object.assign, not spreads: this runs once per finding.
    const toFinding = (d: Diagnostic): Finding => {
        const rule = ruleById.get(d.policyName);
        const resource = resourceByUrn.get(d.urn);
        const finding: Finding = {
            pack: rule?.pack ?? "",
            policy: d.policyName,
            level: d.enforcementLevel,
            severity: d.severity ?? rule?.severity ?? "low",
            urn: d.urn,
            type: resource?.type ?? "",
            name: resource?.name ?? "",
            message: detailOf(d),
            description: d.description,
            propertyPath: d.propertyPath,
            remediation: d.fix ?? rule?.remediation ?? "",
            frameworks: rule?.frameworks,
            kind: d.kind,
        };
        if (d.messageId !== undefined) Object.assign(finding, { messageId: d.messageId });
        if (d.exemption) Object.assign(finding, { exemption: d.exemption });
        if (resource?.source) Object.assign(finding, { source: resource.source });
        if (d.kind === "violation" && governance?.exemptions) {
            const inactive = governance.exemptions.inactiveFor(d.policyName, d.urn);
            if (inactive.length > 0) Object.assign(finding, { inactiveExemptions: inactive.map((e) => ({ id: e.exemption.id, status: e.status, reason: e.reason, expiresAt: e.exemption.expiresAt })) });
        }
        return finding;
    };

    // Findings are made as the diagnostics come: the diagnostics themselves are not kept. The
    // key's verdict does not depend on the resources: its finding comes first, and is logged first.
    const findings: Finding[] = [];
    const take = options.onFinding ?? ((f: Finding) => void findings.push(f));
    for (const f of keyFindings(governance)) take(f);
    const notes: Finding[] = [];
    const evaluation = await evaluatePolicies(buildPolicies(rules, {}, governance?.hooks), resources, {
        // Named as the pack that serves these rules: one pack, or the combined root pack.
        packName: options.packs.length === 1 ? options.packs[0].name : "pulumi-guardrails",
        packVersion: options.packs.length === 1 ? options.packs[0].version : packageVersion(),
        config,
        onProgress: options.onProgress,
        onDiagnostic: (d) => {
            if (d.kind === "violation" || d.kind === "exempted") take(toFinding(d));
            else notes.push(toFinding(d));
        },
    });

    const packSummaries = summarizePacks(options.packs, resources);
    // Every decision of this check is on disk before its result is handed back.
    governance?.flush();

    return {
        packs: options.packs.map((p) => ({ name: p.name, version: p.version })),
        packSummaries,
        rules: rules.map((rule) => ({ rule, level: config[rule.id]?.enforcementLevel ?? rule.defaultLevel })),
        resources: resources.map((r) => ({ urn: r.urn, type: r.type, name: r.name })),
        findings,
        notes,
        remediations: evaluation.remediations
            .filter((r) => r.changes.length > 0)
            .map((r) => {
                const resource = resourceByUrn.get(r.urn);
                return {
                    pack: ruleById.get(r.policyName)?.pack ?? "",
                    policy: r.policyName,
                    urn: r.urn,
                    type: resource?.type ?? "",
                    name: resource?.name ?? "",
                    changes: r.changes,
                };
            }),
    };
}

/**
 * The provisioning key's verdict as findings: one stack-level mandatory violation when the key
 * does not approve the policy set in force, none otherwise (as the pack reports it once).
 */
function keyFindings(governance: Governance | undefined): Finding[] {
    const verdict = governance?.keyVerdict();
    if (!governance || !verdict || verdict.ok) return [];
    governance.hooks.decided?.({ policy: GOVERNANCE_POLICY, urn: "", outcome: "violation", reason: verdict.problem });
    const { message, fix } = governance.keyFailure(verdict);
    return [
        {
            pack: "",
            policy: GOVERNANCE_POLICY,
            level: "mandatory",
            severity: "critical",
            urn: "",
            type: "",
            name: "",
            message: `${message}.`,
            description: KEY_POLICY_DESCRIPTION,
            remediation: fix,
            kind: "violation",
        },
    ];
}

/** True when any finding is mandatory (exempted ones are advisory): the update would be blocked. */
export function hasMandatoryFindings(result: CheckResult): boolean {
    return result.findings.some((f) => f.level === "mandatory");
}
