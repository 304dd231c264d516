import type { StackResource, StackView } from "./rule";
import type { ResourceProps, ResourceType } from "./types";

/** A stack's resources indexed by type and URN. */
export interface StackIndex {
    readonly byType: ReadonlyMap<string, readonly StackResource[]>;
    readonly byUrn: ReadonlyMap<string, StackResource>;
}

// Every stack rule of a request sees the same resource list: index it once for all of them.
const indexes = new WeakMap<readonly StackResource[], StackIndex>();

/** The index of a resource list (built on first use, then shared). Types and URNs are never secret. */
export function stackIndex(resources: readonly StackResource[]): StackIndex {
    let index = indexes.get(resources);
    if (index) return index;
    const byType = new Map<string, StackResource[]>();
    const byUrn = new Map<string, StackResource>();
    for (const r of resources) {
        const list = byType.get(r.type);
        if (list) list.push(r);
        else byType.set(r.type, [r]);
        byUrn.set(r.urn, r);
    }
    index = { byType, byUrn };
    indexes.set(resources, index);
    return index;
}

/**
 * A stack rule's view of the resources: by type and URN through an index built once per list, so
 * stack rules that join resources (a bucket and its public access block, say) stay linear in the
 * number of resources. `present` is how a resource is handed to the rule (its watched form);
 * only the resources a rule asks for are presented.
 */
export function createStackView(resources: readonly StackResource[], present: (r: StackResource) => StackResource = (r) => r): StackView {
    let all: readonly StackResource[] | undefined;
    return {
        get resources() {
            all ??= resources.map(present);
            return all;
        },
        ofType<T extends ResourceType>(...types: T[]) {
            const index = stackIndex(resources).byType;
            return types.flatMap((t) => (index.get(t) ?? []).map(present)) as StackResource<ResourceProps<T>>[];
        },
        byUrn(urn) {
            const found = stackIndex(resources).byUrn.get(urn);
            return found ? present(found) : undefined;
        },
    };
}
