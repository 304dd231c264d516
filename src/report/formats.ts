/** The report formats, apart from the renderers: a command's options name them before any report is loaded. */

/** The formats `guardrails check --format` writes. */
export const FORMATS = ["table", "json", "ndjson", "sarif", "junit", "markdown", "github", "html"] as const;
/** One of `FORMATS`. */
export type Format = (typeof FORMATS)[number];
