/**
 * How `guardrails check --pack <dir>` takes a platform team's pack from its entry point: while a
 * collector is installed, `composePack` hands it the pack's options instead of serving them. It
 * lives on `globalThis` under a registered symbol so that it is found whichever copy of the
 * library the pack's entry point loads.
 */
import type { ComposeOptions } from "./pack";

const COLLECTOR = Symbol.for("pulumi-guardrails.pack-collector");

type Collector = (options: ComposeOptions) => void;
type WithCollector = { [COLLECTOR]?: Collector };

/** The installed collector, if a pack is being loaded to be run offline. */
export function packCollector(): Collector | undefined {
    return (globalThis as WithCollector)[COLLECTOR];
}

/** Runs `load` with `collector` installed, and removes it after, whatever happens. */
export function withPackCollector<T>(collector: Collector, load: () => T): T {
    const holder = globalThis as WithCollector;
    const previous = holder[COLLECTOR];
    holder[COLLECTOR] = collector;
    try {
        return load();
    } finally {
        if (previous) holder[COLLECTOR] = previous;
        else delete holder[COLLECTOR];
    }
}
