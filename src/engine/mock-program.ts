/**
 * Runs a Pulumi program under `pulumi.runtime.setMocks` and captures every resource it
 * registers, with its inputs exactly as the engine would forward them to a policy pack:
 * unknown values as the engine's sentinel strings, secrets unwrapped but remembered.
 *
 * It records the raw RegisterResource requests by extending @pulumi/pulumi's own MockMonitor
 * (runtime/mocks.js) and installing it with runtime.setMockOptions (runtime/settings.js).
 */
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type * as PulumiSdk from "@pulumi/pulumi";
import type { ResourceUnderTest } from "./evaluate";
import type { SourceLocation } from "../result";
import { decodeProps } from "./wire";

/** Options of `runProgram`: the stack the program believes it runs in, and the mocks' answers. */
export interface ProgramOptions {
    /** The project name the program sees (default `guardrails-test`). */
    readonly project?: string;
    /** The stack name the program sees (default `test`). */
    readonly stack?: string;
    /** Run as a preview (default true): outputs of new resources are unknown, like `pulumi preview`. */
    readonly preview?: boolean;
    /** Outputs to report for a resource beyond its inputs (an ARN, an endpoint, ...). */
    readonly outputs?: (args: PulumiSdk.runtime.MockResourceArgs) => Record<string, unknown>;
    /** Results for provider function calls (`aws.getCallerIdentity()` and the like). */
    readonly call?: (args: PulumiSdk.runtime.MockCallArgs) => Record<string, unknown>;
    /** Stack configuration, as in `Pulumi.<stack>.yaml` (`"aws:region": "eu-west-1"`). */
    readonly config?: Readonly<Record<string, string>>;
    /** Config keys whose values are secret. */
    readonly secretConfigKeys?: readonly string[];
    /**
     * The directory of the `@pulumi/pulumi` package the program uses (default: the one this
     * package resolves). Mocks must be installed in the program's own copy of the SDK.
     */
    readonly pulumiPackageDir?: string;
}

/** What a program did under mocks. */
export interface ProgramResult {
    /** Every resource the program registered, in registration order (the stack itself excluded). */
    readonly resources: ResourceUnderTest[];
    /** What the program returned (its stack outputs). */
    readonly outputs: unknown;
}

interface StructLike {
    toJavaScript(): Record<string, unknown>;
}
interface RegisterRequest {
    getType(): string;
    getName(): string;
    getParent(): string;
    getCustom(): boolean;
    getProvider(): string;
    getObject(): StructLike | undefined;
    getDependenciesList(): string[];
    getPropertydependenciesMap(): { forEach(cb: (value: { getUrnsList(): string[] }, key: string) => void): void };
    /** Where the program called `new Resource(...)` (@pulumi/pulumi 3.x), when it could tell. */
    getSourceposition?(): { getUri(): string; getLine(): number; getColumn(): number } | undefined;
}
type Callback = (err: unknown, response?: { getUrn(): string }) => void;
interface MockMonitorClass {
    new (mocks: PulumiSdk.runtime.Mocks): { registerResource(req: RegisterRequest, callback: Callback): Promise<void> };
}

function toResourceUnderTest(req: RegisterRequest, urn: string): ResourceUnderTest {
    const propertyDependencies: Record<string, string[]> = {};
    req.getPropertydependenciesMap().forEach((v, k) => (propertyDependencies[k] = v.getUrnsList()));
    return {
        type: req.getType(),
        name: req.getName(),
        urn,
        ...decodeProps(req.getObject()?.toJavaScript() ?? {}),
        parent: req.getParent() || undefined,
        dependencies: req.getDependenciesList(),
        propertyDependencies,
        ...sourceOf(req),
    };
}

