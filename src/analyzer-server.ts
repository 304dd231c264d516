/**
 * Our analyzer gRPC server: serves a policy pack to the Pulumi engine over the Analyzer service
 * that @pulumi/policy's server registers (same stubs, same gRPC library), answering as it does
 * (server.js `serve` 1.21: the same start-up checks and exit codes, the port as the first stdout
 * line, the same messages), with the per-request work in analyzer-dispatch.ts. Unlike the SDK's,
 * it stops gracefully on SIGTERM / SIGINT: calls under way finish before the process exits.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type * as Grpc from "@grpc/grpc-js";
import type * as AnalyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { PolicyPack, PolicyPackArgs } from "@pulumi/policy";
import { AnalyzerDispatch } from "./analyzer-dispatch";
import { analyzerInfo, encodedAnalyzeResponse, remediateResponse, type ServedPack } from "./analyzer-responses";
import { analyzerProtocol, asGrpcError, configOfRequest } from "./analyzer-wire";

/** Which server serves packs: ours, or @pulumi/policy's (`GUARDRAILS_ANALYZER_SERVER=sdk`). */
export type AnalyzerServerKind = "own" | "sdk";

/** The server chosen by GUARDRAILS_ANALYZER_SERVER (`own`, the default, or `sdk`). */
export function analyzerServerKind(env: NodeJS.ProcessEnv = process.env): AnalyzerServerKind {
    const value = env.GUARDRAILS_ANALYZER_SERVER;
    if (value === undefined || value === "" || value === "own") return "own";
    if (value === "sdk") return "sdk";
    throw new Error(`GUARDRAILS_ANALYZER_SERVER must be "own" or "sdk", not "${value}"`);
}

// The engine's rule for pack names (server.js packNameRE).
const PACK_NAME = /^[a-zA-Z0-9-_.]{1,100}$/;
// Requests as large as the SDK accepts (server.js maxRPCMessageSize: 400 MB).
const MAX_MESSAGE_BYTES = 1024 * 1024 * 400;
// How long calls under way may take to finish once the pack is asked to stop.
const SHUTDOWN_GRACE_MS = 2000;

let serving: string | undefined;

/** Stops the process with a message, as the SDK's server does for a pack it cannot serve. */
function refuse(message: string): never {
    console.error(message);
    process.exit(1);
}

/** The start-up checks of the SDK's `serve`, with its messages. */
function checkServable(name: string, args: PolicyPackArgs): void {
    if (!name || !PACK_NAME.test(name)) {
        refuse(`Invalid policy pack name "${name}". Policy pack names may only contain alphanumerics, hyphens, underscores, or periods.`);
    }
    for (const policy of args.policies ?? []) {
        if (policy.name === "all") refuse('Invalid policy name "all". "all" is a reserved name.');
        if (policy.configSchema?.properties?.enforcementLevel) refuse("enforcementLevel cannot be explicitly specified in properties.");
        if (policy.configSchema?.required?.includes("enforcementLevel")) refuse('"enforcementLevel" cannot be specified in required.');
    }
    if (serving) refuse(`Already serving policy pack '${serving}'. Only one policy pack may be defined per-process.`);
}

/** The pack version from the `package.json` in the working directory, as `PolicyPack` reads it. */
function packVersion(): string {
    const file = path.join(process.cwd(), "package.json");
    const version = (JSON.parse(fs.readFileSync(file, "utf8")) as { version?: unknown }).version;
    if (!version || version === "") throw new Error("Version must be defined in the package.json file.");
    return String(version);
}

type Callback = (error: Error | null | undefined, response?: unknown) => void;
type Call<T> = { request: T };

