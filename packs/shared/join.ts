/**
 * Joining "satellite" resources to the resource they configure, for AWS provider v7's split
 * model (a BucketVersioning, BucketPublicAccessBlock, ... refers to its bucket by name or ID).
 * One pass builds an index; lookups are constant time, so stack rules stay linear.
 */
import { known, peek, recordOf, type ResourceType, type StackResource, type StackView } from "../../src";

export interface JoinSpec {
    /** Type tokens of the resources being configured (e.g. the bucket types). */
    readonly parentTypes: readonly ResourceType[];
    /** Props of a parent that other resources may use to refer to it (e.g. `bucket`, `id`, `arn`). */
    readonly parentKeys: readonly string[];
    /** Type tokens of the satellites (e.g. `aws:s3/bucketVersioning:BucketVersioning`). */
    readonly childTypes: readonly ResourceType[];
    /** The satellite's prop that names its parent (e.g. `bucket`). */
    readonly childKey: string;
}

export interface Join {
    readonly parents: StackResource[];
    /** Satellites per parent URN. */
    readonly childrenOf: (parentUrn: string) => readonly StackResource[];
    /**
     * Satellites whose parent cannot be told: the reference is unknown (preview) and no property
     * dependency names it, or it names a resource outside the stack. A rule that reports
     * parents *without* a satellite must stay silent when this is non-empty with unknowns.
     */
    readonly unjoined: readonly StackResource[];
    /** True when some satellite's reference is unknown and could not be joined. */
    readonly hasUnknownReferences: boolean;
}

/**
 * Joins satellites to parents: first through the property dependency of the satellite's
 * reference (known even in preview, when the parent's ID is not), then by the reference's
 * value against the parents' keys.
 */
export function joinSatellites(stack: StackView, spec: JoinSpec): Join {
    const parents = stack.ofType(...spec.parentTypes);
    const parentTypes = new Set<string>(spec.parentTypes);
    const byKey = new Map<string, string>();
    for (const parent of parents) {
        for (const key of spec.parentKeys) {
            const found = peek(() => recordOf(parent.props)[key]);
            const value = found.known ? found.value : undefined;
            if (typeof value === "string" && value !== "") byKey.set(value, parent.urn);
        }
    }
    const children = new Map<string, StackResource[]>();
    const unjoined: StackResource[] = [];
    let hasUnknownReferences = false;
    for (const child of stack.ofType(...spec.childTypes)) {
        const dependency = child.propertyDependencies[spec.childKey]?.find((r) => parentTypes.has(r.type));
        const reference = peek(() => recordOf(child.props)[spec.childKey]);
        const value = reference.known ? reference.value : undefined;
        const parentUrn = dependency?.urn ?? (typeof value === "string" ? byKey.get(value) : undefined);
        if (parentUrn) {
            const list = children.get(parentUrn);
            if (list) list.push(child);
            else children.set(parentUrn, [child]);
        } else {
            unjoined.push(child);
            if (!reference.known) {
                hasUnknownReferences = true;
                // Read again to note it: a rule kept silent by this reference has not passed.
                known(() => recordOf(child.props)[spec.childKey]);
            }
        }
    }
    return { parents, childrenOf: (urn) => children.get(urn) ?? [], unjoined, hasUnknownReferences };
}
