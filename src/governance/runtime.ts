/**
 * Governance wired into a policy pack: exemptions and the decision log as policy hooks, and the
 * provisioning-key check as one extra policy. The same object serves the offline check.
 */
import { GOVERNANCE_POLICY } from "../names";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import type { ResourceValidationPolicy } from "@pulumi/policy";
import type { DecisionEvent, PolicyHooks } from "../policy";
import { type Clock, systemClock } from "./clock";
import { DecisionLog, currentActor } from "./decision-log";
import { ExemptionIndex, readExemptionsFile, type Exemption, type ExemptionsFile } from "./exemptions";
import { judgeTrust, type TrustVerdict } from "./exemption-trust";
import { NO_GOVERNANCE, readGovernanceFile, type GovernanceConfig } from "./governance-config";
import { verifyKey, readKeyFile, type ApprovedPolicySet, type KeyVerdict, type ProvisioningKey } from "./provisioning-key";

/** The governance policy (`GOVERNANCE_POLICY`): enforces the provisioning key and names the environment. */
export const KEY_POLICY = GOVERNANCE_POLICY;

/** Why the governance policy exists, as reports show it. */
export const KEY_POLICY_DESCRIPTION = "Deployments must run with exactly the policy set the provisioning key approved for this environment.";

/** What a `Governance` works with: the environment, the pack, the governance config, and the optional exemptions, decision log and key. */
export interface GovernanceOptions {
    /** The environment the deployment says it runs in (`--env`, GUARDRAILS_ENV); the pack config's environment wins over it. */
    readonly environment: string;
    /** The pack being governed. */
    readonly pack: { readonly name: string; readonly version: string };
    /** Which environments require signatures, trusted keys, limits (default: none). */
    readonly config?: GovernanceConfig;
    /**
     * The environment was named by the deployer, not the platform: unless the pack config names it,
     * signatures are required wherever any environment requires them (a deployer cannot pick a
     * laxer environment to escape them). Set for packs; the offline CLI judges the environment it is given.
     */
    readonly deployerNamesEnvironment?: boolean;
    /** A stricter limit on an exemption's length than the config's (it may only tighten). */
    readonly maxExemptionMs?: number;
    /** The exemptions file in force. */
    readonly exemptionsFile?: ExemptionsFile;
    /** Where to append decisions; none are logged without it. */
    readonly decisionLogPath?: string;
    /** The provisioning key the policy set must match. */
    readonly key?: ProvisioningKey;
    /** The time decisions are judged at (default: the system clock). */
    readonly clock?: Clock;
    /** The time decisions are logged with (default: `clock`). */
    readonly logClock?: Clock;
    /** Who deploys (default: `currentActor()`). */
    readonly actor?: string;
}

/** Policy config as Configure delivers it: level and properties per policy. */
export type ConfiguredPolicies = Record<string, { enforcementLevel: string; properties?: Record<string, unknown> }>;

/** How the pack learned (or failed to learn) the engine's configuration. */
export type ConfigureObservation = { readonly seam: "installed" } | { readonly seam: "unavailable"; readonly why: string };

/** Exemptions, the decision log and the provisioning-key check for one pack, in a policy pack or the offline check. */
export class Governance {
    /** Hooks the pack's policies call: which exemption applies, and each decision to log. */
    readonly hooks: PolicyHooks;
    /** The exemptions in force, judged with this governance's trust rules. */
    readonly exemptions: ExemptionIndex | undefined;
    private configured: ConfiguredPolicies | undefined;
    private verdict: KeyVerdict | undefined;
    private observation: ConfigureObservation | undefined;
    private keyReported = false;
    private readonly log: DecisionLog | undefined;
    private readonly trustCache = new Map<string, TrustVerdict>();
    /** The time source of every decision. */
    readonly clock: Clock;
    /** The governance config in force. */
    readonly config: GovernanceConfig;