/** The registration's source position as a file path, line and column (nothing when absent or not a file). */
function sourceOf(req: RegisterRequest): { source?: SourceLocation } {
    const position = req.getSourceposition?.();
    if (!position || position.getLine() < 1) return {};
    let file: string;
    try {
        file = position.getUri().startsWith("file:") ? fileURLToPath(position.getUri()) : position.getUri();
    } catch {
        return {};
    }
    if (file === "") return {};
    return { source: { file, line: position.getLine(), ...(position.getColumn() > 0 ? { column: position.getColumn() } : {}) } };
}

/**
 * Links each resource to the explicit provider it names (`urn::id`), as the engine hands a
 * policy `args.provider` — so a provider's defaultTags or namespace reach the rules.
 */
function withProviders(entries: ReadonlyArray<{ resource: ResourceUnderTest; providerRef: string }>): ResourceUnderTest[] {
    const byUrn = new Map(entries.map(({ resource }) => [resource.urn, resource]));
    return entries.map(({ resource, providerRef }) => {
        const providerUrn = providerRef ? providerRef.slice(0, providerRef.lastIndexOf("::")) : "";
        const provider = byUrn.get(providerUrn);
        return provider ? { ...resource, provider: { type: provider.type, urn: provider.urn, name: provider.name, props: provider.props } } : resource;
    });
}

/**
 * Runs `program` (the body of a Pulumi program) under mocks and returns what it registered.
 * No Pulumi CLI, engine or cloud credentials are involved.
 */
export async function runProgram(program: () => unknown, options: ProgramOptions = {}): Promise<ProgramResult> {
    const project = options.project ?? "guardrails-test";
    const stack = options.stack ?? "test";
    const preview = options.preview ?? true;

    const sdkDir = options.pulumiPackageDir ?? path.dirname(require.resolve("@pulumi/pulumi/package.json"));
    const sdkRequire = createRequire(path.join(sdkDir, "package.json"));
    const pulumi = sdkRequire("./index.js") as typeof PulumiSdk;
    const mocks: PulumiSdk.runtime.Mocks = {
        newResource: (args) => ({
            // In a preview, a new resource's ID is unknown; an empty ID makes the SDK treat it so.
            id: preview ? undefined : `${args.name}-id`,
            state: { ...args.inputs, ...(options.outputs?.(args) ?? {}) },
        }),
        call: (args) => options.call?.(args) ?? {},
    };

    pulumi.runtime.setAllConfig({ ...(options.config ?? {}) }, [...(options.secretConfigKeys ?? [])]);

    // Internal module, not in the package's typings.
    const { MockMonitor } = sdkRequire("./runtime/mocks") as { MockMonitor: MockMonitorClass };
    // Resources are recorded in the order the program registers them; the URN arrives with the response.
    const registered: Array<{ request: RegisterRequest; urn?: string }> = [];
    class RecordingMonitor extends MockMonitor {
        override async registerResource(req: RegisterRequest, callback: Callback): Promise<void> {
            const entry: { request: RegisterRequest; urn?: string } = { request: req };
            if (req.getType() !== "pulumi:pulumi:Stack") registered.push(entry);
            return super.registerResource(req, (err, response) => {
                if (!err && response) entry.urn = response.getUrn();
                callback(err, response);
            });
        }
    }

    await pulumi.runtime.setMocks(mocks, project, stack, preview);
    pulumi.runtime.setMockOptions(new RecordingMonitor(mocks), project, stack, preview);
    let outputs: unknown;
    let failure: { error: unknown } | undefined;
    try {
        outputs = await pulumi.runtime.runInPulumiStack(async () => program());
    } catch (error) {
        failure = { error };
    }
    // Registrations finish after the program body returns (or fails): wait for every
    // outstanding RPC, so nothing of this run settles later.
    try {
        await pulumi.runtime.disconnect();
    } catch (error) {
        failure ??= { error };
    }
    if (failure) throw failure.error;
    const resources = withProviders(registered.flatMap(({ request, urn }) => (urn ? [{ resource: toResourceUnderTest(request, urn), providerRef: request.getProvider() }] : [])));
    return { resources, outputs };
}