/** The Analyzer service's handlers over one dispatch. */
function handlers(pack: ServedPack, dispatch: AnalyzerDispatch): Grpc.UntypedServiceImplementation {
    const { pluginPb, analyzerPb, Empty, policyVersion } = analyzerProtocol();
    const answer = <T>(work: () => Promise<T>, encode: (result: T) => unknown, callback: Callback) => {
        work().then(
            (result) => {
                let response: unknown;
                try {
                    response = encode(result);
                } catch (error) {
                    callback(asGrpcError(error));
                    return;
                }
                callback(undefined, response);
            },
            (error: unknown) => callback(error instanceof Error ? error : asGrpcError(error)),
        );
    };
    const implementation = {
        getPluginInfo(_call: Call<unknown>, callback: Callback) {
            const info = new pluginPb.PluginInfo();
            info.setVersion(policyVersion);
            callback(undefined, info);
        },
        getAnalyzerInfo(_call: Call<unknown>, callback: Callback) {
            try {
                callback(undefined, analyzerInfo(pack));
            } catch (error) {
                callback(asGrpcError(error));
            }
        },
        configure(call: Call<AnalyzerPb.ConfigureAnalyzerRequest>, callback: Callback) {
            try {
                dispatch.configure(configOfRequest(call.request));
                callback(undefined, new Empty());
            } catch (error) {
                callback(asGrpcError(error));
            }
        },
        configureStack(call: Call<AnalyzerPb.AnalyzerStackConfigureRequest>, callback: Callback) {
            try {
                const tags = new Map<string, string>();
                call.request.getTagsMap().forEach((value, key) => tags.set(key, value));
                dispatch.configureStack(tags);
                callback(null, new analyzerPb.AnalyzerStackConfigureResponse());
            } catch (error) {
                callback(asGrpcError(error));
            }
        },
        analyze(call: Call<AnalyzerPb.AnalyzeRequest>, callback: Callback) {
            answer(() => dispatch.analyze(call.request), (r) => encodedAnalyzeResponse(r.diagnostics, r.notApplicable, call.request.getType()), callback);
        },
        analyzeStack(call: Call<AnalyzerPb.AnalyzeStackRequest>, callback: Callback) {
            answer(() => dispatch.analyzeStack(call.request), (r) => encodedAnalyzeResponse(r.diagnostics, r.notApplicable), callback);
        },
        remediate(call: Call<AnalyzerPb.AnalyzeRequest>, callback: Callback) {
            answer(() => dispatch.remediate(call.request), (r) => remediateResponse(r.remediations, r.notApplicable), callback);
        },
    };
    return implementation as unknown as Grpc.UntypedServiceImplementation;
}

type MethodDefinition = { responseSerialize(value: unknown): Buffer };

/**
 * The Analyzer service as the SDK registers it, except that Analyze and AnalyzeStack answers may
 * come already serialized (see encodedAnalyzeResponse). Every other method is the very same
 * definition object, so what observes it (governance's Configure seam) still sees every call.
 */
function serviceDefinition(): Grpc.ServiceDefinition {
    const base = analyzerProtocol().analyzerGrpc.AnalyzerService as unknown as Record<string, MethodDefinition>;
    const passingBytes = (method: MethodDefinition): MethodDefinition => ({
        ...method,
        responseSerialize: (value: unknown) => (Buffer.isBuffer(value) ? value : method.responseSerialize(value)),
    });
    return { ...base, analyze: passingBytes(base.analyze), analyzeStack: passingBytes(base.analyzeStack) } as unknown as Grpc.ServiceDefinition;
}

/** On SIGTERM / SIGINT: take no new calls, let those under way finish (for a short while), then exit. */
function stopGracefully(server: Grpc.Server): void {
    const stop = () => {
        const exit = () => process.exit(0);
        setTimeout(() => {
            server.forceShutdown();
            exit();
        }, SHUTDOWN_GRACE_MS).unref();
        server.tryShutdown(exit);
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
}

/**
 * Serves `args` as the policy pack `name` until the process is stopped; prints the port as the
 * first line on stdout. Returns what `new PolicyPack(name, args)` holds (its name and policies).
 */
export function serveAnalyzer(name: string, args: PolicyPackArgs): PolicyPack {
    const version = packVersion();
    checkServable(name, args);
    serving = name;
    const pack: ServedPack = { name, version, enforcementLevel: args.enforcementLevel || "advisory", args };
    const dispatch = new AnalyzerDispatch(pack, args.policies ?? []);
    const { grpc } = analyzerProtocol();
    const server = new grpc.Server({ "grpc.max_receive_message_length": MAX_MESSAGE_BYTES });
    server.addService(serviceDefinition(), handlers(pack, dispatch));
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, port) => {
        if (error) refuse(String(error));
        // A string, so that Node does not colour the number: the engine reads this line.
        console.log(port.toString());
    });
    stopGracefully(server);
    return { name, policies: args.policies } as unknown as PolicyPack;
}
