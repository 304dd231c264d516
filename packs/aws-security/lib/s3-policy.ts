/** Reading S3 bucket policy statements: whether they refuse plain HTTP. */
import { namesEveryone, type Statement } from "../../shared/policy-document";

/** A string-or-list condition value as lowercase strings (booleans included). */
function valuesOf(values: readonly unknown[]): string[] {
    return values.filter((v): v is string | boolean => typeof v === "string" || typeof v === "boolean").map((v) => String(v).toLowerCase());
}

/**
 * True when the statement denies every S3 action to everyone over plain HTTP:
 * `Effect: "Deny"`, `Principal: "*"`, `Action: "s3:*"` (or `"*"`) and
 * `Condition: { Bool: { "aws:SecureTransport": "false" } }` (`BoolIfExists` too: a request
 * without the key is not a TLS request either).
 */
export function deniesInsecureTransport(statement: Statement): boolean {
    if (statement.effect !== "Deny" || !namesEveryone(statement.principal)) return false;
    const actions = (statement.actions ?? []).map((a) => a.toLowerCase());
    if (!actions.includes("*") && !actions.includes("s3:*")) return false;
    return statement.conditions.some(
        (test) => test.base === "Bool" && test.qualifier === undefined && test.key === "aws:securetransport" && valuesOf(test.values).includes("false"),
    );
}
