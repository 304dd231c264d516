/**
 * A URN names one resource: a document that lists a URN twice would have every finding on it
 * reported twice (and SARIF fingerprints repeated), so such a document is refused — except
 * where Pulumi itself writes one resource as several entries.
 */
import { InputError } from "../errors";

/**
 * `pulumi preview --json --show-replacement-steps` shows a replacement as `create-replacement`,
 * `replace` and `delete-replaced` steps of one URN (without the flag, only `replace`); each
 * non-deleting one carries the same new state. They are one resource, judged once.
 */
const REPLACEMENT_OPS = new Set(["replace", "create-replacement", "read-replacement", "import-replacement"]);

/**
 * Refuses a stack export whose live resources repeat a URN. Pending deletions (`delete: true`)
 * share the URN of the resource replacing them, and are not checked.
 */
export function refuseRepeatedStateUrns(file: string, resources: ReadonlyArray<{ urn: string; delete?: boolean }>): void {
    const firstAt = new Map<string, number>();
    resources.forEach((resource, index) => {
        if (resource.delete) return;
        const first = firstAt.get(resource.urn);
        if (first !== undefined) {
            throw new InputError(file, `deployment.resources[${index}] repeats URN ${resource.urn} (also deployment.resources[${first}]); each resource may appear once`);
        }
        firstAt.set(resource.urn, index);
    });
}

/**
 * The steps of a preview that judge a resource (those `judged` keeps), one per URN: the steps
 * of one replacement are folded into the first; any other repeated URN is refused, naming both
 * steps by their place in the document.
 */
export function oneStepPerUrn<S extends { op: string; newState?: { urn: string } }>(file: string, steps: readonly S[], judged: (step: S) => boolean): S[] {
    const firstAt = new Map<string, { index: number; op: string }>();
    const kept: S[] = [];
    steps.forEach((step, index) => {
        const urn = step.newState?.urn;
        if (urn === undefined || !judged(step)) return;
        const first = firstAt.get(urn);
        if (first === undefined) {
            firstAt.set(urn, { index, op: step.op });
            kept.push(step);
            return;
        }
        if (REPLACEMENT_OPS.has(step.op) && REPLACEMENT_OPS.has(first.op) && step.op !== first.op) return;
        throw new InputError(file, `steps[${index}] repeats URN ${urn} (also steps[${first.index}]); each resource may appear once`);
    });
    return kept;
}
