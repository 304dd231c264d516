/**
 * `--now <ISO time>`: judge as of another time — exemptions' validity and expiry, a key's expiry
 * and grace period — for audits ("was this allowed on the 3rd?") and tests. Decisions are still
 * logged with the real time, so a log cannot be backdated with it.
 */
import { InputError } from "../engine/errors";
import { type Clock, systemClock } from "../governance/clock";

/** ISO 8601 date or date-time, as the CLI accepts it. */
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The clock `--now` sets: fixed at that time, or the system clock without it. */
export function clockFor(now: string | undefined): Clock {
    if (now === undefined) return systemClock;
    const text = now.trim();
    const time = ISO_TIME.test(text) ? Date.parse(text) : Number.NaN;
    if (Number.isNaN(time)) throw new InputError(undefined, `--now "${now}" is not an ISO 8601 time (e.g. 2026-12-03T09:00:00Z)`);
    return () => new Date(time);
}

/** The help line of `--now`. */
export const NOW_HELP = "judge as of this ISO 8601 time (exemptions, key expiry) instead of now; decisions are still logged with the real time";
