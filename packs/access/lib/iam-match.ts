/** Matching IAM action patterns ("iam:Pass*", "sts:AssumeRole*", "*") against concrete actions. */

/** Longest action pattern we try to match; IAM actions are far shorter. */
const MAX_PATTERN_LENGTH = 256;

/**
 * True when the IAM action pattern matches `action`. IAM compares actions case-insensitively
 * and supports `*` (any run of characters) and `?` (one character).
 */
export function actionMatches(pattern: string, action: string): boolean {
    if (pattern.length > MAX_PATTERN_LENGTH) return false;
    let source = "";
    for (const char of pattern) {
        if (char === "*") source += ".*";
        else if (char === "?") source += ".";
        else source += char.replace(/[.+^${}()|[\]\\/-]/g, "\\$&");
    }
    return new RegExp(`^${source}$`, "is").test(action);
}

/** True when any of the patterns matches any of the actions. */
export function anyActionMatches(patterns: readonly string[], actions: readonly string[]): boolean {
    return patterns.some((pattern) => actions.some((action) => actionMatches(pattern, action)));
}
