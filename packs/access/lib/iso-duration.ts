/** ISO 8601 time durations as IAM Identity Center writes them ("PT8H", "PT1H30M"). */

/** Seconds in an ISO 8601 time duration such as "PT8H" or "PT1H30M"; undefined for anything else. */
export function durationSeconds(value: unknown): number | undefined {
    if (typeof value !== "string") return undefined;
    const match = /^PT(?:(\d{1,5})H)?(?:(\d{1,6})M)?(?:(\d{1,8})S)?$/.exec(value.trim().toUpperCase());
    if (!match || (match[1] === undefined && match[2] === undefined && match[3] === undefined)) return undefined;
    return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}
