/**
 * Our analyzer server against @pulumi/policy's, request by request: the same pack is launched
 * twice as the engine launches it (once per server, chosen by GUARDRAILS_ANALYZER_SERVER) and
 * every answer must be the same — GetPluginInfo, GetAnalyzerInfo, Configure (good and bad),
 * Analyze diagnostics and not-applicable sets, AnalyzeStack, Remediate — on every rule's
 * examples, their preview (unknown) and secret variants, a seeded random corpus, assets and
 * malformed requests. A failure names the first request whose answers differ.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import fc from "fast-check";
import type * as Grpc from "@grpc/grpc-js";
import type * as AnalyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as AnalyzerGrpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as StructPb from "google-protobuf/google/protobuf/struct_pb";
import type * as EmptyPb from "google-protobuf/google/protobuf/empty_pb";
import { encodeProps, engineConfig, launchPolicyPack, SECRET_SIG, SIG_KEY, UNKNOWN_SENTINELS, type AnalyzerInfo, type RunningPack, type WirePolicyConfig } from "../src/engine";
import type { ResourceUnderTest } from "../src/engine/evaluate";
import { mockResource } from "../src/testing";
import { allRules } from "../packs";
import { resourcesFor, SEED } from "./fuzz";
import { repoRoot } from "./support";

jest.setTimeout(240_000);

const pulumiRequire = createRequire(require.resolve("@pulumi/pulumi/package.json"));
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the host's gRPC library
const grpc = require("@grpc/grpc-js") as typeof Grpc;
const pb = pulumiRequire("./proto/analyzer_pb") as typeof AnalyzerPb;
const rpc = pulumiRequire("./proto/analyzer_grpc_pb") as typeof AnalyzerGrpc;
const { Struct } = pulumiRequire("google-protobuf/google/protobuf/struct_pb") as typeof StructPb;
const { Empty } = pulumiRequire("google-protobuf/google/protobuf/empty_pb") as typeof EmptyPb;

const ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
const ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";
const REFERENCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";

/** A resource as a request carries it; `options: false` / `properties: false` leave those out. */
interface WireLike {
    readonly type: string;
    readonly urn: string;
    readonly name: string;
    readonly props: Record<string, unknown>;
    readonly provider?: { type: string; urn: string; name: string; props: Record<string, unknown> };
    readonly parent?: string;
    readonly dependencies?: readonly string[];
    readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
    readonly options?: false;
    readonly properties?: false;
}

// The engine never sends undefined or NaN: plain JSON, as the protocol host sends.
const struct = (value: unknown) => Struct.fromJavaScript(JSON.parse(JSON.stringify(value ?? {})) as never);

function options(): AnalyzerPb.AnalyzerResourceOptions {
    const o = new pb.AnalyzerResourceOptions();
    o.setCustomtimeouts(new pb.AnalyzerResourceOptions.CustomTimeouts());
    o.setIgnorechangesList(["tags"]);
    o.setProtect(true);
    return o;
}

function fill<T extends AnalyzerPb.AnalyzeRequest | AnalyzerPb.AnalyzerResource>(target: T, r: WireLike): T {
    target.setType(r.type);
    target.setUrn(r.urn);
    target.setName(r.name);
    if (r.properties !== false) target.setProperties(struct(r.props));
    if (r.options !== false) target.setOptions(options());
    if (r.provider) {
        const p = new pb.AnalyzerProviderResource();
        p.setType(r.provider.type);
        p.setUrn(r.provider.urn);
        p.setName(r.provider.name);
        p.setProperties(struct(r.provider.props));
        target.setProvider(p);
    }
    return target;
}

function stackResource(r: WireLike): AnalyzerPb.AnalyzerResource {
    const resource = fill(new pb.AnalyzerResource(), r);
    if (r.parent) resource.setParent(r.parent);
    resource.setDependenciesList([...(r.dependencies ?? [])]);
    for (const [key, urns] of Object.entries(r.propertyDependencies ?? {})) {
        const d = new pb.AnalyzerPropertyDependencies();
        d.setUrnsList([...urns]);
        resource.getPropertydependenciesMap().set(key, d);
    }
    return resource;
}

