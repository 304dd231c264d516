/**
 * IAM's wildcard matching: `*` matches any run of characters (colons included), `?` one
 * character. Used for action patterns (case-insensitive) and resource ARNs (case-sensitive).
 * A greedy matcher that backtracks only to the last `*`, so any pattern runs in O(n·m) with no
 * regular expression built from user text.
 */
export function wildcardMatch(pattern: string, text: string, options: { readonly ignoreCase?: boolean } = {}): boolean {
    const p = options.ignoreCase ? pattern.toLowerCase() : pattern;
    const t = options.ignoreCase ? text.toLowerCase() : text;
    let pi = 0;
    let ti = 0;
    let star = -1;
    let resume = 0;
    while (ti < t.length) {
        if (pi < p.length && (p[pi] === "?" || (p[pi] === t[ti] && p[pi] !== "*"))) {
            pi++;
            ti++;
        } else if (pi < p.length && p[pi] === "*") {
            star = pi++;
            resume = ti;
        } else if (star >= 0) {
            pi = star + 1;
            ti = ++resume;
        } else {
            return false;
        }
    }
    while (pi < p.length && p[pi] === "*") pi++;
    return pi === p.length;
}

/** True when the text holds a wildcard character. */
export function hasWildcard(text: string): boolean {
    return text.includes("*") || text.includes("?");
}
