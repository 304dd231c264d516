import type { PolicyResourceOptions } from "@pulumi/policy";
import type { ResourceUnderTest } from "../engine/evaluate";
import type { ResourceProps } from "../types";
import { resolveMarkers } from "./markers";

export interface MockResourceOptions {
    /** Resource name; defaults to the last part of the type token in kebab-ish lower case. */
    readonly name?: string;
    readonly urn?: string;
    readonly stack?: string;
    readonly project?: string;
    readonly opts?: Partial<PolicyResourceOptions>;
    readonly provider?: ResourceUnderTest["provider"];
    readonly parent?: string;
    readonly dependencies?: readonly string[];
    readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
}

/** Props as a test writes them: any subset, with `unknown()` and `secret()` markers allowed. */
export type MockProps<T extends string> = Partial<ResourceProps<T>> & Record<string, unknown>;

/**
 * A resource as a policy would receive it, from its type token and input props:
 * `mockResource("aws:s3/bucket:Bucket", { bucket: "logs", tags: { owner: secret("me") } })`.
 */
export function mockResource<T extends string>(type: T, props: MockProps<T> = {}, options: MockResourceOptions = {}): ResourceUnderTest {
    const name = options.name ?? defaultName(type);
    const urn = options.urn ?? `urn:pulumi:${options.stack ?? "test"}::${options.project ?? "guardrails-test"}::${type}::${name}`;
    const secrets = { values: [] as unknown[], paths: [] as Array<ReadonlyArray<string | number>> };
    const resolved = resolveMarkers(props, secrets) as Record<string, unknown>;
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
        secrets: secrets.values,
        secretPaths: secrets.paths,
    };
}

function defaultName(type: string): string {
    const last = type.split(":").pop() ?? "resource";
    return last.charAt(0).toLowerCase() + last.slice(1);
}