/** An answer reduced to what must match: sorted where order is not part of the contract; an error by its text up to the stack. */
type Answer = { readonly error: string } | { readonly ok: unknown };

const sorted = (items: unknown[]) => items.map((i) => JSON.stringify(i)).sort();

/** A raw client, so requests can be malformed on purpose and every field of an answer is seen. */
class RawClient {
    private readonly client: InstanceType<typeof AnalyzerGrpc.AnalyzerClient>;

    constructor(port: number) {
        this.client = new rpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), { "grpc.max_receive_message_length": 400 * 1024 * 1024 });
    }

    close(): void {
        this.client.close();
    }

    private call(method: string, request: unknown, reduce: (response: never) => unknown): Promise<Answer> {
        return new Promise((resolve) => {
            const fn = (this.client as unknown as Record<string, (r: unknown, m: Grpc.Metadata, o: Grpc.CallOptions, cb: (e: Grpc.ServiceError | null, r: never) => void) => void>)[method];
            fn.call(this.client, request, new grpc.Metadata(), { deadline: Date.now() + 30_000 }, (error, response) => {
                if (error) resolve({ error: `${error.code}: ${(error.details ?? "").split("\n    at ")[0]}` });
                else resolve({ ok: reduce(response) });
            });
        });
    }

    pluginInfo() {
        return this.call("getPluginInfo", new Empty(), (r: { toObject(): unknown }) => r.toObject());
    }

    analyzerInfo() {
        return this.call("getAnalyzerInfo", new Empty(), (r: AnalyzerPb.AnalyzerInfo) => r.toObject());
    }

    configure(request: AnalyzerPb.ConfigureAnalyzerRequest) {
        return this.call("configure", request, () => "configured");
    }

    configureStack(request: AnalyzerPb.AnalyzerStackConfigureRequest) {
        return this.call("configureStack", request, () => "configured");
    }

    analyze(r: WireLike) {
        return this.call("analyze", fill(new pb.AnalyzeRequest(), r), reduceAnalyze);
    }

    analyzeStack(resources: readonly WireLike[]) {
        const request = new pb.AnalyzeStackRequest();
        request.setResourcesList(resources.map(stackResource));
        return this.call("analyzeStack", request, reduceAnalyze);
    }

    remediate(r: WireLike) {
        return this.call("remediate", fill(new pb.AnalyzeRequest(), r), (response: AnalyzerPb.RemediateResponse) => ({
            // Order matters here: each remediation works on the props the previous one left.
            remediations: response.getRemediationsList().map((x) => ({ ...x.toObject(), properties: x.getProperties()?.toJavaScript() })),
            notApplicable: sorted(response.getNotApplicableList().map((n) => n.toObject())),
        }));
    }
}

function reduceAnalyze(response: AnalyzerPb.AnalyzeResponse) {
    return {
        diagnostics: sorted(response.getDiagnosticsList().map((d) => d.toObject())),
        notApplicable: sorted(response.getNotApplicableList().map((n) => n.toObject())),
    };
}

function configureRequest(config: WirePolicyConfig, broken?: { withoutProperties?: string; levelCode?: number }): AnalyzerPb.ConfigureAnalyzerRequest {
    const request = new pb.ConfigureAnalyzerRequest();
    const codes = { advisory: pb.EnforcementLevel.ADVISORY, mandatory: pb.EnforcementLevel.MANDATORY, disabled: pb.EnforcementLevel.DISABLED, remediate: pb.EnforcementLevel.REMEDIATE };
    for (const [name, entry] of Object.entries(config)) {
        const c = new pb.PolicyConfig();
        c.setEnforcementlevel(broken?.levelCode !== undefined ? broken.levelCode : codes[entry.enforcementLevel]);
        if (broken?.withoutProperties !== name) c.setProperties(struct(entry.properties ?? {}));
        request.getPolicyconfigMap().set(name, c);
    }
    return request;
}

/** The pair of servers under comparison, and the count of requests compared. */
interface Pair {
    readonly own: RawClient;
    readonly sdk: RawClient;
    compared: number;
}

