/**
 * The engine's side of the analyzer protocol: launches a policy pack directory exactly as the
 * Pulumi CLI does and talks to it over gRPC, so packs can be proven under `pulumi preview`
 * semantics with no CLI installed.
 *
 * Facts relied on (read from the sources installed beside this file):
 * - Launch: cwd = pack directory, `node <@pulumi/pulumi>/cmd/run-policy-pack <engine address> .`
 *   (cmd/run-policy-pack/index.js drops the engine address and `require`s the program `.`, i.e.
 *   the pack's package.json `main`). The pack never dials the engine address, but we serve an
 *   Engine endpoint there anyway so a pack that logs through it is heard.
 * - Handshake: the first line on stdout is the port of the analyzer server, bound on
 *   127.0.0.1 (@pulumi/policy/server.js `serve`). The process never exits by itself: we stop
 *   it by signalling its process group.
 * - Every AnalyzeRequest must carry `options` (server.js getResourceOptions throws otherwise).
 * - Configure replaces the whole configuration; an entry without `properties` fails, so we
 *   always send a (possibly empty) Struct.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import * as path from "node:path";
import type * as Grpc from "@grpc/grpc-js";
import type * as AnalyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as AnalyzerGrpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as EngineGrpc from "@pulumi/pulumi/proto/engine_grpc_pb";
import type * as StructPb from "google-protobuf/google/protobuf/struct_pb";
import type * as EmptyPb from "google-protobuf/google/protobuf/empty_pb";
import type { EngineDiagnostic } from "./evaluate";
import type { Level, Severity } from "../rule";

/** gRPC, the protocol stubs, and the enum maps built from them. */
interface Protocol {
    readonly grpc: typeof Grpc;
    readonly analyzerPb: typeof AnalyzerPb;
    readonly analyzerGrpc: typeof AnalyzerGrpc;
    readonly engineGrpc: typeof EngineGrpc;
    readonly structPb: typeof StructPb;
    readonly emptyPb: typeof EmptyPb;
    readonly levelNames: Readonly<Record<number, Level>>;
    readonly levelCodes: Readonly<Record<Level, number>>;
    readonly severityNames: Readonly<Record<number, Severity | undefined>>;
}

let loadedProtocol: Protocol | undefined;

/**
 * Loaded on the first launch, not at import: gRPC and the stubs take about 0.08 s to load, which
 * importing the engine (the CLI, the testing kit) must not pay when no pack is hosted.
 */
function protocol(): Protocol {
    if (loadedProtocol) return loadedProtocol;
    const pulumiRequire = createRequire(require.resolve("@pulumi/pulumi/package.json"));
    // Load the stubs through @pulumi/pulumi so message classes match the ones the pack uses.
    const analyzerPb = pulumiRequire("./proto/analyzer_pb") as typeof AnalyzerPb;
    const { EnforcementLevel, PolicySeverity } = analyzerPb;
    loadedProtocol = {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
        grpc: require("@grpc/grpc-js") as typeof Grpc,
        analyzerPb,
        analyzerGrpc: pulumiRequire("./proto/analyzer_grpc_pb") as typeof AnalyzerGrpc,
        engineGrpc: pulumiRequire("./proto/engine_grpc_pb") as typeof EngineGrpc,
        structPb: pulumiRequire("google-protobuf/google/protobuf/struct_pb") as typeof StructPb,
        emptyPb: pulumiRequire("google-protobuf/google/protobuf/empty_pb") as typeof EmptyPb,
        levelNames: {
            [EnforcementLevel.ADVISORY]: "advisory",
            [EnforcementLevel.MANDATORY]: "mandatory",
            [EnforcementLevel.DISABLED]: "disabled",
            [EnforcementLevel.REMEDIATE]: "remediate",
        },
        levelCodes: {
            advisory: EnforcementLevel.ADVISORY,
            mandatory: EnforcementLevel.MANDATORY,
            disabled: EnforcementLevel.DISABLED,
            remediate: EnforcementLevel.REMEDIATE,
        },
        severityNames: {
            [PolicySeverity.POLICY_SEVERITY_LOW]: "low",
            [PolicySeverity.POLICY_SEVERITY_MEDIUM]: "medium",
            [PolicySeverity.POLICY_SEVERITY_HIGH]: "high",
            [PolicySeverity.POLICY_SEVERITY_CRITICAL]: "critical",
        },
    };
    return loadedProtocol;
}

