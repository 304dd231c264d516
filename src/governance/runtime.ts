/**
 * Governance wired into a policy pack: exemptions and the decision log as policy hooks, and the
 * provisioning-key check as one extra policy. The same object serves the offline check.
 */
import { createRequire } from "node:module";
import type { ResourceValidationPolicy } from "@pulumi/policy";
import type { DecisionEvent, PolicyHooks } from "../policy";
import { type Clock, systemClock } from "./clock";
import { DecisionLog, currentActor } from "./decision-log";
import { governanceSettings } from "./settings";
import { ExemptionIndex, readExemptionsFile, whyNotApplied, type ExemptionRules } from "./exemptions";
import { verifyKey, readKeyFile, type ApprovedPolicySet, type KeyVerdict, type ProvisioningKey } from "./provisioning-key";

/** The policy that enforces the provisioning key; it is not part of the approved set itself. */
export const KEY_POLICY = "guardrails-provisioning-key";

/** What a `Governance` works with: the environment, the pack, and the optional exemptions, decision log and key. */
export interface GovernanceOptions {
    /** The environment the deployment runs in. */
    readonly environment: string;
    /** The pack being governed. */
    readonly pack: { readonly name: string; readonly version: string };
    /** The exemptions in force. */
    readonly exemptions?: ExemptionIndex;
    /** Where to append decisions; none are logged without it. */
    readonly decisionLogPath?: string;
    /** The provisioning key the policy set must match. */
    readonly key?: ProvisioningKey;
    /** HMAC secret the key must be signed with. */
    readonly keySecret?: string;
    /** The time decisions are judged at (default: the system clock). */
    readonly clock?: Clock;
    /** The time decisions are logged with (default: `clock`). */
    readonly logClock?: Clock;
    /** Who deploys (default: `currentActor()`). */
    readonly actor?: string;
}

/** Policy config as Configure delivers it: level and properties per policy. */
export type ConfiguredPolicies = Record<string, { enforcementLevel: string; properties?: Record<string, unknown> }>;

/** Exemptions, the decision log and the provisioning-key check for one pack, in a policy pack or the offline check. */
export class Governance {
    /** Hooks the pack's policies call: which exemption applies, and each decision to log. */
    readonly hooks: PolicyHooks;
    private configured: ConfiguredPolicies | undefined;
    private verdict: KeyVerdict | undefined;
    private readonly log: DecisionLog | undefined;
    /** The time source of every decision. */
    readonly clock: Clock;

    constructor(
        /** The options it was built with. */
        readonly options: GovernanceOptions,
        private readonly defaultLevels: Readonly<Record<string, string>> = {},
    ) {
        this.clock = options.clock ?? systemClock;
        this.log = options.decisionLogPath
            ? new DecisionLog(options.decisionLogPath, {
                  environment: options.environment,
                  pack: `${options.pack.name}@${options.pack.version}`,
                  actor: options.actor ?? currentActor(),
                  keyId: options.key?.id,
                  levelOf: (policy) => this.configured?.[policy]?.enforcementLevel ?? this.defaultLevels[policy] ?? "advisory",
                  clock: options.logClock ?? this.clock,
              })
            : undefined;
        const exemptions = options.exemptions;
        this.hooks = {
            exemptionFor: exemptions ? (policy, urn) => exemptions.grantFor(policy, urn) : undefined,
            decided: this.log ? (event: DecisionEvent) => void this.log?.record(this.explained(event)) : undefined,
        };
    }

    /** A violation that an exemption names but that stays enforced says why the exemption did not apply. */
    private explained(event: DecisionEvent): DecisionEvent {
        if (event.outcome !== "violation" || !this.options.exemptions) return event;
        const inactive = this.options.exemptions.inactiveFor(event.policy, event.urn);
        if (inactive.length === 0) return event;
        return { ...event, reason: `${event.reason} Not exempted: ${inactive.map((e) => whyNotApplied(e.exemption, e.status)).join("; ")}.` };
    }

    /** Records the configuration the engine sent (levels and properties), and checks the key against it. */
    configure(policies: ConfiguredPolicies): void {
        this.configured = policies;
        this.verdict = undefined;
    }

    /** The approved set in force: packs and every policy's level and config, minus the key policy. */
    policySet(): ApprovedPolicySet {
        const configured = this.configured ?? Object.fromEntries(Object.entries(this.defaultLevels).map(([id, level]) => [id, { enforcementLevel: level }]));
        const policies = Object.fromEntries(Object.entries(configured).filter(([id]) => id !== KEY_POLICY));
        return { environment: this.options.environment, packs: [this.options.pack], policies };
    }

