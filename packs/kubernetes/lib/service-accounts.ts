/**
 * Identifying service accounts across a stack, for joining workloads to RBAC bindings: by
 * namespace and name when known, else through the property dependency on the ServiceAccount
 * resource the name came from (its name is unknown in preview when auto-named).
 */
import { known, knownOr, listOf, recordOf, type StackResource } from "../../../src";
import { namespaceKeyOf, namespaceResourceKey, NAMESPACE_TYPE } from "./namespaces";

export const SERVICE_ACCOUNT_TYPE = "kubernetes:core/v1:ServiceAccount";

/** The key of the service account `name` in the namespace `namespaceKey` (see `namespaceKeyOf`). */
export function serviceAccountKey(namespaceKey: string, name: string): string {
    return `${namespaceKey}|${name}`;
}

/** The key of a ServiceAccount resource, or undefined when its namespace cannot be told. */
export function serviceAccountResourceKey(sa: StackResource): string | undefined {
    const name = knownOr(() => recordOf(recordOf(sa.props).metadata).name, undefined);
    if (typeof name !== "string" || name === "") return `sa-urn:${sa.urn}`;
    const namespace = namespaceKeyOf(sa);
    return namespace === undefined ? undefined : serviceAccountKey(namespace, name);
}

/** The service accounts a binding names: individual ones (keys), whole namespaces (namespace keys), or all of them. */
export interface ServiceAccountSubjects {
    readonly accounts: string[];
    readonly namespaces: string[];
    readonly all: boolean;
}

/**
 * The service-account subjects of a (Cluster)RoleBinding. A ServiceAccount subject's namespace
 * defaults to a RoleBinding's own; `system:serviceaccounts[:<ns>]` groups stand for every
 * service account (of a namespace). Subjects whose name or namespace is unknown are resolved
 * through the binding's dependencies on ServiceAccount or Namespace resources, when it has any.
 */
export function serviceAccountSubjects(binding: StackResource, isRoleBinding: boolean): ServiceAccountSubjects {
    const result = { accounts: [] as string[], namespaces: [] as string[], all: false };
    const dependencies = binding.propertyDependencies.subjects ?? [];
    const fromDependencies = () => {
        for (const dep of dependencies) {
            if (dep.type !== SERVICE_ACCOUNT_TYPE) continue;
            const key = serviceAccountResourceKey(dep);
            if (key) result.accounts.push(key);
        }
    };
    const subjects = known(() => listOf(recordOf(binding.props).subjects));
    if (!subjects.known) {
        fromDependencies();
        return result;
    }
    for (const entry of subjects.value) {
        const subject = known(() => {
            const s = recordOf(entry);
            return { kind: s.kind, name: s.name, namespace: s.namespace };
        });
        if (!subject.known) {
            fromDependencies();
            continue;
        }
        const { kind, name, namespace } = subject.value;
        if (kind === "Group" && name === "system:serviceaccounts") result.all = true;
        else if (kind === "Group" && typeof name === "string" && name.startsWith("system:serviceaccounts:")) {
            result.namespaces.push(`name:${name.slice("system:serviceaccounts:".length)}`);
        } else if (kind === "ServiceAccount" && (typeof name !== "string" || name === "")) {
            // The name comes from a ServiceAccount resource whose name is not known yet.
            fromDependencies();
        } else if (kind === "ServiceAccount" && typeof name === "string") {
            let namespaceKey: string | undefined;
            if (typeof namespace === "string" && namespace !== "") namespaceKey = `name:${namespace}`;
            else if (isRoleBinding) namespaceKey = namespaceKeyOf(binding);
            if (!namespaceKey) {
                const ns = dependencies.find((d) => d.type === NAMESPACE_TYPE);
                if (ns) namespaceKey = namespaceResourceKey(ns);
            }
            if (namespaceKey) result.accounts.push(serviceAccountKey(namespaceKey, name));
        }
    }
    return result;
}