/** A resource as sent to the pack: props in the engine's encoding (unknowns as sentinel strings). */
export interface WireResource {
    /** The resource's Pulumi type token, e.g. `aws:s3/bucket:Bucket`. */
    readonly type: string;
    /** The resource's URN. */
    readonly urn: string;
    /** The resource's logical name. */
    readonly name: string;
    /** Input properties, unknowns as the engine's sentinel strings. */
    readonly props: Record<string, unknown>;
    /** URN of the parent resource, if any. */
    readonly parent?: string;
    /** URNs of the resources this one depends on. */
    readonly dependencies?: readonly string[];
    /** Property name → URNs of the resources that property's value came from. */
    readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
    /** The resource's provider: its type, URN, name and inputs. */
    readonly provider?: { type: string; urn: string; name: string; props: Record<string, unknown> };
}

/** One policy as the pack describes it in GetAnalyzerInfo. */
export interface PolicyInfo {
    /** The policy name (our rule id). */
    readonly name: string;
    /** A human-readable title. */
    readonly displayName: string;
    /** What the policy checks. */
    readonly description: string;
    /** Its default enforcement level. */
    readonly enforcementLevel: Level;
    /** Its severity, when the pack states one. */
    readonly severity?: Severity;
    /** Whether it judges one resource at a time or the whole stack. */
    readonly kind: "resource" | "stack" | "unspecified";
    /** JSON schema of its config properties, when it takes any. */
    readonly configSchema?: { properties: Record<string, unknown>; required: string[] };
    /** Free-form tags (Pulumi Cloud groups policies by them). */
    readonly tags: string[];
    /** How to fix a violation, in plain language. */
    readonly remediationSteps: string;
    /** The compliance framework it belongs to, when the pack states one. */
    readonly framework?: { name: string; version: string; reference: string };
}

/** The pack's answer to GetAnalyzerInfo: its identity and every policy it serves. */
export interface AnalyzerInfo {
    /** The pack name (from its PolicyPack). */
    readonly name: string;
    /** The pack version (from the `package.json` in its directory). */
    readonly version: string;
    /** A human-readable pack name. */
    readonly displayName: string;
    /** Whether the pack accepts a Configure call. */
    readonly supportsConfig: boolean;
    /** Every policy the pack serves. */
    readonly policies: PolicyInfo[];
}

/** A diagnostic received over the protocol; the URN is filled in for resource diagnostics. */
export type WireDiagnostic = EngineDiagnostic;

/** The answer to one Analyze or AnalyzeStack call. */
export interface AnalyzeResult {
    /** Violations and notes the policies reported. */
    readonly diagnostics: WireDiagnostic[];
    /** Policies that did not apply, with the reason each gave. */
    readonly notApplicable: { policyName: string; reason: string }[];
}

/** One policy's answer to a Remediate call. */
export interface WireRemediation {
    /** The policy that remediated. */
    readonly policyName: string;
    /** The resource's new inputs, when the policy changed them. */
    readonly properties?: Record<string, unknown>;
    /** Why the remediation could not run, when it could not. */
    readonly diagnostic?: string;
}

/** Config per policy, as a `--policy-pack-config` document resolves to. */
export type WirePolicyConfig = Readonly<Record<string, { enforcementLevel: Level; properties?: Record<string, unknown> }>>;

/** Options of `launchPolicyPack`. */
export interface LaunchOptions {
    /** How long to wait for the pack to print its port (default 60 s). */
    readonly startTimeoutMs?: number;
    /** Deadline of each call (default 60 s). */
    readonly callTimeoutMs?: number;
    /** Environment variables added to the pack process's (e.g. GUARDRAILS_EXEMPTIONS). */
    readonly env?: Readonly<Record<string, string>>;
}