/** What `answer` has that `other` lacks: list items by field, or the whole answer when the shapes differ. */
function onlyIn(answer: Answer, other: Answer): unknown {
    if (!("ok" in answer) || !("ok" in other) || typeof answer.ok !== "object" || answer.ok === null) return answer;
    const theirs = other.ok as Record<string, unknown>;
    return Object.fromEntries(
        Object.entries(answer.ok as Record<string, unknown>).map(([field, value]) => {
            const elsewhere = theirs[field];
            if (!Array.isArray(value) || !Array.isArray(elsewhere)) return [field, JSON.stringify(value) === JSON.stringify(elsewhere) ? "(same)" : value];
            const seen = new Set(elsewhere.map((v) => JSON.stringify(v)));
            return [field, value.filter((v) => !seen.has(JSON.stringify(v)))];
        }),
    );
}

/** Sends the same request to both; throws, naming the request, on the first difference. */
async function same(pair: Pair, label: string, request: unknown, send: (client: RawClient) => Promise<Answer>): Promise<Answer> {
    const [own, sdk] = await Promise.all([send(pair.own), send(pair.sdk)]);
    pair.compared++;
    if (JSON.stringify(own) !== JSON.stringify(sdk)) {
        const show = (value: unknown) => JSON.stringify(value, null, 1).slice(0, 4000);
        throw new Error(`first differing request (${label}):\n${show(request)}\n--- own server only ---\n${show(onlyIn(own, sdk))}\n--- @pulumi/policy server only ---\n${show(onlyIn(sdk, own))}`);
    }
    return own;
}

// ---------------------------------------------------------------------------------------------
// The corpus.

const wire = (r: ResourceUnderTest): WireLike => ({ type: r.type, urn: r.urn, name: r.name, props: encodeProps(r.props, r.secretPaths ?? []) });

const resourceRules = allRules.filter((r) => r.kind === "resource");
const stackRules = allRules.filter((r) => r.kind === "stack");

/** Every example's resources, per rule kind. */
function exampleResources(kind: "resource" | "stack"): WireLike[][] {
    return allRules
        .filter((rule) => rule.kind === kind)
        .flatMap((rule) => [...(rule.examples?.violating ?? []), ...(rule.examples?.compliant ?? [])])
        .map((example) => example.resources.map((r) => wire(mockResource.untyped(r.type, { ...(r.props as Record<string, unknown>) }, { name: r.name }))));
}

function sentinelFor(value: unknown): string {
    if (Array.isArray(value)) return UNKNOWN_SENTINELS.array;
    if (typeof value === "boolean") return UNKNOWN_SENTINELS.boolean;
    if (typeof value === "number") return UNKNOWN_SENTINELS.number;
    if (value !== null && typeof value === "object") return UNKNOWN_SENTINELS.object;
    return UNKNOWN_SENTINELS.string;
}

/** During preview: every top-level input unknown. */
const previewVariant = (r: WireLike): WireLike => ({ ...r, props: Object.fromEntries(Object.entries(r.props).map(([k, v]) => [k, sentinelFor(v)])) });

/** Every top-level input secret. */
const secretVariant = (r: WireLike): WireLike => ({ ...r, props: Object.fromEntries(Object.entries(r.props).map(([k, v]) => [k, { [SIG_KEY]: SECRET_SIG, value: v }])) });

/** Seeded random resources (fuzz.ts): wrong types, nulls, nesting, unknowns, secrets. */
function randomResources(rules: typeof allRules, perRule: number): WireLike[][] {
    return rules.flatMap((rule, i) => fc.sample(resourcesFor(rule), { seed: SEED + i, numRuns: perRule }).map((list) => list.map(wire)));
}

/** Stack links: each resource the child of the one before, depending on the first. */
function linked(resources: readonly WireLike[]): WireLike[] {
    return resources.map((r, i) => ({
        ...r,
        parent: i > 0 ? resources[i - 1].urn : undefined,
        dependencies: i > 0 ? [resources[0].urn, "urn:pulumi:test::p::missing::gone"] : [],
        propertyDependencies: i > 0 ? { tags: [resources[0].urn] } : ({} as Record<string, string[]>),
    }));
}

