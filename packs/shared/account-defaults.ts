/**
 * Account-level defaults a stack declares, matched to the resources they cover by region: a
 * resource's own `region` (AWS provider v7 takes one per resource), else its provider's
 * `region`. When either side's region cannot be told, any default in the stack counts, since
 * one program usually deploys to one account and region.
 *
 * Built once per stack rule run: one pass over the defaults, constant-time look-ups after.
 */
import { known, peek, recordOf, type ResourceType, type StackResource, type StackView } from "../../src";

/** The region a resource is managed in, when the program says so: its own `region`, else its provider's. */
export function regionOf(resource: StackResource): string | undefined {
    const own = peek(() => recordOf(resource.props).region);
    if (own.known && typeof own.value === "string" && own.value.trim() !== "") return own.value.trim();
    const provider = peek(() => recordOf(resource.provider?.props).region);
    if (provider.known && typeof provider.value === "string" && provider.value.trim() !== "") return provider.value.trim();
    return undefined;
}

/** What a default says for a resource: it applies and holds, it is known not to hold, or it cannot be told. */
export type DefaultState = "on" | "off" | "unknown";

interface Tally {
    on: boolean;
    off: boolean;
    unknown: boolean;
}

/** Looks up, per resource, what the stack's defaults of one type say. */
export interface AccountDefaults {
    /** `on` when a default covering the resource's region holds (and none there is known off), `off`/`unknown` otherwise; undefined when none covers it. */
    stateFor(resource: StackResource): DefaultState | undefined;
}

/**
 * The defaults of `type` in the stack, each judged once by `holds` (true: on, false: off; a
 * value unknown during preview makes it "unknown": read it inside `holds` and let it throw).
 */
export function accountDefaults(stack: StackView, type: ResourceType, holds: (props: Record<string, unknown>) => boolean): AccountDefaults {
    const defaults = stack.ofType(type);
    // Judged on first need, so a stack whose resources never lean on a default does not read it.
    let tallies: { byRegion: Map<string, Tally>; anyRegion: Tally; everywhere: Tally } | undefined;
    const tally = () => {
        if (tallies) return tallies;
        const byRegion = new Map<string, Tally>();
        const anyRegion = newTally();
        const everywhere = newTally();
        for (const resource of defaults) {
            const verdict = known(() => holds(recordOf(resource.props)));
            const mark = (t: Tally) => {
                if (!verdict.known) t.unknown = true;
                else if (verdict.value) t.on = true;
                else t.off = true;
            };
            const region = regionOf(resource);
            if (region === undefined) mark(anyRegion);
            else {
                let t = byRegion.get(region);
                if (!t) byRegion.set(region, (t = newTally()));
                mark(t);
            }
            mark(everywhere);
        }
        return (tallies = { byRegion, anyRegion, everywhere });
    };
    return {
        stateFor(resource) {
            if (defaults.length === 0) return undefined;
            const { byRegion, anyRegion, everywhere } = tally();
            const region = regionOf(resource);
            return region === undefined ? stateOf([everywhere]) : stateOf([byRegion.get(region), anyRegion]);
        },
    };
}

function newTally(): Tally {
    return { on: false, off: false, unknown: false };
}

/** Known off anywhere that applies wins, then unknown, then on. */
function stateOf(tallies: ReadonlyArray<Tally | undefined>): DefaultState | undefined {
    const present = tallies.filter((t): t is Tally => t !== undefined && (t.on || t.off || t.unknown));
    if (present.length === 0) return undefined;
    if (present.some((t) => t.off)) return "off";
    if (present.some((t) => t.unknown)) return "unknown";
    return "on";
}

/** EBS encryption by default: `enabled` defaults to true, so only an explicit false switches it off. */
export const EBS_ENCRYPTION_BY_DEFAULT = "aws:ebs/encryptionByDefault:EncryptionByDefault";

/** The stack's EBS encryption-by-default settings. */
export function ebsEncryptionByDefault(stack: StackView): AccountDefaults {
    return accountDefaults(stack, EBS_ENCRYPTION_BY_DEFAULT, (props) => props.enabled !== false);
}
