/**
 * Reading role trust policies (`assumeRolePolicy`): who may assume a role, and under which
 * conditions. Documents arrive as JSON strings or objects; lib/iam-policy.ts in aws-security
 * parses them.
 */
import { recordOf } from "../../../src";
import { asList, policyStatements, type PolicyStatement } from "../../shared/iam-policy";
import { actionMatches } from "./iam-match";

export const ROLE_TYPE = "aws:iam/role:Role";

/** The STS actions that create a role session. */
export const ASSUME_ROLE = "sts:AssumeRole";
export const ASSUME_ACTIONS: readonly string[] = [ASSUME_ROLE, "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity"];

/** The principals of one statement, split by kind. */
export interface Principals {
    /** `Principal: "*"` or an `AWS` entry of "*": any principal of any account. */
    readonly everyone: boolean;
    /** `AWS` entries other than "*": account IDs and IAM ARNs. */
    readonly aws: string[];
    readonly federated: string[];
    readonly services: string[];
}

/** One Allow statement of a trust policy that lets someone assume the role. */
export interface TrustStatement {
    readonly index: number;
    readonly statement: PolicyStatement;
    readonly principals: Principals;
}

/** The principals named by a statement's `Principal` element. */
export function principalsOf(principal: unknown): Principals {
    if (principal === "*") return { everyone: true, aws: [], federated: [], services: [] };
    const element = recordOf(principal);
    const aws = asList(element.AWS);
    return {
        everyone: aws.includes("*"),
        aws: aws.filter((entry) => entry !== "*"),
        federated: asList(element.Federated),
        services: asList(element.Service),
    };
}

/** True when the statement's actions include one of `actions` (NotAction counts as every action it does not list). */
export function grantsAction(statement: PolicyStatement, actions: readonly string[] = ASSUME_ACTIONS): boolean {
    if (typeof statement.NotAction === "string" || Array.isArray(statement.NotAction)) {
        const excluded = asList(statement.NotAction);
        return actions.some((action) => !excluded.some((pattern) => actionMatches(pattern, action)));
    }
    const patterns = asList(statement.Action);
    return actions.some((action) => patterns.some((pattern) => actionMatches(pattern, action)));
}

/**
 * The Allow statements of a trust policy that grant one of `actions`, with their principals;
 * undefined when the document cannot be read.
 */
export function trustStatements(document: unknown, actions: readonly string[] = ASSUME_ACTIONS): TrustStatement[] | undefined {
    const statements = policyStatements(document);
    if (!statements) return undefined;
    const result: TrustStatement[] = [];
    statements.forEach((statement, index) => {
        if (statement.Effect !== "Allow" || !grantsAction(statement, actions)) return;
        result.push({ index, statement, principals: principalsOf(statement.Principal) });
    });
    return result;
}

/** One key test of a Condition block, with operator and key in lower case (IAM matches keys case-insensitively). */
export interface ConditionTest {
    readonly operator: string;
    readonly key: string;
    readonly values: unknown[];
}

/** The key tests of a statement's `Condition` element. */
export function conditionTests(condition: unknown): ConditionTest[] {
    const tests: ConditionTest[] = [];
    for (const [operator, block] of Object.entries(recordOf(condition))) {
        for (const [key, value] of Object.entries(recordOf(block))) {
            tests.push({ operator: operator.toLowerCase(), key: key.toLowerCase(), values: Array.isArray(value) ? value : [value] });
        }
    }
    return tests;
}

/**
 * True for an operator that only matches when the key is present and equal to (or like) one of
 * the values: not a negation, not `...IfExists` (which matches when the key is absent), not
 * `Null`, and not `ForAllValues:` (which matches an absent key).
 */
export function isRestrictiveOperator(operator: string): boolean {
    const op = operator.toLowerCase();
    if (op.startsWith("forallvalues:") || op.endsWith("ifexists") || op === "null") return false;
    const base = op.startsWith("foranyvalue:") ? op.slice("foranyvalue:".length) : op;
    return !base.includes("not") && /^(string|arn|numeric|date|bool|ipaddress|binary)/.test(base);
}

/** True when a condition value pins something down: a non-empty value that is not only wildcards. */
export function isSpecificValue(value: unknown): boolean {
    if (typeof value === "string") return value !== "" && !/^[*?]+$/.test(value);
    return typeof value === "number" || typeof value === "boolean";
}

/** True when the statement has a restrictive test of one of `keys` (lower case) with a specific value. */
export function hasRestrictiveCondition(statement: PolicyStatement, keys: ReadonlySet<string>): boolean {
    return conditionTests(statement.Condition).some(
        (test) => keys.has(test.key) && isRestrictiveOperator(test.operator) && test.values.length > 0 && test.values.every(isSpecificValue),
    );
}

/** The 12-digit account of an AWS principal entry (an account ID or an IAM/STS ARN), if it names one. */
export function principalAccount(entry: string): string | undefined {
    if (/^\d{12}$/.test(entry)) return entry;
    const match = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(entry);
    return match ? match[1] : undefined;
}