/** A running policy pack and a client for it. Always `stop()` it (also on errors). */
export interface RunningPack {
    /** The port the pack printed and listens on. */
    readonly port: number;
    /** Messages the pack logged to the engine (its Log calls). */
    readonly engineLogs: string[];
    /** Everything the pack wrote to stderr so far. */
    stderr(): string;
    /** GetPluginInfo: the version of the policy runtime. */
    getPluginInfo(): Promise<{ version: string }>;
    /** GetAnalyzerInfo: the pack's name, version and policies. */
    getAnalyzerInfo(): Promise<AnalyzerInfo>;
    /** Configure: replaces the whole config (levels and properties of every policy). */
    configure(config: WirePolicyConfig): Promise<void>;
    /** Analyze: runs the resource policies on one resource. */
    analyze(resource: WireResource): Promise<AnalyzeResult>;
    /** AnalyzeStack: runs the stack policies on every resource of a stack. */
    analyzeStack(resources: readonly WireResource[]): Promise<AnalyzeResult>;
    /** Remediate: runs the remediations of policies at level `remediate` on one resource. */
    remediate(resource: WireResource): Promise<WireRemediation[]>;
    /** Stops the pack by signalling its process group; resolves once it has exited. */
    stop(): Promise<void>;
}

/** Thrown when a pack cannot be launched or a call fails; carries the pack's stderr. */
export class PolicyPackHostError extends Error {
    constructor(
        message: string,
        /** What the pack wrote to stderr before the failure. */
        readonly stderr = "",
    ) {
        super(stderr.trim() ? `${message}\n--- policy pack stderr ---\n${stderr.trim()}` : message);
        this.name = "PolicyPackHostError";
    }
}

/** Struct from plain data: undefined fields dropped, as the engine never sends them. */
function toStruct(value: Record<string, unknown>) {
    return protocol().structPb.Struct.fromJavaScript(JSON.parse(JSON.stringify(value ?? {})));
}

function resourceOptions() {
    const { analyzerPb } = protocol();
    const options = new analyzerPb.AnalyzerResourceOptions();
    options.setCustomtimeouts(new analyzerPb.AnalyzerResourceOptions.CustomTimeouts());
    return options;
}

function providerOf(resource: WireResource) {
    if (!resource.provider) return undefined;
    const provider = new (protocol().analyzerPb.AnalyzerProviderResource)();
    provider.setType(resource.provider.type);
    provider.setUrn(resource.provider.urn);
    provider.setName(resource.provider.name);
    provider.setProperties(toStruct(resource.provider.props));
    return provider;
}

function analyzeRequest(resource: WireResource) {
    const request = new (protocol().analyzerPb.AnalyzeRequest)();
    request.setType(resource.type);
    request.setUrn(resource.urn);
    request.setName(resource.name);
    request.setProperties(toStruct(resource.props));
    request.setOptions(resourceOptions());
    const provider = providerOf(resource);
    if (provider) request.setProvider(provider);
    return request;
}

function stackResource(resource: WireResource) {
    const { analyzerPb } = protocol();
    const r = new analyzerPb.AnalyzerResource();
    r.setType(resource.type);
    r.setUrn(resource.urn);
    r.setName(resource.name);
    r.setProperties(toStruct(resource.props));
    r.setOptions(resourceOptions());
    if (resource.parent) r.setParent(resource.parent);
    r.setDependenciesList([...(resource.dependencies ?? [])]);
    const deps = r.getPropertydependenciesMap();
    for (const [key, urns] of Object.entries(resource.propertyDependencies ?? {})) {
        const d = new analyzerPb.AnalyzerPropertyDependencies();
        d.setUrnsList([...urns]);
        deps.set(key, d);
    }
    const provider = providerOf(resource);
    if (provider) r.setProvider(provider);
    return r;
}

/** `subjectUrn`: a resource diagnostic without a URN is about the analyzed resource, as the engine reads it. */
function toAnalyzeResult(response: InstanceType<typeof AnalyzerPb.AnalyzeResponse>, subjectUrn = ""): AnalyzeResult {
    const { levelNames, severityNames } = protocol();
    return {
        diagnostics: response.getDiagnosticsList().map((d) => ({
            policyName: d.getPolicyname(),
            policyPackName: d.getPolicypackname(),
            policyPackVersion: d.getPolicypackversion(),
            description: d.getDescription(),
            message: d.getMessage(),
            enforcementLevel: levelNames[d.getEnforcementlevel()] ?? "advisory",
            urn: d.getUrn() || subjectUrn,
            severity: severityNames[d.getSeverity()],
        })),
        notApplicable: response.getNotApplicableList().map((n) => ({ policyName: n.getPolicyName(), reason: n.getReason() })),
    };
}

