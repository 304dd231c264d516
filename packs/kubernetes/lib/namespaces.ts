/**
 * Which namespace a resource lands in, and which service account a pod runs as, including the
 * cases preview cannot spell out: a namespace taken from a Namespace resource's (unknown)
 * name, found through the property dependency, and the provider's default namespace.
 */
import { known, knownOr, peek, recordOf, type StackResource } from "../../../src";
import type { PodSpecRef } from "./pod-spec";

export const NAMESPACE_TYPE = "kubernetes:core/v1:Namespace";

/** The service account a pod runs as: `serviceAccountName`, the deprecated `serviceAccount`, else `default`. */
export function serviceAccountOf(pod: PodSpecRef): unknown {
    const name = pod.spec.serviceAccountName;
    if (typeof name === "string" && name !== "") return name;
    const legacy = pod.spec.serviceAccount;
    if (typeof legacy === "string" && legacy !== "") return legacy;
    return name === undefined || name === null || name === "" ? "default" : name;
}

function nonEmpty(value: unknown): value is string {
    return typeof value === "string" && value !== "";
}

/** The default namespace of a Kubernetes provider (its `namespace` input), when known. */
export function providerNamespace(provider: { props: Record<string, unknown> } | undefined): string | undefined {
    const value = knownOr(() => provider?.props.namespace, undefined);
    return nonEmpty(value) ? value : undefined;
}

export interface NamespaceOf {
    readonly namespace: string;
    /** `metadata` when set on the resource, `provider` when taken from the provider's default, `default` otherwise. */
    readonly source: "metadata" | "provider" | "default";
}

/** The namespace a resource is created in (reading `metadata.namespace`, which may abort the rule when unknown). */
export function namespaceOf(props: unknown, provider: { props: Record<string, unknown> } | undefined): NamespaceOf {
    const namespace = recordOf(recordOf(props).metadata).namespace;
    if (nonEmpty(namespace)) return { namespace, source: "metadata" };
    const fromProvider = providerNamespace(provider);
    if (fromProvider) return { namespace: fromProvider, source: "provider" };
    return { namespace: "default", source: "default" };
}

/**
 * A key identifying the namespace of a resource in a stack, equal for two resources in the same
 * namespace: `name:<namespace>` when the name is known (directly or from the Namespace resource
 * it came from), `urn:<namespace resource>` when only the dependency on a Namespace resource is
 * known. Undefined when preview cannot tell.
 */
export function namespaceKeyOf(resource: StackResource): string | undefined {
    const read = () => recordOf(recordOf(resource.props).metadata).namespace;
    // Peeked: when preview does not know the name, the dependency on a Namespace resource still tells.
    const namespace = peek(read);
    if (namespace.known) {
        if (nonEmpty(namespace.value)) return `name:${namespace.value}`;
        return `name:${providerNamespace(resource.provider) ?? "default"}`;
    }
    const source = (resource.propertyDependencies.metadata ?? []).find((r) => r.type === NAMESPACE_TYPE);
    if (source) return namespaceResourceKey(source);
    // Nothing tells: noted, so a rule that then reports nothing has not passed.
    known(read);
    return undefined;
}

/** The key of a Namespace resource itself (see `namespaceKeyOf`). */
export function namespaceResourceKey(namespace: StackResource): string {
    const name = knownOr(() => recordOf(recordOf(namespace.props).metadata).name, undefined);
    return nonEmpty(name) ? `name:${name}` : `urn:${namespace.urn}`;
}
