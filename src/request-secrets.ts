/**
 * The secret marks that come with a request to judge a resource (or a stack), wherever the
 * request comes from:
 * - the in-process evaluator attaches a look-up to the arguments it builds;
 * - our own analyzer server (analyzer-dispatch.ts) reads them off the request's raw properties
 *   and attaches them the same way;
 * - under @pulumi/policy's server (GUARDRAILS_ANALYZER_SERVER=sdk), which unwraps secrets before
 *   any policy runs, the analyzer's handlers are observed as the service is added to the gRPC
 *   server: each request's marks are read off its raw properties and held, by URN, while the
 *   request is served.
 */
import { createRequire } from "node:module";
import { secretMarksOfEncoded, type SecretMarks, type SecretMarksLookup } from "./secrets";

/** Where the in-process evaluator attaches a request's secret marks to the policy arguments. */
export const SECRET_MARKS = Symbol.for("pulumi-guardrails.secret-marks");

type Held = Map<string, { marks: SecretMarks; holds: number }>;
const heldForResources: Held = new Map();
const heldForStacks: Held = new Map();

const lookupIn = (held: Held): SecretMarksLookup => (urn) => held.get(urn)?.marks;
const fromResourceRequests = lookupIn(heldForResources);
const fromStackRequests = lookupIn(heldForStacks);

/** The marks that came with these policy arguments. */
export function secretMarksOf(args: object, kind: "resource" | "stack"): SecretMarksLookup {
    const attached = (args as { [SECRET_MARKS]?: SecretMarksLookup })[SECRET_MARKS];
    return attached ?? (kind === "stack" ? fromStackRequests : fromResourceRequests);
}

/** A request's marks as a look-up; for a URN given twice the first entry counts, as when held. */
export function requestMarks(entries: ReadonlyArray<readonly [string, SecretMarks]>): SecretMarksLookup {
    const byUrn = new Map<string, SecretMarks>();
    for (const [urn, marks] of entries) if (!byUrn.has(urn)) byUrn.set(urn, marks);
    return (urn) => byUrn.get(urn);
}

/** The marks of props in the engine's encoding (a request's Struct as plain JavaScript). */
export function marksOfEncoded(raw: unknown): SecretMarks {
    return secretMarksOfEncoded(raw);
}

/** Holds marks by URN until the returned release is called (requests for one URN may overlap). */
function hold(held: Held, entries: ReadonlyArray<readonly [string, SecretMarks]>): () => void {
    for (const [urn, marks] of entries) {
        const current = held.get(urn);
        if (current) current.holds++;
        else held.set(urn, { marks, holds: 1 });
    }
    let released = false;
    return () => {
        if (released) return;
        released = true;
        for (const [urn] of entries) {
            const current = held.get(urn);
            if (current && --current.holds === 0) held.delete(urn);
        }
    };
}

interface WireResource {
    getUrn(): string;
    getProperties(): { toJavaScript(): Record<string, unknown> } | undefined;
    getProvider?(): WireResource | undefined;
}
interface AnalyzeStackRequest {
    getResourcesList(): WireResource[];
}

function marksOf(resource: WireResource | undefined): Array<readonly [string, SecretMarks]> {
    if (!resource) return [];
    const own: Array<readonly [string, SecretMarks]> = [[resource.getUrn(), marksOfEncoded(resource.getProperties()?.toJavaScript() ?? {})]];
    return [...own, ...marksOf(resource.getProvider?.())];
}

type Handler = (this: unknown, call: { request: unknown }, callback: (...results: unknown[]) => void) => unknown;

function observed(handler: Handler, held: Held, entriesOf: (request: unknown) => Array<readonly [string, SecretMarks]>): Handler {
    return function (this: unknown, call, callback) {
        const release = hold(held, entriesOf(call.request));
        try {
            const result = handler.call(this, call, (...results: unknown[]) => {
                release();
                callback(...results);
            });
            if (result instanceof Promise) result.then(release, release);
            return result;
        } catch (error) {
            release();
            throw error;
        }
    };
}

let observing = false;

/**
 * Reads secret marks off every Analyze, AnalyzeStack and Remediate request the pack's server
 * receives. Call before the PolicyPack is constructed; calling again does nothing.
 */
export function observeRequestSecrets(): void {
    if (observing) return;
    observing = true;
    const policyRequire = createRequire(require.resolve("@pulumi/policy/package.json"));
    const grpc = policyRequire("@grpc/grpc-js") as { Server: { prototype: { addService(service: unknown, impl: Record<string, unknown>): void } } };
    const proto = grpc.Server.prototype;
    const original = proto.addService;
    proto.addService = function (service: unknown, implementation: Record<string, unknown>) {
        const wrapped = { ...implementation };
        for (const name of ["analyze", "remediate"] as const) {
            const handler = implementation[name];
            if (typeof handler === "function") wrapped[name] = observed(handler as Handler, heldForResources, (r) => marksOf(r as WireResource));
        }
        const stack = implementation.analyzeStack;
        if (typeof stack === "function") {
            wrapped.analyzeStack = observed(stack as Handler, heldForStacks, (r) => (r as AnalyzeStackRequest).getResourcesList().flatMap(marksOf));
        }
        return original.call(this, service, wrapped);
    };
}
