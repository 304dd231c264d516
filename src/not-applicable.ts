/**
 * What `args.notApplicable(reason)` throws, for the in-process evaluator and the analyzer server
 * alike: both catch it and answer a not-applicable entry with the reason.
 */

/** Thrown by `args.notApplicable(reason)`. */
export class NotApplicableError extends Error {
    readonly reason?: string;
    constructor(reason?: string) {
        // No stack: it is always caught, never shown, and a combined pack throws many per
        // resource, where capturing a stack was a large part of the cost.
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        super(reason ?? "Policy does not apply");
        Error.stackTraceLimit = limit;
        this.reason = reason;
    }
}

/** The `notApplicable` every policy's args carry. */
export function throwNotApplicable(reason?: string): never {
    throw new NotApplicableError(reason);
}
