/**
 * JSON strings quoted once and reused: a large report encodes hundreds of thousands of findings
 * whose pack, policy, level and type repeat, and a resource's findings come one after another.
 */

/** Quoted JSON strings of the values that repeat across findings (pack, policy, level, type...). */
function quoter(): (text: string) => string {
    const cache = new Map<string, string>();
    return (text) => {
        let quoted = cache.get(text);
        if (quoted === undefined) {
            quoted = JSON.stringify(text);
            if (cache.size < 10_000) cache.set(text, quoted);
        }
        return quoted;
    };
}

/** The last value quoted, kept: a resource's findings come one after another and share its URN and name. */
function lastQuoted(): (text: string) => string {
    let last: string | undefined;
    let quoted = "";
    return (text) => {
        if (text !== last) {
            quoted = JSON.stringify(text);
            last = text;
        }
        return quoted;
    };
}

/** How a report quotes its findings' fields: values that repeat across findings, and a resource's URN and name. */
export interface Quoting {
    readonly repeated: (text: string) => string;
    readonly urn: (text: string) => string;
    readonly name: (text: string) => string;
}

/** A fresh set of quoters, for one report. */
export function quoting(): Quoting {
    return { repeated: quoter(), urn: lastQuoted(), name: lastQuoted() };
}