    constructor(
        /** The options it was built with. */
        readonly options: GovernanceOptions,
        private readonly defaultLevels: Readonly<Record<string, string>> = {},
    ) {
        this.clock = options.clock ?? systemClock;
        this.config = options.config ?? NO_GOVERNANCE;
        const environmentOf = () => this.environment();
        this.log = options.decisionLogPath
            ? new DecisionLog(options.decisionLogPath, {
                  // Read per record: the pack config may name the environment after start.
                  get environment() {
                      return environmentOf();
                  },
                  pack: `${options.pack.name}@${options.pack.version}`,
                  actor: options.actor ?? currentActor(),
                  keyId: options.key?.id,
                  levelOf: (policy) => this.configured?.[policy]?.enforcementLevel ?? this.defaultLevels[policy] ?? "advisory",
                  clock: options.logClock ?? this.clock,
              })
            : undefined;
        this.exemptions = options.exemptionsFile ? new ExemptionIndex(options.exemptionsFile, this.clock, options.actor ?? currentActor(), (e) => this.trustOf(e)) : undefined;
        const exemptions = this.exemptions;
        this.hooks = {
            exemptionFor: exemptions ? (policy, urn) => exemptions.grantFor(policy, urn) : undefined,
            decided: this.log ? (event: DecisionEvent) => void this.log?.record(this.explained(event)) : undefined,
        };
    }

    /**
     * Writes the decisions buffered so far to the decision log. The log also flushes itself in
     * batches, when the event loop is idle and at process exit; call this when a run ends so the
     * log is complete as soon as the run returns.
     */
    flush(): void {
        this.log?.flush();
    }

    /** Flushes the decision log and closes its file (a later decision opens it again). */
    close(): void {
        this.log?.close();
    }

    /** The environment the pack config names, if it names one. */
    private configuredEnvironment(): string | undefined {
        const named = this.configured?.[KEY_POLICY]?.properties?.environment;
        return typeof named === "string" && named !== "" ? named : undefined;
    }

    /** The environment decisions are made for: the pack config's, else the one given. */
    environment(): string {
        return this.configuredEnvironment() ?? this.options.environment;
    }

    /** Whether exemptions and keys must be signed here. */
    requiresSignatures(): boolean {
        if (this.config.requiresSignatures(this.environment())) return true;
        return this.options.deployerNamesEnvironment === true && this.configuredEnvironment() === undefined && this.config.requiresSignaturesAnywhere();
    }

    /** An exemption's trust verdict here (cached per environment: Configure may name it late). */
    private trustOf(exemption: Exemption): TrustVerdict {
        const environment = this.environment();
        const cacheKey = `${environment}\u0000${exemption.id}`;
        let verdict = this.trustCache.get(cacheKey);
        if (!verdict) {
            verdict = judgeTrust(exemption, { environment, config: this.config, requireSignatures: this.requiresSignatures(), maxDurationMs: this.options.maxExemptionMs });
            this.trustCache.set(cacheKey, verdict);
        }
        return verdict;
    }

    /** A violation that an exemption names but that stays enforced says why the exemption did not apply. */
    private explained(event: DecisionEvent): DecisionEvent {
        if (event.outcome !== "violation" || !this.exemptions) return event;
        const inactive = this.exemptions.inactiveFor(event.policy, event.urn);
        if (inactive.length === 0) return event;
        return { ...event, reason: `${event.reason} Not exempted: ${inactive.map((e) => e.reason).join("; ")}.` };
    }

    /** Records the configuration the engine sent (levels and properties), and checks the key against it. */
    configure(policies: ConfiguredPolicies): void {
        this.configured = policies;
        this.verdict = undefined;
        this.trustCache.clear();
    }

    /** Records how the pack observes Configure; without the seam a key cannot be checked (fail closed). */
    observeWith(observation: ConfigureObservation): void {
        this.observation = observation;
    }

    /** The approved set in force: packs and every policy's level and config, minus the governance policy. */
    policySet(): ApprovedPolicySet {
        const configured = this.configured ?? Object.fromEntries(Object.entries(this.defaultLevels).map(([id, level]) => [id, { enforcementLevel: level }]));
        const policies = Object.fromEntries(Object.entries(configured).filter(([id]) => id !== KEY_POLICY));
        return { environment: this.environment(), packs: [this.options.pack], policies };
    }