/** Starts a stand-in Engine gRPC endpoint that records log calls. */
async function startEngineEndpoint(logs: string[]): Promise<{ address: string; server: Grpc.Server }> {
    const { grpc, engineGrpc, emptyPb } = protocol();
    const server = new grpc.Server();
    server.addService(engineGrpc.EngineService, {
        log: (call: Grpc.ServerUnaryCall<{ getMessage(): string }, unknown>, callback: Grpc.sendUnaryData<unknown>) => {
            logs.push(call.request.getMessage());
            callback(null, new emptyPb.Empty());
        },
    } as unknown as Grpc.UntypedServiceImplementation);
    const port = await new Promise<number>((resolve, reject) =>
        server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
    );
    return { address: `127.0.0.1:${port}`, server };
}

function runnerPath(packDir: string): string {
    try {
        const pulumiPkg = require.resolve("@pulumi/pulumi/package.json", { paths: [packDir] });
        return path.join(path.dirname(pulumiPkg), "cmd", "run-policy-pack");
    } catch {
        throw new PolicyPackHostError(`${packDir}: @pulumi/pulumi is not installed there; run npm install in the pack directory.`);
    }
}

function waitForPort(child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<number> {
    return new Promise((resolve, reject) => {
        let buffered = "";
        const timer = setTimeout(() => fail(`policy pack did not print its port within ${timeoutMs} ms`), timeoutMs);
        const cleanup = () => {
            clearTimeout(timer);
            child.stdout?.off("data", onData);
            child.off("exit", onExit);
        };
        const fail = (message: string) => {
            cleanup();
            reject(new PolicyPackHostError(message, stderr()));
        };
        const onData = (chunk: Buffer) => {
            buffered += chunk.toString("utf8");
            const newline = buffered.indexOf("\n");
            if (newline < 0) return;
            const line = buffered.slice(0, newline).trim();
            cleanup();
            const port = Number(line);
            if (Number.isInteger(port) && port > 0) resolve(port);
            else reject(new PolicyPackHostError(`policy pack printed "${line.slice(0, 80)}" where its port was expected (a console.log at load time breaks the handshake)`, stderr()));
        };
        const onExit = (code: number | null, signal: string | null) => fail(`policy pack exited before printing its port (code ${code}, signal ${signal})`);
        child.stdout?.on("data", onData);
        child.on("exit", onExit);
    });
}

function stopProcess(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
        const kill = (signal: NodeJS.Signals) => {
            try {
                if (child.pid) process.kill(-child.pid, signal);
            } catch {
                child.kill(signal);
            }
        };
        const force = setTimeout(() => kill("SIGKILL"), 3000);
        child.once("exit", () => {
            clearTimeout(force);
            resolve();
        });
        kill("SIGTERM");
    });
}

