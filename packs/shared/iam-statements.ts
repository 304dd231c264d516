/**
 * Judging single IAM policy statements: who they allow, on what. Built on lib/iam-policy.ts,
 * which reads documents (JSON string or object, one statement or a list).
 */
import { asList, type PolicyStatement } from "./iam-policy";

/** The four resources that carry an identity policy document in their `policy` input. */
export const IDENTITY_POLICY_TYPES = [
    "aws:iam/policy:Policy",
    "aws:iam/rolePolicy:RolePolicy",
    "aws:iam/userPolicy:UserPolicy",
    "aws:iam/groupPolicy:GroupPolicy",
] as const;

const POLICY_KINDS: Readonly<Record<string, string>> = {
    "aws:iam/policy:Policy": "IAM policy",
    "aws:iam/rolePolicy:RolePolicy": "Role policy",
    "aws:iam/userPolicy:UserPolicy": "User policy",
    "aws:iam/groupPolicy:GroupPolicy": "Group policy",
};

/** How a message names the resource: "IAM policy", "Role policy", ... */
export function policyKind(type: string): string {
    return POLICY_KINDS[type] ?? "Policy";
}

/** True for an Allow statement (IAM's Effect values are case-sensitive). */
export function isAllow(statement: PolicyStatement): boolean {
    return statement.Effect === "Allow";
}

/** The action-matching element holds something (a string or a list), so the statement uses it. */
export function hasElement(value: unknown): boolean {
    return typeof value === "string" || Array.isArray(value);
}

/**
 * A resource pattern that matches every resource: "*", or an ARN made only of wildcards after
 * the partition ("arn:aws:*:*:*:*", "arn:*:*").
 */
export function matchesEveryResource(resource: string): boolean {
    return resource === "*" || /^arn:(?:\*|aws[a-z-]*)(?::\*)+$/.test(resource);
}

/**
 * The statement applies to every resource, or to every resource but a listed few: its
 * Resource holds a match-all pattern, or it uses NotResource.
 */
export function appliesToAllResources(statement: PolicyStatement): boolean {
    if (asList(statement.Resource).some(matchesEveryResource)) return true;
    return hasElement(statement.NotResource);
}

/** Actions that grant everything ("*", "*:*"): judged by iam-no-wildcard-admin-policy. */
export function isAdminAction(action: string): boolean {
    return action === "*" || action === "*:*";
}

/**
 * The service prefix of an action that grants a whole service ("s3:*" → "s3"), lower-cased;
 * undefined for anything else, including scoped wildcards such as "ec2:Describe*".
 */
export function wholeServicePrefix(action: string): string | undefined {
    const match = /^([a-z0-9-]{1,64}):\*+$/i.exec(action);
    return match ? match[1].toLowerCase() : undefined;
}
