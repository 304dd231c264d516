import type { StackResource, StackView } from "./rule";
import type { ResourceProps, ResourceType } from "./types";

/**
 * Indexes a stack's resources by type and URN once, so stack rules that join resources (a
 * bucket and its public access block, say) stay linear in the number of resources.
 */
export function createStackView(resources: readonly StackResource[]): StackView {
    let byType: Map<string, StackResource[]> | undefined;
    let byUrn: Map<string, StackResource> | undefined;
    return {
        resources,
        ofType<T extends ResourceType>(...types: T[]) {
            if (!byType) {
                byType = new Map();
                for (const r of resources) {
                    const list = byType.get(r.type);
                    if (list) list.push(r);
                    else byType.set(r.type, [r]);
                }
            }
            const index = byType;
            return types.flatMap((t) => index.get(t) ?? []) as StackResource<ResourceProps<T>>[];
        },
        byUrn(urn) {
            byUrn ??= new Map(resources.map((r) => [r.urn, r]));
            return byUrn.get(urn);
        },
    };
}
