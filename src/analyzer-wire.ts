/**
 * The wire side of our analyzer server: the gRPC library and proto stubs, and the translation of
 * requests into what policies see and of results into responses. Everything is loaded on first
 * use, from @pulumi/policy's own dependencies: the very modules its server registers, so message
 * classes, the `Empty` type and the Analyzer service definition (which governance observes) match.
 *
 * Semantics follow @pulumi/policy 1.21: deserialize.js (properties, assets, secrets, signatures),
 * server.js getResourceOptions / configure, protoutil.js (levels, severities, responses).
 */
import { createRequire } from "node:module";
import type * as Grpc from "@grpc/grpc-js";
import type * as AnalyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as AnalyzerGrpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as PluginPb from "@pulumi/pulumi/proto/plugin_pb";
import type * as PulumiAsset from "@pulumi/pulumi/asset";
import type * as StructPb from "google-protobuf/google/protobuf/struct_pb";
import type { PolicyResourceOptions } from "@pulumi/policy";
import type { Level, Severity } from "./rule";
import { SECRET_SIG, SIG_KEY } from "./secrets";
import { SecretValue, secretsPreservingProxy } from "./analyzer-secret-values";
import { IS_PROXY, PROXY_TARGET } from "./sdk";

/** The gRPC library and stubs the server works with. */
export interface AnalyzerProtocol {
    readonly grpc: typeof Grpc;
    readonly analyzerPb: typeof AnalyzerPb;
    readonly analyzerGrpc: typeof AnalyzerGrpc;
    readonly pluginPb: typeof PluginPb;
    readonly structPb: typeof StructPb;
    /** The `Empty` class @pulumi/pulumi's stubs check Configure answers against. */
    readonly Empty: new () => object;
    /** @pulumi/policy's version: what GetPluginInfo reports. */
    readonly policyVersion: string;
}

let loaded: AnalyzerProtocol | undefined;

/** Loads gRPC and the stubs once (about 0.1 s), as @pulumi/policy's server.js resolves them. */
export function analyzerProtocol(): AnalyzerProtocol {
    if (loaded) return loaded;
    const policyRequire = createRequire(require.resolve("@pulumi/policy/package.json"));
    const analyzerGrpc = policyRequire("@pulumi/pulumi/proto/analyzer_grpc_pb") as typeof AnalyzerGrpc;
    // Struct from the module analyzer_pb itself uses, so `setProperties` gets its own class.
    const stubsRequire = createRequire(policyRequire.resolve("@pulumi/pulumi/proto/analyzer_pb"));
    const configure = (analyzerGrpc.AnalyzerService as unknown as { configure: { responseType?: new () => object } }).configure;
    loaded = {
        grpc: policyRequire("@grpc/grpc-js") as typeof Grpc,
        analyzerPb: policyRequire("@pulumi/pulumi/proto/analyzer_pb") as typeof AnalyzerPb,
        analyzerGrpc,
        pluginPb: policyRequire("@pulumi/pulumi/proto/plugin_pb") as typeof PluginPb,
        structPb: stubsRequire("google-protobuf/google/protobuf/struct_pb") as typeof StructPb,
        Empty: configure.responseType ?? (stubsRequire("google-protobuf/google/protobuf/empty_pb") as { Empty: new () => object }).Empty,
        policyVersion: (policyRequire("@pulumi/policy/version") as { version: string }).version,
    };
    return loaded;
}

let assetModule: typeof PulumiAsset | undefined;

/** @pulumi/pulumi's asset classes, loaded only when a request or a remediation holds an asset. */
function assets(): typeof PulumiAsset {
    assetModule ??= createRequire(require.resolve("@pulumi/policy/package.json"))("@pulumi/pulumi/asset") as typeof PulumiAsset;
    return assetModule;
}

// Signatures of special values, as in @pulumi/pulumi/runtime/rpc.js.
const ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
const ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";

/** Props from a request's Struct, turned to plain JavaScript once; decode them with `decodeProperties`. */
export function rawProperties(struct: StructPb.Struct | undefined): Record<string, unknown> {
    // A missing Struct fails here, with the SDK's TypeError, inside the first policy that runs.
    return (struct as StructPb.Struct).toJavaScript() as Record<string, unknown>;
}

/**
 * What a policy sees of raw props: assets and archives as @pulumi/pulumi objects, secrets
 * unwrapped (or, with `keepSecrets`, held as `SecretValue` behind a secrets-preserving proxy, for
 * remediations). A fresh copy each call. Throws the SDK's errors on a malformed value.
 */
