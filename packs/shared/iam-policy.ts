/** Reading IAM policy documents, which arrive as JSON strings or as objects. */

export interface PolicyStatement {
    readonly Effect?: unknown;
    readonly Action?: unknown;
    readonly NotAction?: unknown;
    readonly Resource?: unknown;
    readonly NotResource?: unknown;
    readonly Principal?: unknown;
    readonly Condition?: unknown;
}

/** The statements of a policy document, or undefined when it is not a readable document. */
export function policyStatements(document: unknown): PolicyStatement[] | undefined {
    let parsed: unknown = document;
    if (typeof document === "string") {
        try {
            parsed = JSON.parse(document);
        } catch {
            return undefined;
        }
    }
    if (parsed === null || typeof parsed !== "object") return undefined;
    const statement = (parsed as { Statement?: unknown }).Statement;
    if (Array.isArray(statement)) return statement.filter((s): s is PolicyStatement => s !== null && typeof s === "object");
    if (statement !== null && typeof statement === "object") return [statement as PolicyStatement];
    return undefined;
}

/** A string-or-list IAM field as a list of strings. */
export function asList(value: unknown): string[] {
    if (typeof value === "string") return [value];
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
    return [];
}