const provider = { type: "pulumi:providers:aws", urn: "urn:pulumi:test::p::pulumi:providers:aws::default", name: "default", props: { region: "eu-west-1", secretKey: { [SIG_KEY]: SECRET_SIG, value: "provider-secret-canary" } } };

/** Assets, archives, a provider, and requests the SDK refuses. */
const specialResources: WireLike[] = [
    {
        type: "aws:lambda/function:Function",
        urn: "urn:pulumi:test::p::aws:lambda/function:Function::fn",
        name: "fn",
        props: {
            runtime: "nodejs14.x",
            code: { [SIG_KEY]: ARCHIVE_SIG, assets: { "index.js": { [SIG_KEY]: ASSET_SIG, text: "exports.handler = 1" }, lib: { [SIG_KEY]: ARCHIVE_SIG, path: "./lib" } } },
            layers: [{ [SIG_KEY]: ARCHIVE_SIG, uri: "https://example.com/layer.zip" }],
            environment: { variables: { TOKEN: { [SIG_KEY]: SECRET_SIG, value: "lambda-secret-canary" } } },
        },
        provider,
    },
    {
        type: "aws:s3/bucketObject:BucketObject",
        urn: "urn:pulumi:test::p::aws:s3/bucketObject:BucketObject::o",
        name: "o",
        props: { bucket: "assets", source: { [SIG_KEY]: ASSET_SIG, path: "./index.html" }, content: { [SIG_KEY]: ASSET_SIG, uri: "https://example.com/x" } },
    },
    { type: "aws:s3/bucket:Bucket", urn: "urn:pulumi:test::p::aws:s3/bucket:Bucket::ref", name: "ref", props: { bucket: { [SIG_KEY]: REFERENCE_SIG, urn: "urn:x", id: "b-1" } } },
    { type: "aws:s3/bucket:Bucket", urn: "urn:pulumi:test::p::aws:s3/bucket:Bucket::bad-asset", name: "bad-asset", props: { website: { [SIG_KEY]: ASSET_SIG } } },
    { type: "aws:s3/bucket:Bucket", urn: "urn:pulumi:test::p::aws:s3/bucket:Bucket::bad-archive", name: "bad-archive", props: { website: { [SIG_KEY]: ARCHIVE_SIG, assets: { x: 1 } } } },
    { type: "aws:s3/bucket:Bucket", urn: "urn:pulumi:test::p::aws:s3/bucket:Bucket::empty-secret", name: "empty-secret", props: { acl: { [SIG_KEY]: SECRET_SIG } } },
    { type: "aws:s3/bucket:Bucket", urn: "urn:pulumi:test::p::aws:s3/bucket:Bucket::no-options", name: "no-options", props: { acl: "private" }, options: false },
    { type: "aws:s3/bucket:Bucket", urn: "urn:pulumi:test::p::aws:s3/bucket:Bucket::no-props", name: "no-props", props: {}, properties: false },
    { type: "example:index:Unjudged", urn: "urn:pulumi:test::p::example:index:Unjudged::u", name: "u", props: { bucket: { [SIG_KEY]: "not-a-signature" } } },
];

// ---------------------------------------------------------------------------------------------
// Launching.

async function launchPair(dir: string): Promise<{ pair: Pair; packs: RunningPack[] }> {
    const [own, sdk] = await Promise.all([
        launchPolicyPack(dir, { env: { GUARDRAILS_ANALYZER_SERVER: "own" } }),
        launchPolicyPack(dir, { env: { GUARDRAILS_ANALYZER_SERVER: "sdk" } }),
    ]);
    return { pair: { own: new RawClient(own.port), sdk: new RawClient(sdk.port), compared: 0 }, packs: [own, sdk] };
}

async function stopPair(launched: { pair: Pair; packs: RunningPack[] } | undefined): Promise<void> {
    if (!launched) return;
    launched.pair.own.close();
    launched.pair.sdk.close();
    await Promise.all(launched.packs.map((p) => p.stop()));
}

async function configureBoth(pair: Pair, label: string, config: WirePolicyConfig): Promise<void> {
    const answer = await same(pair, `Configure ${label}`, config, (c) => c.configure(configureRequest(config)));
    expect(answer).toEqual({ ok: "configured" });
}