export function decodeProperties(raw: Record<string, unknown>, keepSecrets: boolean): Record<string, unknown> {
    const props: Record<string, unknown> = {};
    for (const key of Object.keys(raw)) {
        if (raw[key] !== undefined) props[key] = decodeValue(raw[key], keepSecrets);
    }
    return keepSecrets ? secretsPreservingProxy(props) : props;
}

function decodeValue(value: unknown, keepSecrets: boolean): unknown {
    if (value === undefined) throw new Error("unexpected undefined property value during deserialization");
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map((item) => decodeValue(item, keepSecrets));
    const record = value as Record<string, unknown>;
    const sig = record[SIG_KEY];
    if (sig) return decodeSpecial(record, sig, keepSecrets);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(record)) out[key] = decodeValue(record[key], keepSecrets);
    return out;
}

function decodeSpecial(record: Record<string, unknown>, sig: unknown, keepSecrets: boolean): unknown {
    switch (sig) {
        case ASSET_SIG: {
            const { FileAsset, StringAsset, RemoteAsset } = assets();
            if (record.path) return new FileAsset(record.path as string);
            if (record.text) return new StringAsset(record.text as string);
            if (record.uri) return new RemoteAsset(record.uri as string);
            throw new Error("Invalid asset encountered when unmarshaling resource property");
        }
        case ARCHIVE_SIG: {
            const { Asset, Archive, AssetArchive, FileArchive, RemoteArchive } = assets();
            if (record.assets) {
                const members: Record<string, PulumiAsset.Asset | PulumiAsset.Archive> = {};
                const given = record.assets as Record<string, unknown>;
                for (const name of Object.keys(given)) {
                    const member = decodeValue(given[name], keepSecrets);
                    if (!Asset.isInstance(member) && !Archive.isInstance(member)) {
                        throw new Error("Expected an AssetArchive's assets to be unmarshaled Asset or Archive objects");
                    }
                    members[name] = member;
                }
                return new AssetArchive(members);
            }
            if (record.path) return new FileArchive(record.path as string);
            if (record.uri) return new RemoteArchive(record.uri as string);
            throw new Error("Invalid archive encountered when unmarshaling resource property");
        }
        case SECRET_SIG: {
            const plain = decodeValue(record.value, keepSecrets);
            return keepSecrets ? new SecretValue(plain) : plain;
        }
        default:
            throw new Error(`Unrecognized signature '${String(sig)}' when unmarshaling resource property`);
    }
}

/**
 * Props a remediation returned, in the engine's encoding: proxies unwrapped, secrets re-marked,
 * assets and archives as signatures (an AssetArchive as the list of its names, exactly as the SDK
 * sends it), undefined fields dropped and undefined items as null.
 */
export async function serializeProperties(value: unknown): Promise<unknown> {
    // Functions go on to the object case, as in the SDK (they become `{}`).
    if (value === null || (typeof value !== "object" && typeof value !== "function")) return value;
    const node = value as Record<string, unknown>;
    if (node[IS_PROXY]) return serializeProperties(node[PROXY_TARGET]);
    if (value instanceof Promise) return serializeProperties(await value);
    if (Array.isArray(value)) {
        const items: unknown[] = [];
        for (const item of value) {
            const encoded = await serializeProperties(item);
            items.push(encoded === undefined ? null : encoded);
        }
        return items;
    }
    if (node.__pulumiAsset === true || node.__pulumiArchive === true) {
        const special = await serializeAssetOrArchive(value);
        if (special) return special;
    }
    if (value instanceof SecretValue) {
        const plain = await serializeProperties(value.value);
        return { [SIG_KEY]: SECRET_SIG, value: plain === undefined ? null : plain };
    }
    if (node.__pulumiOutput === true) throw new Error("Serializing output values not supported from within a policy pack");
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
        const encoded = await serializeProperties(node[key]);
        if (encoded !== undefined) out[key] = encoded;
    }
    return out;
}

async function serializeAssetOrArchive(value: object): Promise<Record<string, unknown> | undefined> {
    const a = assets();
    const sign = async (sig: string, key: string, field: unknown) => ({ [SIG_KEY]: sig, [key]: await serializeProperties(field) });
    if (value instanceof a.FileAsset) return sign(ASSET_SIG, "path", value.path);
    if (value instanceof a.StringAsset) return sign(ASSET_SIG, "text", value.text);
    if (value instanceof a.RemoteAsset) return sign(ASSET_SIG, "uri", value.uri);
    if (value instanceof a.AssetArchive) {
        const names: unknown[] = [];
        for (const name of Object.keys(await value.assets)) names.push(await serializeProperties(name));
        return { [SIG_KEY]: ARCHIVE_SIG, assets: names };
    }
    if (value instanceof a.FileArchive) return sign(ARCHIVE_SIG, "path", value.path);
    if (value instanceof a.RemoteArchive) return sign(ARCHIVE_SIG, "uri", value.uri);
    return undefined;
}