    /** The key's verdict on the policy set in force (cached until the next `configure`); undefined without a key. */
    keyVerdict(): KeyVerdict | undefined {
        if (!this.options.key) return undefined;
        this.verdict ??= verifyKey(this.options.key, this.policySet(), { clock: this.clock, secret: this.options.keySecret });
        return this.verdict;
    }

    /**
     * A mandatory policy that fails every resource while the provisioning key does not match the
     * policy set in force (or has expired), so the preview stops at the first resource.
     */
    keyPolicy(): ResourceValidationPolicy {
        return {
            name: KEY_POLICY,
            description: "Deployments must run with exactly the policy set the provisioning key approved for this environment.",
            enforcementLevel: "mandatory",
            severity: "critical",
            validateResource: (args, reportViolation) => {
                const verdict = this.keyVerdict();
                if (!verdict || verdict.ok) return;
                this.log?.record({ policy: KEY_POLICY, urn: args.urn, outcome: "violation", reason: verdict.problem });
                reportViolation(`${verdict.problem}. Fix: deploy with the approved configuration, or have the change approved and issue a new key (guardrails key issue --env ${this.options.environment}).`);
            },
        };
    }
}

/**
 * Governance for a pack process, from its environment: GUARDRAILS_ENV (default "default"),
 * GUARDRAILS_EXEMPTIONS (file), GUARDRAILS_GOVERNANCE_CONFIG (approvers and limits per
 * environment), GUARDRAILS_EXEMPTION_MAX_DURATION_HOURS, GUARDRAILS_DECISION_LOG (file),
 * GUARDRAILS_PROVISIONING_KEY (file), GUARDRAILS_KEY_SECRET, GUARDRAILS_ACTOR. A malformed exemptions or
 * key file stops the pack at start, with the file and the problem in the error.
 */
export function governanceFromEnvironment(
    pack: { name: string; version: string },
    defaultLevels: Readonly<Record<string, string>>,
    env: NodeJS.ProcessEnv = process.env,
): Governance {
    const environment = env.GUARDRAILS_ENV || "default";
    const settings = governanceSettings(environment, env.GUARDRAILS_GOVERNANCE_CONFIG);
    const maxHours = Number(env.GUARDRAILS_EXEMPTION_MAX_DURATION_HOURS);
    const rules: ExemptionRules = {
        ...settings,
        ...(Number.isFinite(maxHours) && maxHours > 0 ? { maxDurationMs: maxHours * 3_600_000 } : {}),
    };
    const actor = currentActor(env);
    return new Governance(
        {
            environment,
            pack,
            actor,
            exemptions: env.GUARDRAILS_EXEMPTIONS ? new ExemptionIndex(readExemptionsFile(env.GUARDRAILS_EXEMPTIONS, rules), systemClock, actor) : undefined,
            decisionLogPath: env.GUARDRAILS_DECISION_LOG || undefined,
            key: env.GUARDRAILS_PROVISIONING_KEY ? readKeyFile(env.GUARDRAILS_PROVISIONING_KEY) : undefined,
            keySecret: env.GUARDRAILS_KEY_SECRET || undefined,
        },
        defaultLevels,
    );
}

interface ConfigureRequest {
    getPolicyconfigMap(): { forEach(cb: (value: { getEnforcementlevel(): number; getProperties(): { toJavaScript(): Record<string, unknown> } | undefined }, key: string) => void): void };
}

const LEVEL_NAMES = ["advisory", "mandatory", "disabled", "remediate"];

/**
 * Lets `governance` see the engine's Configure request (every policy's level and properties),
 * which `@pulumi/policy` keeps to itself: wraps the `configure` handler when the analyzer service is
 * added to the gRPC server. Call before the PolicyPack is constructed.
 */
export function observeConfigure(governance: Governance): void {
    const policyRequire = createRequire(require.resolve("@pulumi/policy/package.json"));
    const grpc = policyRequire("@grpc/grpc-js") as { Server: { prototype: { addService(service: unknown, impl: Record<string, unknown>): void } } };
    const proto = grpc.Server.prototype;
    const original = proto.addService;
    proto.addService = function (service: unknown, implementation: Record<string, unknown>) {
        const configure = implementation.configure as ((call: { request: ConfigureRequest }, callback: unknown) => unknown) | undefined;
        if (typeof configure === "function") {
            implementation = {
                ...implementation,
                configure(call: { request: ConfigureRequest }, callback: unknown) {
                    const policies: ConfiguredPolicies = {};
                    call.request.getPolicyconfigMap().forEach((value, key) => {
                        policies[key] = { enforcementLevel: LEVEL_NAMES[value.getEnforcementlevel()] ?? "advisory", properties: value.getProperties()?.toJavaScript() ?? {} };
                    });
                    governance.configure(policies);
                    return configure.call(this, call, callback);
                },
            };
        }
        return original.call(this, service, implementation);
    };
}