async function analyzeAll(pair: Pair, label: string, resources: readonly WireLike[]): Promise<void> {
    for (const r of resources) await same(pair, `Analyze ${label} ${r.urn}`, r, (c) => c.analyze(r));
}

// ---------------------------------------------------------------------------------------------

describe("the root pack under both servers", () => {
    let launched: { pair: Pair; packs: RunningPack[] } | undefined;
    let info: AnalyzerInfo;
    const examples = exampleResources("resource").flat();
    const stackExamples = exampleResources("stack");

    beforeAll(async () => {
        launched = await launchPair(repoRoot);
        info = await launched.packs[0].getAnalyzerInfo();
    });
    afterAll(() => stopPair(launched));

    const pair = () => launched?.pair as Pair;

    test("GetPluginInfo and GetAnalyzerInfo are the same, every field", async () => {
        expect(await same(pair(), "GetPluginInfo", {}, (c) => c.pluginInfo())).toEqual({ ok: { version: expect.stringMatching(/^\d+\.\d+\.\d+/) } });
        const answer = await same(pair(), "GetAnalyzerInfo", {}, (c) => c.analyzerInfo());
        expect((answer as { ok: { policiesList: unknown[] } }).ok.policiesList.length).toBe(allRules.length + 1);
    });

    test("Configure: good and bad requests get the same answers, and a refused one changes nothing", async () => {
        await configureBoth(pair(), "defaults", engineConfig(info));
        const config = engineConfig(info, { all: "mandatory" });
        const firstConfigurable = info.policies.find((p) => p.configSchema)?.name ?? info.policies[0].name;
        for (const broken of [{ withoutProperties: firstConfigurable }, { levelCode: 99 }]) {
            const answer = await same(pair(), `Configure ${JSON.stringify(broken)}`, broken, (c) => c.configure(configureRequest(config, broken)));
            expect(answer).toEqual({ error: expect.stringMatching(/^2: (TypeError: Cannot read properties of undefined|Error: Unknown enforcement level 99)/) });
        }
        // Still the defaults: advisory rules stay advisory.
        await analyzeAll(pair(), "after refused Configure", examples.slice(0, 40));
    });

    test("ConfigureStack: stack tags reach the rules alike", async () => {
        const request = new pb.AnalyzerStackConfigureRequest();
        request.setStack("prod");
        request.setProject("p");
        request.setDryRun(true);
        request.getTagsMap().set("environment", "prod").set("owner", "team-payments");
        expect(await same(pair(), "ConfigureStack", { tags: ["environment", "owner"] }, (c) => c.configureStack(request))).toEqual({ ok: "configured" });
    });

    test("Analyze: every rule example, with its preview and secret variants, at the default levels", async () => {
        await configureBoth(pair(), "defaults", engineConfig(info));
        await analyzeAll(pair(), "example", examples);
        await analyzeAll(pair(), "preview", examples.map(previewVariant));
        await analyzeAll(pair(), "secret", examples.map(secretVariant));
        await analyzeAll(pair(), "special", specialResources);
        expect(pair().compared).toBeGreaterThan(examples.length * 3);
    });

    test("Analyze: a seeded random corpus, every rule mandatory, then with wrong-typed config", async () => {
        const random = randomResources(resourceRules, 3).flat();
        await configureBoth(pair(), "all mandatory", engineConfig(info, { all: "mandatory" }));
        await analyzeAll(pair(), "example (mandatory)", examples);
        await analyzeAll(pair(), "random", random);
        const wrongTyped = fc.sample(fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.array(fc.integer(), { maxLength: 2 }), fc.constant({ x: 1 })), { seed: SEED, numRuns: 200 });
        let n = 0;
        const config: Record<string, { enforcementLevel: "mandatory"; properties: Record<string, unknown> }> = {};
        for (const p of info.policies) {
            config[p.name] = { enforcementLevel: "mandatory", properties: Object.fromEntries(Object.keys(p.configSchema?.properties ?? {}).map((k) => [k, wrongTyped[n++ % wrongTyped.length]])) };
        }
        await configureBoth(pair(), "wrong-typed properties", config);
        await analyzeAll(pair(), "example (bad config)", examples);
    });

    test("AnalyzeStack: every stack rule example, linked and unlinked, random stacks, and one stack of everything", async () => {
        await configureBoth(pair(), "all mandatory", engineConfig(info, { all: "mandatory" }));
        const stacks = [
            ...stackExamples,
            ...stackExamples.map(linked),
            ...stackExamples.map((s) => s.map(previewVariant)),
            ...stackExamples.map((s) => s.map(secretVariant)),
            ...randomResources(stackRules, 2),
            linked(examples.slice(0, 300)),
            [],
            [specialResources[0], specialResources[1]],
            [specialResources[2]],
        ];
        for (const [i, stack] of stacks.entries()) await same(pair(), `AnalyzeStack #${i}`, stack, (c) => c.analyzeStack(stack));
    });

    test("Remediate: every example and random resource, every rule at remediate; secrets come back marked", async () => {
        await configureBoth(pair(), "all remediate", engineConfig(info, { all: "remediate" }));
        // The SDK never answers a Remediate without options or with props it cannot decode; ours says why. Not compared.
        const answerable = specialResources.slice(0, 2);
        const corpus = [...examples, ...examples.map(secretVariant), ...examples.map(previewVariant), ...randomResources(resourceRules, 1).flat(), ...answerable];
        let changed = 0;
        let secretKept = 0;
        for (const r of corpus) {
            const answer = await same(pair(), `Remediate ${r.urn}`, r, (c) => c.remediate(r));
            const remediations = "ok" in answer ? (answer.ok as { remediations: Array<{ properties?: unknown }> }).remediations : [];
            changed += remediations.filter((x) => x.properties).length;
            secretKept += remediations.filter((x) => JSON.stringify(x.properties ?? {}).includes(SECRET_SIG)).length;
        }
        // Real remediations happened, and some carried secrets back as secrets.
        expect(changed).toBeGreaterThan(5);
        expect(secretKept).toBeGreaterThan(0);
    });
});