/** Launches the policy pack in `packDir` as the Pulumi engine does and connects to it. */
export async function launchPolicyPack(packDir: string, options: LaunchOptions = {}): Promise<RunningPack> {
    const dir = path.resolve(packDir);
    const runner = runnerPath(dir);
    const { grpc, analyzerPb, analyzerGrpc, emptyPb, levelNames, levelCodes, severityNames } = protocol();
    const engineLogs: string[] = [];
    const engine = await startEngineEndpoint(engineLogs);
    let stderrText = "";
    const child = spawn(process.execPath, [runner, engine.address, "."], {
        cwd: dir,
        env: { ...process.env, ...options.env },
        detached: true, // its own process group, so stop() reaches everything it started
        stdio: ["ignore", "pipe", "pipe"],
    });
    child.stderr?.on("data", (chunk: Buffer) => (stderrText += chunk.toString("utf8")));
    const stderr = () => stderrText;

    const connection: { client?: InstanceType<typeof AnalyzerGrpc.AnalyzerClient> } = {};
    const stop = async () => {
        connection.client?.close();
        await stopProcess(child);
        engine.server.forceShutdown();
    };

    let port: number;
    try {
        port = await waitForPort(child, options.startTimeoutMs ?? 60_000, stderr);
    } catch (e) {
        await stop();
        throw e;
    }
    const connected = new analyzerGrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
        "grpc.max_receive_message_length": 400 * 1024 * 1024,
    });
    connection.client = connected;
    const callTimeoutMs = options.callTimeoutMs ?? 60_000;

    /** Calls a unary method with a deadline, turning gRPC errors into host errors with stderr. */
    function call<Req, Res>(method: string, request: Req): Promise<Res> {
        return new Promise((resolve, reject) => {
            const fn = (connected as unknown as Record<string, (r: Req, m: Grpc.Metadata, o: Grpc.CallOptions, cb: (e: Grpc.ServiceError | null, r: Res) => void) => void>)[method];
            fn.call(connected, request, new grpc.Metadata(), { deadline: Date.now() + callTimeoutMs }, (err, response) => {
                if (err) reject(new PolicyPackHostError(`${method} failed: ${err.details || err.message}`, stderr()));
                else resolve(response);
            });
        });
    }

    return {
        port,
        engineLogs,
        stderr,
        stop,
        async getPluginInfo() {
            const info = await call<unknown, { getVersion(): string }>("getPluginInfo", new emptyPb.Empty());
            return { version: info.getVersion() };
        },
        async getAnalyzerInfo() {
            const info = await call<unknown, InstanceType<typeof AnalyzerPb.AnalyzerInfo>>("getAnalyzerInfo", new emptyPb.Empty());
            return {
                name: info.getName(),
                version: info.getVersion(),
                displayName: info.getDisplayname(),
                supportsConfig: info.getSupportsconfig(),
                policies: info.getPoliciesList().map((p) => {
                    const schema = p.getConfigschema();
                    const framework = p.getFramework();
                    const type = p.getPolicyType();
                    return {
                        name: p.getName(),
                        displayName: p.getDisplayname(),
                        description: p.getDescription(),
                        enforcementLevel: levelNames[p.getEnforcementlevel()] ?? "advisory",
                        severity: severityNames[p.getSeverity()],
                        kind: type === analyzerPb.PolicyType.POLICY_TYPE_RESOURCE ? "resource" : type === analyzerPb.PolicyType.POLICY_TYPE_STACK ? "stack" : "unspecified",
                        configSchema: schema ? { properties: schema.getProperties()?.toJavaScript() ?? {}, required: schema.getRequiredList() } : undefined,
                        tags: p.getTagsList(),
                        remediationSteps: p.getRemediationSteps(),
                        framework: framework ? { name: framework.getName(), version: framework.getVersion(), reference: framework.getReference() } : undefined,
                    } satisfies PolicyInfo;
                }),
            };
        },
        async configure(config) {
            const request = new analyzerPb.ConfigureAnalyzerRequest();
            const map = request.getPolicyconfigMap();
            for (const [name, entry] of Object.entries(config)) {
                const c = new analyzerPb.PolicyConfig();
                c.setEnforcementlevel(levelCodes[entry.enforcementLevel]);
                c.setProperties(toStruct(entry.properties ?? {}));
                map.set(name, c);
            }
            await call("configure", request);
        },
        async analyze(resource) {
            return toAnalyzeResult(await call("analyze", analyzeRequest(resource)), resource.urn);
        },
        async analyzeStack(resources) {
            const request = new analyzerPb.AnalyzeStackRequest();
            request.setResourcesList(resources.map(stackResource));
            return toAnalyzeResult(await call("analyzeStack", request));
        },
        async remediate(resource) {
            const response = await call<unknown, InstanceType<typeof AnalyzerPb.RemediateResponse>>("remediate", analyzeRequest(resource));
            return response.getRemediationsList().map((r) => ({
                policyName: r.getPolicyname(),
                properties: r.getProperties()?.toJavaScript(),
                diagnostic: r.getDiagnostic() || undefined,
            }));
        },
    };
}
