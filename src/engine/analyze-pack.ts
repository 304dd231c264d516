/**
 * Runs a policy pack directory over the analyzer protocol the way `pulumi preview` drives it:
 * Configure once, then per resource Remediate (when any policy is at level remediate) and
 * Analyze on the remediated inputs, then one AnalyzeStack over every resource.
 */
import type { ResourceUnderTest } from "./evaluate";
import { decodeProps, encodeProps } from "./wire";
import { launchPolicyPack, type AnalyzerInfo, type LaunchOptions, type WireDiagnostic, type WirePolicyConfig, type WireRemediation, type WireResource } from "./analyzer-host";
import { InputError } from "./errors";

/** Options of `analyzePack`: how to launch the pack, and the config to send it. */
export interface AnalyzePackOptions extends LaunchOptions {
    /** A `--policy-pack-config` document applied over the pack's defaults. */
    readonly config?: Record<string, unknown>;
}

/** What `analyzePack` got back from the pack. */
export interface AnalyzePackResult {
    /** The pack's GetAnalyzerInfo answer: its name, version and policies. */
    readonly info: AnalyzerInfo;
    /** Every diagnostic of every Analyze call and of the one AnalyzeStack call. */
    readonly diagnostics: WireDiagnostic[];
    /** Every remediation the pack returned, with the URN of the resource it fixed. */
    readonly remediations: Array<WireRemediation & { urn: string }>;
    /** The inputs each resource was analyzed with, after remediation, by URN. */
    readonly remediatedProps: Map<string, Record<string, unknown>>;
}

/**
 * The Configure request the engine builds: each policy's default level and schema defaults,
 * then the config document (`all` first, then named entries).
 */
export function engineConfig(info: AnalyzerInfo, document: Record<string, unknown> = {}): WirePolicyConfig {
    const config: Record<string, { enforcementLevel: WireDiagnostic["enforcementLevel"]; properties: Record<string, unknown> }> = {};
    for (const policy of info.policies) {
        const properties: Record<string, unknown> = {};
        for (const [key, schema] of Object.entries(policy.configSchema?.properties ?? {})) {
            if (schema !== null && typeof schema === "object" && "default" in schema) properties[key] = (schema as { default: unknown }).default;
        }
        config[policy.name] = { enforcementLevel: policy.enforcementLevel, properties };
    }
    const all = document.all;
    const allLevel = typeof all === "string" ? all : (all as { enforcementLevel?: string } | undefined)?.enforcementLevel;
    if (allLevel) for (const entry of Object.values(config)) entry.enforcementLevel = allLevel as never;
    for (const [name, value] of Object.entries(document)) {
        if (name === "all") continue;
        const entry = config[name];
        if (!entry) throw new InputError(undefined, `policy pack config names "${name}", which ${info.name} does not have`);
        if (typeof value === "string") entry.enforcementLevel = value as never;
        else if (value && typeof value === "object") {
            const { enforcementLevel, ...properties } = value as Record<string, unknown>;
            if (enforcementLevel) entry.enforcementLevel = enforcementLevel as never;
            Object.assign(entry.properties, properties);
        }
    }
    return config;
}

/** The resource as the engine sends it; `wireProps` are already in the engine's encoding. */
function toWire(resource: ResourceUnderTest, wireProps: Record<string, unknown>): WireResource {
    return {
        type: resource.type,
        urn: resource.urn,
        name: resource.name,
        props: wireProps,
        parent: resource.parent,
        dependencies: resource.dependencies,
        propertyDependencies: resource.propertyDependencies,
        provider: resource.provider,
    };
}

/** Launches the pack in `packDir`, runs every resource through it, and always stops it. */
export async function analyzePack(
    packDir: string,
    resources: readonly ResourceUnderTest[],
    options: AnalyzePackOptions = {},
): Promise<AnalyzePackResult> {
    const pack = await launchPolicyPack(packDir, options);
    try {
        const info = await pack.getAnalyzerInfo();
        const config = engineConfig(info, options.config);
        await pack.configure(config);
        const remediating = Object.values(config).some((c) => c.enforcementLevel === "remediate");
        const diagnostics: WireDiagnostic[] = [];
        const remediations: AnalyzePackResult["remediations"] = [];
        const remediatedProps = new Map<string, Record<string, unknown>>();
        const wireInputs = new Map<string, Record<string, unknown>>();
        for (const resource of resources) {
            let wire = encodeProps(resource.props, resource.secretPaths);
            if (remediating) {
                for (const remediation of await pack.remediate(toWire(resource, wire))) {
                    remediations.push({ ...remediation, urn: resource.urn });
                    // Remediated props come back in wire encoding, secrets still marked secret.
                    if (remediation.properties) wire = remediation.properties;
                }
            }
            wireInputs.set(resource.urn, wire);
            remediatedProps.set(resource.urn, decodeProps(wire).props);
            diagnostics.push(...(await pack.analyze(toWire(resource, wire))).diagnostics);
        }
        const stack = resources.map((r) => toWire(r, r.outputs ? encodeProps(r.outputs, r.outputSecretPaths) : (wireInputs.get(r.urn) ?? {})));
        diagnostics.push(...(await pack.analyzeStack(stack)).diagnostics);
        return { info, diagnostics, remediations, remediatedProps };
    } finally {
        await pack.stop();
    }
}