    /** The key's verdict on the policy set in force (cached until the next `configure`); undefined without a key. */
    keyVerdict(): KeyVerdict | undefined {
        const key = this.options.key;
        if (!key) return undefined;
        if (this.observation && this.configured === undefined) {
            // A pack that cannot see what the engine configured must not assume the defaults were sent.
            const why = this.observation.seam === "unavailable" ? `the pack could not observe Configure (${this.observation.why})` : "no Configure request reached the pack";
            return { ok: false, keyId: key.id, problem: `configuration not observed: ${why}, so key ${key.id} cannot be checked against it` };
        }
        this.verdict ??= verifyKey(key, this.policySet(), { clock: this.clock, config: this.config, requireSignature: this.requiresSignatures() });
        return this.verdict;
    }

    /** A key failure in words: what is wrong (a sentence without its full stop) and how to fix it. */
    keyFailure(verdict: Extract<KeyVerdict, { ok: false }>): { readonly message: string; readonly fix: string } {
        const message = `${verdict.problem.charAt(0).toUpperCase()}${verdict.problem.slice(1)}`;
        if (this.configured === undefined && this.observation) {
            return { message, fix: "Run the pack under the Pulumi engine, which configures it before analyzing, with a Pulumi CLI and @pulumi/policy this pack supports." };
        }
        return { message, fix: `Deploy with the approved configuration, or have the change approved and issue a new key (guardrails key issue --env ${this.environment()} --sign-with <issuer key>).` };
    }

    /**
     * The governance policy: while the provisioning key does not approve the policy set in force
     * (or is unsigned where signatures are required, expired, retired, or the configuration was not
     * observed) it fails the first resource the engine checks, once, so an update stops there. It
     * declares the `environment` setting, so that the pack config can name the environment.
     */
    keyPolicy(): ResourceValidationPolicy {
        return {
            name: KEY_POLICY,
            description: KEY_POLICY_DESCRIPTION,
            enforcementLevel: "mandatory",
            severity: "critical",
            configSchema: { properties: { environment: { type: "string", description: "The environment this pack config is for (dev, staging, prod, ...)." } } },
            validateResource: (args, reportViolation) => {
                const verdict = this.keyVerdict();
                if (!verdict || verdict.ok || this.keyReported) return;
                this.keyReported = true;
                this.log?.record({ policy: KEY_POLICY, urn: args.urn, outcome: "violation", reason: verdict.problem });
                const { message, fix } = this.keyFailure(verdict);
                reportViolation(`${message}. Fix: ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`);
            },
        };
    }
}

/** The governance config a pack ships: `config/governance.json` in its directory, if present. */
export function shippedGovernanceFile(packDirectory: string = process.cwd()): string | undefined {
    const file = path.join(packDirectory, "config", "governance.json");
    return fs.existsSync(file) ? file : undefined;
}

/**
 * Governance for a pack process. The governance config is the one the pack ships
 * (`config/governance.json` in its directory); GUARDRAILS_GOVERNANCE_CONFIG is read only when the
 * pack ships none. From the deployer's environment: GUARDRAILS_ENV (default "default"; the pack
 * config's `environment` wins), GUARDRAILS_EXEMPTIONS (file), GUARDRAILS_EXEMPTION_MAX_DURATION_HOURS
 * (may only shorten), GUARDRAILS_DECISION_LOG (file), GUARDRAILS_PROVISIONING_KEY (file),
 * GUARDRAILS_ACTOR (not in CI). A malformed file stops the pack at start, naming the file and the problem.
 */