/** The part of an Analyze / AnalyzeStack resource that carries options. */
interface WithOptions {
    getOptions(): AnalyzerPb.AnalyzerResourceOptions | undefined;
}

/** A resource's options as a policy sees them; a request without options is refused, with the SDK's text. */
export function resourceOptionsOf(resource: WithOptions): PolicyResourceOptions {
    const opts = resource.getOptions();
    if (!opts) {
        throw new Error("A more recent version of the Pulumi CLI is required. To upgrade, see https://www.pulumi.com/docs/get-started/install/");
    }
    const timeouts = opts.getCustomtimeouts();
    const result: PolicyResourceOptions = {
        protect: opts.getProtect(),
        ignoreChanges: opts.getIgnorechangesList(),
        aliases: opts.getAliasesList(),
        customTimeouts: {
            createSeconds: timeouts?.getCreate() ?? 0.0,
            updateSeconds: timeouts?.getUpdate() ?? 0.0,
            deleteSeconds: timeouts?.getDelete() ?? 0.0,
        },
        additionalSecretOutputs: opts.getAdditionalsecretoutputsList(),
    };
    if (opts.getDeletebeforereplacedefined()) result.deleteBeforeReplace = opts.getDeletebeforereplace();
    if (opts.getParent()) result.parent = opts.getParent();
    return result;
}

/** The wire code of a level; an unknown level throws, with the SDK's text. */
export function levelCode(level: Level): AnalyzerPb.EnforcementLevel {
    const { EnforcementLevel } = analyzerProtocol().analyzerPb;
    switch (level) {
        case "advisory":
            return EnforcementLevel.ADVISORY;
        case "mandatory":
            return EnforcementLevel.MANDATORY;
        case "remediate":
            return EnforcementLevel.REMEDIATE;
        case "disabled":
            return EnforcementLevel.DISABLED;
        default:
            throw new Error(`Unknown enforcement level type '${String(level)}'`);
    }
}

/** The level of a wire code; an unknown code throws, with the SDK's text. */
export function levelOfCode(code: number): Level {
    const { EnforcementLevel } = analyzerProtocol().analyzerPb;
    switch (code) {
        case EnforcementLevel.ADVISORY:
            return "advisory";
        case EnforcementLevel.MANDATORY:
            return "mandatory";
        case EnforcementLevel.REMEDIATE:
            return "remediate";
        case EnforcementLevel.DISABLED:
            return "disabled";
        default:
            throw new Error(`Unknown enforcement level ${code}.`);
    }
}

/** The wire code of a severity (unspecified for anything else). */
export function severityCode(severity: Severity | string | undefined): AnalyzerPb.PolicySeverity {
    const { PolicySeverity } = analyzerProtocol().analyzerPb;
    switch (severity) {
        case "low":
            return PolicySeverity.POLICY_SEVERITY_LOW;
        case "medium":
            return PolicySeverity.POLICY_SEVERITY_MEDIUM;
        case "high":
            return PolicySeverity.POLICY_SEVERITY_HIGH;
        case "critical":
            return PolicySeverity.POLICY_SEVERITY_CRITICAL;
        default:
            return PolicySeverity.POLICY_SEVERITY_UNSPECIFIED;
    }
}

/** A Configure request's entries: each policy's properties with its level as `enforcementLevel`. */
export function configOfRequest(request: AnalyzerPb.ConfigureAnalyzerRequest): Record<string, Record<string, unknown> & { enforcementLevel: Level }> {
    const config: Record<string, Record<string, unknown> & { enforcementLevel: Level }> = {};
    for (const [name, entry] of request.getPolicyconfigMap().entries()) {
        // An entry without properties fails with the SDK's TypeError.
        const props = (entry.getProperties() as StructPb.Struct).toJavaScript() as Record<string, unknown>;
        props.enforcementLevel = levelOfCode(entry.getEnforcementlevel());
        config[name] = props as Record<string, unknown> & { enforcementLevel: Level };
    }
    return config;
}

/** A gRPC error for a failed call: the SDK keeps the cause's stack, as gRPC would drop it. */
export function asGrpcError(error: unknown, context?: string): Error {
    const prefix = context ? `${context}:\n` : "";
    return new Error(`${prefix}${error instanceof Error ? error.stack : String(error)}`);
}
