/**
 * Telling whether a resource-policy statement (ECR repository policies here) lets anyone in:
 * an Allow to the "*" principal whose conditions do not narrow down who the caller is.
 */
import { recordOf } from "../../../src";
import { asList, type PolicyStatement } from "../../shared/iam-policy";

/**
 * Condition keys that restrict *who* (or from where) a caller may be. A statement to "*" with
 * one of these is scoped to an organization, account, network or named principal. Keys such as
 * aws:SecureTransport or ecr-specific keys do not narrow the audience and do not count.
 */
const SCOPING_CONDITION_KEYS = new Set(
    [
        "aws:PrincipalOrgID",
        "aws:PrincipalOrgPaths",
        "aws:PrincipalAccount",
        "aws:PrincipalArn",
        "aws:PrincipalServiceName",
        "aws:SourceAccount",
        "aws:SourceArn",
        "aws:SourceOrgID",
        "aws:SourceOrgPaths",
        "aws:SourceVpc",
        "aws:SourceVpce",
        "aws:SourceIp",
        "aws:VpcSourceIp",
        "aws:userid",
        "aws:username",
    ].map((k) => k.toLowerCase()),
);

/** True when the principal is everyone: "*" or { AWS: "*" } (also inside a list). */
export function isEveryonePrincipal(principal: unknown): boolean {
    if (principal === "*") return true;
    const aws = recordOf(principal).AWS;
    return asList(aws).includes("*");
}

/** True when the statement's Condition names at least one key that scopes the caller. */
export function hasScopingCondition(condition: unknown): boolean {
    for (const operands of Object.values(recordOf(condition))) {
        for (const key of Object.keys(recordOf(operands))) {
            if (SCOPING_CONDITION_KEYS.has(key.toLowerCase())) return true;
        }
    }
    return false;
}

/** An Allow statement that any principal can use, with no condition scoping the caller. */
export function isPublicAllow(statement: PolicyStatement): boolean {
    return statement.Effect === "Allow" && isEveryonePrincipal(statement.Principal) && !hasScopingCondition(statement.Condition);
}