export function governanceFromEnvironment(
    pack: { name: string; version: string },
    defaultLevels: Readonly<Record<string, string>>,
    env: NodeJS.ProcessEnv = process.env,
    packDirectory: string = process.cwd(),
): Governance {
    const environment = env.GUARDRAILS_ENV || "default";
    const governanceFile = shippedGovernanceFile(packDirectory) ?? (env.GUARDRAILS_GOVERNANCE_CONFIG || undefined);
    const config = governanceFile ? readGovernanceFile(governanceFile) : NO_GOVERNANCE;
    const maxHours = Number(env.GUARDRAILS_EXEMPTION_MAX_DURATION_HOURS);
    const actor = currentActor(env);
    return new Governance(
        {
            environment,
            pack,
            actor,
            config,
            deployerNamesEnvironment: true,
            ...(Number.isFinite(maxHours) && maxHours > 0 ? { maxExemptionMs: maxHours * 3_600_000 } : {}),
            // Read as written: trust, length and environment are judged per entry (see judgeTrust).
            exemptionsFile: env.GUARDRAILS_EXEMPTIONS ? readExemptionsFile(env.GUARDRAILS_EXEMPTIONS, { maxDurationMs: Number.MAX_SAFE_INTEGER }) : undefined,
            decisionLogPath: env.GUARDRAILS_DECISION_LOG || undefined,
            key: env.GUARDRAILS_PROVISIONING_KEY ? readKeyFile(env.GUARDRAILS_PROVISIONING_KEY) : undefined,
        },
        defaultLevels,
    );
}

interface ConfigureRequest {
    getPolicyconfigMap(): { forEach(cb: (value: { getEnforcementlevel(): number; getProperties(): { toJavaScript(): Record<string, unknown> } | undefined }, key: string) => void): void };
}

const LEVEL_NAMES = ["advisory", "mandatory", "disabled", "remediate"];

type Deserialize = (bytes: Uint8Array) => ConfigureRequest;
interface AnalyzerServiceDefinition {
    configure?: { path?: string; requestDeserialize?: Deserialize };
}

/** The governance objects that receive each Configure request; one seam serves them all. */
const configureListeners = new Set<Governance>();
let seam: ConfigureObservation | undefined;

/** Reads a Configure request's policies into the shape governance records. */
function policiesOf(request: ConfigureRequest): ConfiguredPolicies {
    const policies: ConfiguredPolicies = {};
    request.getPolicyconfigMap().forEach((value, key) => {
        policies[key] = { enforcementLevel: LEVEL_NAMES[value.getEnforcementlevel()] ?? "advisory", properties: value.getProperties()?.toJavaScript() ?? {} };
    });
    return policies;
}

/**
 * Installs the seam once: wraps the request deserializer of the Analyzer service definition's
 * `configure` method — the very definition @pulumi/policy's server registers — so every
 * Configure request is read as it is decoded, and nothing else is touched. If the definition is
 * not what we expect, the seam is "unavailable" and a key then fails closed.
 */
function installConfigureSeam(): ConfigureObservation {
    try {
        const policyRequire = createRequire(require.resolve("@pulumi/policy/package.json"));
        // The module @pulumi/policy's server.js requires for `analyzerrpc.AnalyzerService`.
        const service = (policyRequire("@pulumi/pulumi/proto/analyzer_grpc_pb") as { AnalyzerService?: AnalyzerServiceDefinition }).AnalyzerService;
        const method = service?.configure;
        const original = method?.requestDeserialize;
        if (!method || method.path !== "/pulumirpc.Analyzer/Configure" || typeof original !== "function") {
            return { seam: "unavailable", why: "the Analyzer service definition has no Configure deserializer" };
        }
        method.requestDeserialize = (bytes: Uint8Array) => {
            const request = original(bytes);
            let policies: ConfiguredPolicies | undefined;
            try {
                policies = policiesOf(request);
            } catch {
                policies = undefined;
            }
            for (const governance of configureListeners) {
                if (policies) governance.configure(policies);
                else governance.observeWith({ seam: "unavailable", why: "a Configure request could not be read" });
            }
            return request;
        };
        return { seam: "installed" };
    } catch (error) {
        return { seam: "unavailable", why: error instanceof Error ? error.message.split("\n")[0] : "error" };
    }
}

/**
 * Lets `governance` see the engine's Configure request (every policy's level and properties),
 * which `@pulumi/policy` keeps to itself. Call before the PolicyPack is constructed. Until a
 * Configure arrives, a key is not checked against assumed defaults: it fails ("configuration not
 * observed").
 */
export function observeConfigure(governance: Governance): void {
    seam ??= installConfigureSeam();
    configureListeners.add(governance);
    governance.observeWith(seam);
}
