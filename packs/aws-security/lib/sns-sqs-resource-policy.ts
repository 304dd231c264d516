/**
 * Finding the statements of an SNS topic or SQS queue access policy that let anyone in: an
 * Allow to every principal (`"*"`, `{ AWS: "*" }`, or a NotPrincipal) that no condition ties to
 * a particular caller, account, organisation, source resource or network.
 */
import { isWorldCidr } from "./network";
import { asList, policyStatements, type PolicyStatement } from "../../shared/iam-policy";

/**
 * Condition keys that narrow who can make the request (or from where). Compared lower-case.
 * Keys like aws:SecureTransport or aws:CurrentTime restrict how or when, not who, so they do
 * not make a wildcard principal any less public.
 */
const CALLER_KEYS = new Set(
    [
        "aws:SourceArn",
        "aws:SourceAccount",
        "aws:SourceOwner",
        "aws:SourceOrgID",
        "aws:SourceOrgPaths",
        "aws:PrincipalArn",
        "aws:PrincipalAccount",
        "aws:PrincipalOrgID",
        "aws:PrincipalOrgPaths",
        "aws:PrincipalServiceName",
        "aws:userid",
        "aws:username",
        "aws:SourceVpc",
        "aws:SourceVpce",
        "aws:SourceIp",
        "aws:VpcSourceIp",
    ].map((k) => k.toLowerCase()),
);

/**
 * Condition operators that require the key to match (an absent key fails them). Negated
 * operators (StringNotEquals...) and `...IfExists` variants let requests without the key
 * through, so they do not narrow the caller.
 */
const MATCHING_OPERATORS = new Set(
    ["StringEquals", "StringEqualsIgnoreCase", "StringLike", "ArnEquals", "ArnLike", "IpAddress"].map((o) => o.toLowerCase()),
);

/** A condition value that names one fixed thing: no wildcard, no policy variable, no "any address". */
function isFixedValue(value: unknown): boolean {
    if (typeof value !== "string" || value.trim() === "") return false;
    if (value.includes("*") || value.includes("?") || value.includes("${")) return false;
    return !isWorldCidr(value);
}

/** True when the condition block ties the statement to specific callers, accounts or networks. */
export function conditionNarrowsCaller(condition: unknown): boolean {
    if (condition === null || typeof condition !== "object" || Array.isArray(condition)) return false;
    for (const [operator, clauses] of Object.entries(condition as Record<string, unknown>)) {
        // "ForAnyValue:StringEquals" matches like StringEquals; "ForAllValues:" passes on an empty key set.
        const op = operator.toLowerCase().replace(/^foranyvalue:/, "");
        if (!MATCHING_OPERATORS.has(op)) continue;
        if (clauses === null || typeof clauses !== "object" || Array.isArray(clauses)) continue;
        for (const [key, raw] of Object.entries(clauses as Record<string, unknown>)) {
            if (!CALLER_KEYS.has(key.toLowerCase())) continue;
            const values = Array.isArray(raw) ? raw : [raw];
            if (values.length > 0 && values.every(isFixedValue)) return true;
        }
    }
    return false;
}

/** True when the statement's principal is everyone: "*", { AWS: "*" }, or any NotPrincipal. */
function principalIsEveryone(statement: PolicyStatement & { NotPrincipal?: unknown }): boolean {
    if (statement.NotPrincipal !== undefined && statement.NotPrincipal !== null) return true;
    const principal = statement.Principal;
    if (principal === "*") return true;
    if (principal !== null && typeof principal === "object" && !Array.isArray(principal)) {
        return Object.values(principal as Record<string, unknown>).some((v) => asList(v).includes("*"));
    }
    return false;
}

/**
 * Indexes of the statements that allow everyone without a caller-narrowing condition, or
 * undefined when the document is not a readable policy (not JSON, no Statement).
 */
export function publicStatementIndexes(document: unknown): number[] | undefined {
    const statements = policyStatements(document);
    if (!statements) return undefined;
    const indexes: number[] = [];
    statements.forEach((statement, index) => {
        if (statement.Effect !== "Allow") return;
        if (!principalIsEveryone(statement)) return;
        if (conditionNarrowsCaller(statement.Condition)) return;
        indexes.push(index);
    });
    return indexes;
}