describe("a pack of odd policy shapes under both servers", () => {
    let launched: { pair: Pair; packs: RunningPack[] } | undefined;
    let dir: string;

    beforeAll(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "guardrails-dispatch-"));
        fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "odd-shapes", version: "2.3.4", main: "index.js" }));
        fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
        // Policies written straight against @pulumi/policy's types, as extraPolicies may be, beside two real rules.
        fs.writeFileSync(
            path.join(dir, "index.js"),
            `const { composePack } = require(${JSON.stringify(path.join(repoRoot, "dist", "src", "pack.js"))});
const { allRules } = require(${JSON.stringify(path.join(repoRoot, "dist", "packs", "index.js"))});
const pick = (id) => allRules.find((r) => r.id === id);
const typed = (type, fn) => Object.assign(fn, { __pulumiType: type });
composePack({
    name: "odd-shapes",
    rules: [pick("s3-no-public-acl"), pick("ec2-imdsv2-required")],
    levels: { rules: { "ec2-imdsv2-required": "remediate" } },
    extraPolicies: [
        { name: "two-validations", description: "Two checks.", enforcementLevel: "mandatory",
          validateResource: [
            (args, report) => { if (args.props.acl) report("acl set"); },
            (args, report) => { if (args.isType({ __pulumiType: "aws:s3/bucket:Bucket" })) report({ message: "object form", urn: "urn:other", severity: "low" }); },
          ] },
        { name: "remediation-only", description: "Fixes only.", enforcementLevel: "remediate",
          remediateResource: (args) => { if (args.props.acl === "public-read") { args.props.acl = "private"; return args.props; } } },
        { name: "typed-remediation", description: "Typed fix.", enforcementLevel: "remediate",
          remediateResource: typed("aws:s3/bucket:Bucket", (args) => ({ ...args.props, fixedBy: "typed", cfg: args.getConfig() })) },
        { name: "reads-config", description: "Config.", enforcementLevel: "advisory", severity: "high",
          configSchema: { properties: { limit: { type: "number", default: 3 } } },
          validateResource: (args, report) => { const c = args.getConfig(); report(JSON.stringify(c) + " " + [...args.stackTags.keys()].join(",")); } },
        { name: "reads-unknown", description: "Unknowns.", enforcementLevel: "mandatory",
          validateResource: (args) => { void args.props.bucket; void (args.provider && args.provider.props.region); } },
        { name: "throws-plainly", description: "Throws.", enforcementLevel: "advisory",
          validateResource: typed("example:index:Boom", () => { throw new Error("boom"); }) },
        { name: "says-not-applicable", description: "NA.", enforcementLevel: "advisory",
          validateResource: (args) => args.notApplicable(args.type.length > 20 ? "long type" : undefined) },
        { name: "typed-stack", description: "Typed stack.", enforcementLevel: "mandatory",
          validateStack: typed("aws:s3/bucket:Bucket", (args, report) => {
            for (const r of args.resources) report(r.name + ":" + (r.parent ? r.parent.name : "-") + ":" + r.dependencies.map((d) => d.name).join("+") + ":" + Object.keys(r.propertyDependencies).join("+") + ":" + String(r.props.bucket), r.urn);
          }) },
        { name: "stack-unknown", description: "Stack unknowns.", enforcementLevel: "advisory",
          validateStack: (args) => { for (const r of args.resources) void r.props.acl; } },
        { name: "stack-not-applicable", description: "Stack NA.", enforcementLevel: "remediate",
          validateStack: (args) => args.notApplicable("never here") },
        { name: "off", description: "Disabled.", enforcementLevel: "disabled", validateResource: (args, report) => report("never") },
    ],
});
`,
        );
        launched = await launchPair(dir);
    });
    afterAll(async () => {
        await stopPair(launched);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    const bucket = (name: string, props: Record<string, unknown>): WireLike => ({ type: "aws:s3/bucket:Bucket", urn: `urn:pulumi:test::p::aws:s3/bucket:Bucket::${name}`, name, props });
    const corpus: WireLike[] = [
        bucket("public", { bucket: "b", acl: "public-read" }),
        bucket("private", { bucket: "b", acl: "private", tags: { owner: { [SIG_KEY]: SECRET_SIG, value: "secret-owner" } } }),
        bucket("unknown", { bucket: UNKNOWN_SENTINELS.string, acl: { [SIG_KEY]: SECRET_SIG, value: "public-read" } }),
        { ...bucket("with-provider", { bucket: "b" }), provider: { ...provider, props: { region: UNKNOWN_SENTINELS.string } } },
        { type: "aws:ec2/instance:Instance", urn: "urn:pulumi:test::p::aws:ec2/instance:Instance::i", name: "i", props: { ami: "ami-1", instanceType: "t3.micro", userData: { [SIG_KEY]: SECRET_SIG, value: "ud" } } },
        { type: "example:index:Boom", urn: "urn:pulumi:test::p::example:index:Boom::b", name: "b", props: {} },
        ...specialResources,
    ];

    test("every call answers alike, under two configurations", async () => {
        const { pair } = launched as { pair: Pair };
        await same(pair, "GetAnalyzerInfo", {}, (c) => c.analyzerInfo());
        const request = new pb.AnalyzerStackConfigureRequest();
        request.getTagsMap().set("team", "payments");
        await same(pair, "ConfigureStack", {}, (c) => c.configureStack(request));
        const info = await launched?.packs[0].getAnalyzerInfo();
        for (const [label, config] of [["defaults", engineConfig(info as AnalyzerInfo)], ["none", {}]] as const) {
            await configureBoth(pair, label, config);
            await analyzeAll(pair, label, corpus);
            for (const r of corpus.slice(0, 6)) await same(pair, `Remediate ${label} ${r.urn}`, r, (c) => c.remediate(r));
            await same(pair, `AnalyzeStack ${label}`, corpus.slice(0, 6), (c) => c.analyzeStack(linked(corpus.slice(0, 6))));
            await same(pair, `AnalyzeStack ${label} no buckets`, [], (c) => c.analyzeStack([corpus[4]]));
        }
        expect(pair.compared).toBeGreaterThanOrEqual(50);
    });
});
