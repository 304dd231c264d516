import type { PolicyResourceOptions } from "@pulumi/policy";
import type { ResourceUnderTest } from "../engine/evaluate";
import type { ResourceProps, ResourceType } from "../types";
import { resolveMarkers } from "./markers";

/** Options of `mockResource`: the resource's identity and options beside its props. */
export interface MockResourceOptions {
    /** Resource name; defaults to the last part of the type token in kebab-ish lower case. */
    readonly name?: string;
    /** The URN (default: built from stack, project, type and name). */
    readonly urn?: string;
    /** Stack name in the default URN (default `test`). */
    readonly stack?: string;
    /** Project name in the default URN (default `guardrails-test`). */
    readonly project?: string;
    /** Resource options (protect, ignoreChanges, ...). */
    readonly opts?: Partial<PolicyResourceOptions>;
    /** The resource's provider. */
    readonly provider?: ResourceUnderTest["provider"];
    /** URN of the parent resource. */
    readonly parent?: string;
    /** URNs of the resources this one depends on. */
    readonly dependencies?: readonly string[];
    /** Property name → URNs of the resources that property's value came from. */
    readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
}

/** Any subset of a value's fields, at any depth. */
export type DeepPartial<T> = T extends readonly (infer E)[] ? DeepPartial<E>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/**
 * Props as a test writes them: any subset of the token's inputs, at any depth, each of its
 * declared type (`unknown()` and `secret(value)` fit anywhere). A misspelled or wrongly typed
 * property fails to compile; feed deliberately odd input through `mockResource.untyped`.
 */
export type MockProps<T extends ResourceType> = DeepPartial<ResourceProps<T>> & {
    /** The ID a created resource reports (stack exports carry it; stack rules join on it). */
    readonly id?: string;
};

/**
 * A resource as a policy would receive it, from its type token and input props:
 * `mockResource("aws:s3/bucket:Bucket", { bucket: "logs", tags: { owner: secret("me") } })`.
 */
export const mockResource = Object.assign(
    <T extends ResourceType>(type: T, props?: MockProps<T>, options: MockResourceOptions = {}): ResourceUnderTest =>
        buildMock(type, props, options),
    {
        /**
         * A resource whose props are not checked against its token: for robustness tests that feed
         * wrong-typed values on purpose, and for tokens no type map declares.
         */
        untyped: (type: string, props: Readonly<Record<string, unknown>> = {}, options: MockResourceOptions = {}): ResourceUnderTest =>
            buildMock(type, props, options),
    },
);

function buildMock(type: string, props: unknown, options: MockResourceOptions): ResourceUnderTest {
    const name = options.name ?? defaultName(type);
    const urn = options.urn ?? `urn:pulumi:${options.stack ?? "test"}::${options.project ?? "guardrails-test"}::${type}::${name}`;
    const secrets = { paths: [] as Array<ReadonlyArray<string | number>>, unreadable: [] as Array<ReadonlyArray<string | number>> };
    const resolved = resolveMarkers(props ?? {}, secrets) as Record<string, unknown>;
    return {
        type,
        urn,
        name,
        props: resolved,
        opts: options.opts,
        provider: options.provider,
        parent: options.parent,
        dependencies: options.dependencies,
        propertyDependencies: options.propertyDependencies,
        secretPaths: secrets.paths,
        unreadablePaths: secrets.unreadable,
    };
}

function defaultName(type: string): string {
    const last = type.split(":").pop() ?? "resource";
    return last.charAt(0).toLowerCase() + last.slice(1);
}
