/** The time source of governance decisions; tests inject their own. */
export type Clock = () => Date;

/** The real clock: `new Date()`. */
export const systemClock: Clock = () => new Date();

/** `4h`, `30m`, `7d`, `90s` → milliseconds; undefined when malformed. */
export function parseDuration(text: string): number | undefined {
    const match = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)$/.exec(text.trim());
    if (!match) return undefined;
    const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as "s" | "m" | "h" | "d"];
    return Number(match[1]) * unit;
}
