/**
 * Turns the documents `guardrails check` accepts into resources to evaluate:
 * - a `pulumi stack export` (version 3): resource rules see inputs, stack rules see outputs;
 * - `pulumi preview --json` output: each step's new state (deletions skipped);
 * - a JSON array of `{ type, name?, urn?, props }`;
 * - Terraform state (format version 4): its AWS resources as Pulumi AWS resources (terraform-state.ts).
 */
import { parseSourcePosition } from "./source-position";
import type { ResourceUnderTest } from "../evaluate";
import { decodeProps } from "../wire";
import { InputError } from "../errors";
import { previewSchema, resourceListSchema, schemaProblem, stackExportSchema } from "./schemas";
import { oneStepPerUrn, refuseRepeatedStateUrns } from "./unique-urns";
import { fromTerraformState, isTerraformState } from "./terraform-state";

/** The kinds of input `guardrails check` recognises: a stack export, preview JSON, or a plain resource list. */
export type InputKind = "stack-export" | "preview" | "resources" | "terraform-state";

/** An input file turned into resources to check. */
export interface LoadedInput {
    /** Which kind of input the file was. */
    readonly kind: InputKind;
    /** The resources it describes. */
    readonly resources: ResourceUnderTest[];
    /** What the file holds that is not judged, one sentence each (Terraform state: other providers, unmapped types). */
    readonly notices?: readonly string[];
}

interface StateResource {
    urn: string;
    type: string;
    id?: string;
    delete?: boolean;
    inputs?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
    parent?: string;
    provider?: string;
    dependencies?: string[];
    propertyDependencies?: Record<string, string[]>;
    /** Where the program registered it: `project:///index.ts#8,14` (see source-position.ts). */
    sourcePosition?: string;
}

const SKIPPED_TYPES = new Set(["pulumi:pulumi:Stack"]);

/** A URN's last segment: the resource's logical name. */
export function nameFromUrn(urn: string): string {
    const index = urn.lastIndexOf("::");
    return index >= 0 ? urn.slice(index + 2) : urn;
}

/** `urn:…::pulumi:providers:aws::default::<id>` → the provider's URN. */
function providerUrn(reference: string): string {
    const index = reference.lastIndexOf("::");
    return index >= 0 ? reference.slice(0, index) : reference;
}

function providerOf(state: StateResource): NonNullable<ResourceUnderTest["provider"]> {
    const { props, secretPaths, unreadablePaths } = decodeProps(state.inputs ?? {});
    return { type: state.type, urn: state.urn, name: nameFromUrn(state.urn), props, secretPaths, unreadablePaths };
}

function fromStateResources(states: readonly StateResource[], useOutputsForStack: boolean): ResourceUnderTest[] {
    const live = states.filter((s) => !s.delete && !SKIPPED_TYPES.has(s.type));
    const byUrn = new Map(live.map((s) => [s.urn, s]));
    // Decoded once per provider: resources share their provider's object (and its props).
    const providers = new Map<string, NonNullable<ResourceUnderTest["provider"]>>();
    const decodedProvider = (providerState: StateResource) => {
        let provider = providers.get(providerState.urn);
        if (!provider) providers.set(providerState.urn, (provider = providerOf(providerState)));
        return provider;
    };
    return live.map((state) => {
        const inputs = decodeProps(state.inputs ?? {});
        const outputs = useOutputsForStack && state.outputs ? decodeProps(state.outputs) : undefined;
        const providerState = state.provider ? byUrn.get(providerUrn(state.provider)) : undefined;
        return {
            type: state.type,
            urn: state.urn,
            name: nameFromUrn(state.urn),
            props: inputs.props,
            outputs: outputs?.props,
            secretPaths: inputs.secretPaths,
            unreadablePaths: inputs.unreadablePaths,
            outputSecretPaths: outputs?.secretPaths,
            outputUnreadablePaths: outputs?.unreadablePaths,
            parent: state.parent,
            dependencies: state.dependencies,
            propertyDependencies: state.propertyDependencies,
            provider: providerState ? decodedProvider(providerState) : undefined,
            source: parseSourcePosition(state.sourcePosition),
        } satisfies ResourceUnderTest;
    });
}

function fromStackExport(file: string, doc: Record<string, unknown>): ResourceUnderTest[] {
    if (doc.version !== 3) {
        throw new InputError(file, `stack export version ${JSON.stringify(doc.version)} is not supported; expected version 3 (from \`pulumi stack export\`)`);
    }
    const problem = schemaProblem(stackExportSchema, doc);
    if (problem) throw new InputError(file, `not a valid stack export: ${problem}`);
    const deployment = doc.deployment as { resources?: StateResource[] };
    refuseRepeatedStateUrns(file, deployment.resources ?? []);
    return fromStateResources(deployment.resources ?? [], true);
}

function fromPreview(file: string, doc: Record<string, unknown>): ResourceUnderTest[] {
    const problem = schemaProblem(previewSchema, doc);
    if (problem) throw new InputError(file, `not valid \`pulumi preview --json\` output: ${problem}`);
    const steps = doc.steps as Array<{ op: string; newState?: StateResource }>;
    const states = oneStepPerUrn(file, steps, (step) => step.op !== "delete" && step.op !== "discard" && step.op !== "delete-replaced" && step.newState !== undefined)
        .map((step) => step.newState as StateResource);
    // During a preview the new state's outputs are mostly unknown: judge inputs throughout.
    return fromStateResources(states, false);
}

function fromResourceList(file: string, list: unknown[]): ResourceUnderTest[] {
    const problem = schemaProblem(resourceListSchema, list);
    if (problem) throw new InputError(file, `not a valid resource list: ${problem}`);
    const seen = new Set<string>();
    return (list as Array<{ type: string; name?: string; urn?: string; props?: Record<string, unknown> }>).map((item, index) => {
        const name = item.name ?? (item.urn ? nameFromUrn(item.urn) : `${item.type.split(":").pop()?.toLowerCase()}-${index}`);
        const urn = item.urn ?? `urn:pulumi:offline::guardrails::${item.type}::${name}`;
        if (seen.has(urn)) throw new InputError(file, `[${index}] repeats URN ${urn}; give each resource a distinct name or urn`);
        seen.add(urn);
        const decoded = decodeProps(item.props ?? {});
        return { type: item.type, urn, name, props: decoded.props, secretPaths: decoded.secretPaths, unreadablePaths: decoded.unreadablePaths };
    });
}

/** Recognises the document's kind and converts it; an InputError names the file and the problem. */
export function convertInput(file: string, doc: unknown): LoadedInput {
    if (Array.isArray(doc)) return { kind: "resources", resources: fromResourceList(file, doc) };
    if (doc !== null && typeof doc === "object") {
        const record = doc as Record<string, unknown>;
        if (isTerraformState(record)) return { kind: "terraform-state", ...fromTerraformState(file, record) };
        if ("deployment" in record || "version" in record) return { kind: "stack-export", resources: fromStackExport(file, record) };
        if ("steps" in record) return { kind: "preview", resources: fromPreview(file, record) };
    }
    throw new InputError(
        file,
        "not a recognised input: expected a `pulumi stack export` document, `pulumi preview --json` output, Terraform state (version 4), or a JSON array of { type, name?, urn?, props }",
    );
}
