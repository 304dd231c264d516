/**
 * When AWS Lambda deprecates (stops patching) each managed runtime.
 *
 * Source: the "Deprecation date" columns of the Lambda runtimes page,
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html (supported and deprecated
 * runtime tables). Checked on RUNTIMES_CHECKED_ON. AWS moves these dates (in 2026 it extended
 * java8.al2, java11, java17 and python3.11 by a year), so re-check the page when updating the
 * provider and edit the table rather than the rule.
 *
 * Dates are ISO `YYYY-MM-DD`. A runtime is deprecated from the start of that day (UTC). Runtimes
 * absent from the table (new ones, or custom names) are never reported.
 */

/** The day the table below was last compared with the AWS page. */
export const RUNTIMES_CHECKED_ON = "2026-11-23";

const DEPRECATION_DATES: ReadonlyArray<readonly [runtime: string, deprecated: string]> = [
    // Already deprecated when checked.
    ["nodejs", "2016-10-31"],
    ["nodejs4.3", "2020-03-05"],
    ["nodejs4.3-edge", "2020-03-05"],
    ["nodejs6.10", "2019-08-12"],
    ["nodejs8.10", "2020-03-06"],
    ["nodejs10.x", "2021-07-30"],
    ["nodejs12.x", "2023-03-31"],
    ["nodejs14.x", "2023-12-04"],
    ["nodejs16.x", "2024-06-12"],
    ["nodejs18.x", "2025-09-01"],
    ["nodejs20.x", "2026-04-30"],
    ["python2.7", "2021-07-15"],
    ["python3.6", "2022-07-18"],
    ["python3.7", "2023-12-04"],
    ["python3.8", "2024-10-14"],
    ["python3.9", "2025-12-15"],
    ["python3.10", "2026-10-31"],
    ["ruby2.5", "2021-07-30"],
    ["ruby2.7", "2023-12-07"],
    ["ruby3.2", "2026-03-31"],
    ["java8", "2024-01-08"],
    ["go1.x", "2024-01-08"],
    ["provided", "2024-01-08"],
    ["provided.al2", "2026-07-31"],
    ["dotnetcore1.0", "2019-06-27"],
    ["dotnetcore2.0", "2019-05-30"],
    ["dotnetcore2.1", "2022-01-05"],
    ["dotnetcore3.1", "2023-04-03"],
    ["dotnet5.0", "2022-05-10"],
    ["dotnet6", "2024-12-20"],
    ["dotnet7", "2024-05-14"],
    ["dotnet8", "2026-11-10"],
    // Scheduled when checked (projected by AWS; may move).
    ["ruby3.3", "2027-03-31"],
    ["nodejs22.x", "2027-04-30"],
    ["java8.al2", "2027-06-30"],
    ["java11", "2027-06-30"],
    ["java17", "2027-06-30"],
    ["python3.11", "2027-06-30"],
    ["ruby3.4", "2028-03-31"],
    ["nodejs24.x", "2028-04-30"],
    ["python3.12", "2028-10-31"],
    ["dotnet10", "2028-11-14"],
    ["java21", "2029-06-30"],
    ["java25", "2029-06-30"],
    ["provided.al2023", "2029-06-30"],
    ["python3.13", "2029-06-30"],
    ["python3.14", "2029-06-30"],
];

const BY_RUNTIME: ReadonlyMap<string, string> = new Map(DEPRECATION_DATES);

/** The runtime's deprecation date (`YYYY-MM-DD`), or undefined when the table does not list it. */
export function runtimeDeprecationDate(runtime: unknown): string | undefined {
    return typeof runtime === "string" ? BY_RUNTIME.get(runtime) : undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The runtime's deprecation date when it falls on or before `asOf` plus `daysAhead` days;
 * undefined for runtimes that stay supported past that point or that the table does not list.
 */
export function deprecatedBy(runtime: unknown, asOf: Date, daysAhead = 0): string | undefined {
    const date = runtimeDeprecationDate(runtime);
    if (date === undefined) return undefined;
    const ahead = typeof daysAhead === "number" && Number.isFinite(daysAhead) ? Math.max(0, daysAhead) : 0;
    const horizon = asOf.getTime() + ahead * DAY_MS;
    return Date.parse(`${date}T00:00:00Z`) <= horizon ? date : undefined;
}
