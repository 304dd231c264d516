/**
 * Reading S3 bucket policy statements: who they let in, and whether they refuse plain HTTP.
 * Statements come from lib/iam-policy.ts (`policyStatements`), which accepts JSON text or objects.
 */
import { recordOf } from "../../../src";
import { asList, type PolicyStatement } from "../../shared/iam-policy";
import { isWorldCidr } from "./network";

/** A string-or-list policy value as lowercase strings (booleans and numbers included). */
function valuesOf(value: unknown): string[] {
    const list = Array.isArray(value) ? value : [value];
    return list
        .filter((v): v is string | boolean | number => typeof v === "string" || typeof v === "boolean" || typeof v === "number")
        .map((v) => String(v).toLowerCase());
}

/** True when a Principal (or NotPrincipal) element names everyone: `"*"` or `{ AWS: "*" }`. */
export function isEveryone(principal: unknown): boolean {
    if (principal === "*") return true;
    return asList(recordOf(principal).AWS).includes("*");
}

/**
 * Condition keys that, compared with fixed values, confine a statement to known callers or
 * networks (the keys Amazon S3 and IAM Access Analyzer take to make a policy non-public).
 */
const CONFINING_KEYS = new Set(
    [
        "aws:SourceVpc",
        "aws:SourceVpce",
        "aws:SourceIp",
        "aws:SourceAccount",
        "aws:SourceArn",
        "aws:SourceOwner",
        "aws:SourceOrgID",
        "aws:SourceOrgPaths",
        "aws:PrincipalOrgID",
        "aws:PrincipalOrgPaths",
        "aws:PrincipalAccount",
        "aws:PrincipalArn",
        "aws:userid",
    ].map((k) => k.toLowerCase()),
);

/** A value that matches anything: only wildcards. */
function matchesAnything(value: string): boolean {
    return /^[*?]+$/.test(value);
}

/**
 * True when the statement's Condition confines it to specific callers or networks. Negated
 * operators (`StringNotEquals`, `NotIpAddress`, ...), `...IfExists` operators (which pass when
 * the key is absent), `Null` and `ForAllValues:` (true for an empty set) do not confine; nor do
 * wildcard-only values or a world-open `aws:SourceIp`.
 */
export function conditionConfines(condition: unknown): boolean {
    for (const [operator, block] of Object.entries(recordOf(condition))) {
        let op = operator.toLowerCase();
        if (op.startsWith("forallvalues:")) continue;
        if (op.startsWith("foranyvalue:")) op = op.slice("foranyvalue:".length);
        if (op.includes("not") || op.endsWith("ifexists") || op === "null") continue;
        for (const [key, value] of Object.entries(recordOf(block))) {
            const k = key.toLowerCase();
            if (!CONFINING_KEYS.has(k)) continue;
            const values = valuesOf(value);
            if (values.length === 0 || values.some(matchesAnything)) continue;
            if (k === "aws:sourceip" && values.some((v) => isWorldCidr(v))) continue;
            return true;
        }
    }
    return false;
}

/** True when the statement allows everyone (or everyone but a few) with no confining condition. */
export function allowsPublicAccess(statement: PolicyStatement): boolean {
    if (statement.Effect !== "Allow") return false;
    // An Allow with NotPrincipal lets in everyone except the principals it names.
    const notPrincipal = (statement as { readonly NotPrincipal?: unknown }).NotPrincipal;
    const everyone = isEveryone(statement.Principal) || (notPrincipal !== undefined && notPrincipal !== null);
    return everyone && !conditionConfines(statement.Condition);
}

/**
 * True when the statement denies every S3 action to everyone over plain HTTP:
 * `Effect: "Deny"`, `Principal: "*"`, `Action: "s3:*"` (or `"*"`) and
 * `Condition: { Bool: { "aws:SecureTransport": "false" } }`.
 */
export function deniesInsecureTransport(statement: PolicyStatement): boolean {
    if (statement.Effect !== "Deny" || !isEveryone(statement.Principal)) return false;
    const actions = asList(statement.Action).map((a) => a.toLowerCase());
    if (!actions.includes("*") && !actions.includes("s3:*")) return false;
    for (const [operator, block] of Object.entries(recordOf(statement.Condition))) {
        const op = operator.toLowerCase();
        if (op !== "bool" && op !== "boolifexists") continue;
        for (const [key, value] of Object.entries(recordOf(block))) {
            if (key.toLowerCase() === "aws:securetransport" && valuesOf(value).includes("false")) return true;
        }
    }
    return false;
}
