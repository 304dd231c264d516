/**
 * IAM policy documents, read the same way by every rule that judges one: identity policies,
 * role trust policies and resource policies (S3, SNS, SQS, ECR, ...). A document arrives as
 * JSON text or as an object, with one statement or a list of them.
 *
 * Resource-policy rules ask `publicStatements` (public principal, no confining condition, no Deny
 * guard); identity-policy rules get their documents from identity-policies.ts and ask
 * `isFullAdmin`, `appliesToAllResources`, `wholeServicePrefix`, ...; trust-policy rules
 * (packs/access/lib/trust-policy.ts) ask `allowsPublicAccess` and `grantsAction`.
 *
 * Statement elements are read only when a rule asks for them: during preview a part of an
 * object document may still be unknown, and reading it throws (the rule is then skipped), so
 * reading less keeps more rules judging.
 */
import { known, recordOf, type Violation } from "../../src";
import { SECRET_PLACEHOLDER } from "../../src/resource";
import { parseCidr } from "./cidr";
import { hasWildcard, wildcardMatch } from "./wildcard";

// ---------------------------------------------------------------- reading a document

/** What a policy input holds: nothing, something that is not a policy, or a policy's statements. */
export type PolicyReading =
    | { readonly kind: "absent" }
    | { readonly kind: "unreadable"; readonly problem: string }
    | { readonly kind: "document"; readonly statements: readonly Statement[] };

/** Reads a policy document given as JSON text or as an object. */
export function readPolicy(document: unknown): PolicyReading {
    if (document === undefined || document === null || (typeof document === "string" && document.trim() === "")) return { kind: "absent" };
    let parsed: unknown = document;
    if (typeof document === "string") {
        // The offline engine's stand-in for an encrypted secret: present, but not readable.
        if (document === SECRET_PLACEHOLDER) return { kind: "unreadable", problem: "is encrypted in the stack export and cannot be read" };
        try {
            parsed = JSON.parse(document);
        } catch {
            return { kind: "unreadable", problem: "is not valid JSON" };
        }
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return { kind: "unreadable", problem: "is not a JSON object" };
    const element = (parsed as { Statement?: unknown }).Statement;
    // Non-object entries are skipped but keep their place, so Statement[i] in a message is the i-th entry.
    if (Array.isArray(element)) {
        const statements: Statement[] = [];
        element.forEach((entry: unknown, index) => {
            if (isRecord(entry)) statements.push(new Statement(index, entry));
        });
        return { kind: "document", statements };
    }
    if (isRecord(element)) return { kind: "document", statements: [new Statement(0, element)] };
    return { kind: "unreadable", problem: "has no Statement" };
}

/**
 * The statements of a policy input, for rules that judge each one. An unreadable document is
 * reported (it can never pass unseen, and AWS would reject it anyway); an absent one gives none.
 * `subject` names the resource ("Bucket policy `site`"), `path` the input ("policy").
 */
export function statementsToJudge(document: unknown, ctx: { report(violation: Violation): void }, subject: string, path: string): readonly Statement[] {
    const reading = readPolicy(document);
    if (reading.kind === "document") return reading.statements;
    if (reading.kind === "unreadable") ctx.report(unreadablePolicy(subject, path, reading.problem));
    return [];
}

/** The violation for a policy input that could not be read, so could not be judged. */
export function unreadablePolicy(subject: string, path: string, problem: string): Violation {
    return {
        message: `${subject} could not be judged: its \`${path}\` ${problem}.`,
        propertyPath: path,
        fix: "Give a policy document: a JSON object (or its JSON text) with a Statement element, e.g. built with aws.iam.getPolicyDocument or JSON.stringify.",
    };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A string-or-list element as a list of its strings; undefined when the element is absent or neither. */
function listElement(value: unknown): string[] | undefined {
    if (typeof value === "string") return [value];
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
    return undefined;
}

/** A string-or-list value as a list of strings (absent or wrong-typed: empty). */
export function asList(value: unknown): string[] {
    return listElement(value) ?? [];
}

// ---------------------------------------------------------------- statements

/** One statement, with its elements normalised on access. */
export class Statement {
    constructor(
        /** Its position in the document's Statement list. */
        readonly index: number,
        /** The statement as written, for elements this class does not model. */
        readonly element: Readonly<Record<string, unknown>>,
    ) {}

    /** `Allow` or `Deny` exactly as IAM spells them (Effect is case-sensitive), else undefined. */
    get effect(): "Allow" | "Deny" | undefined {
        const effect = this.element.Effect;
        return effect === "Allow" || effect === "Deny" ? effect : undefined;
    }

    get isAllow(): boolean {
        return this.effect === "Allow";
    }

    /** `Action` as a list; undefined when the statement has none. Same for the getters below. */
    get actions(): readonly string[] | undefined {
        return listElement(this.element.Action);
    }

    get notActions(): readonly string[] | undefined {
        return listElement(this.element.NotAction);
    }

    get resources(): readonly string[] | undefined {
        return listElement(this.element.Resource);
    }

    get notResources(): readonly string[] | undefined {
        return listElement(this.element.NotResource);
    }

    get principal(): Principal | undefined {
        return principalOf(this.element.Principal);
    }

    get notPrincipal(): Principal | undefined {
        return principalOf(this.element.NotPrincipal);
    }

    /** True when the statement has a NotPrincipal element (whatever it names). */
    get hasNotPrincipal(): boolean {
        const value = this.element.NotPrincipal;
        return value !== undefined && value !== null;
    }

    /** The key tests of its Condition element; their values are read on use. */
    get conditions(): readonly ConditionTest[] {
        return conditionTestsOf(this.element.Condition);
    }
}

// ---------------------------------------------------------------- principals

/** A Principal element: `"*"`, or entries by principal type ("AWS", "Service", "Federated", ...). */
export interface Principal {
    /** The element is the string `"*"`. */
    readonly anyone: boolean;
    readonly byType: Readonly<Record<string, readonly string[]>>;
}

function principalOf(value: unknown): Principal | undefined {
    if (value === undefined || value === null) return undefined;
    if (value === "*") return { anyone: true, byType: {} };
    // Not valid IAM, but a list holding "*" (`Principal: ["*"]`) is read the way it was meant.
    if (Array.isArray(value)) return { anyone: value.includes("*"), byType: {} };
    const record = recordOf(value);
    const byType: Record<string, readonly string[]> = {};
    for (const type of Object.keys(record)) byType[type] = asList(record[type]);
    return { anyone: false, byType };
}

/** The `AWS` entries of a principal: account IDs and IAM/STS ARNs. */
export function awsPrincipals(principal: Principal | undefined): readonly string[] {
    return principal?.byType.AWS ?? [];
}

/** True when the principal is exactly everyone: `"*"` or an `AWS` entry of `"*"`. */
export function namesEveryone(principal: Principal | undefined): boolean {
    return principal !== undefined && (principal.anyone || awsPrincipals(principal).includes("*"));
}

/** The account segment of an ARN (`arn:partition:service:region:account:resource`), if it is one. */
function arnAccount(arn: string): string | undefined {
    const parts = arn.split(":");
    return parts.length >= 6 && parts[0] === "arn" ? parts[4] : undefined;
}

/**
 * True when the principal takes in principals of any account: `"*"`, a `"*"` entry of any
 * type, or an AWS ARN whose account is a wildcard (`arn:aws:iam::*:root`).
 */
export function isPublicPrincipal(principal: Principal | undefined): boolean {
    if (principal === undefined) return false;
    if (principal.anyone) return true;
    if (Object.values(principal.byType).some((entries) => entries.includes("*"))) return true;
    // An ARN whose account is a wildcard, or a wildcard that is not an ARN at all ("1111*"): IAM
    // accepts no wildcard in an AWS principal but "*", so whatever such an entry means, it is no
    // named account.
    return awsPrincipals(principal).some((entry) => hasWildcard(arnAccount(entry) ?? (entry.startsWith("arn:") ? "" : entry)));
}

/**
 * True when the entry is an AWS service principal (`s3.amazonaws.com`, `logs.eu-west-1.amazonaws.com`,
 * `sns.amazonaws.com.cn` in the China partition, `*.amazonaws.com`-style names of newer services
 * such as `bedrock.amazonaws.com`). Services act for every AWS customer, so a grant to one is
 * confined to *our* account only by a source condition (confused deputy).
 */
export function isServicePrincipal(entry: string): boolean {
    return SERVICE_PRINCIPAL.test(entry.trim());
}
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(?:\.cn)?$/i;

/** The 12-digit account of an AWS principal entry (an account ID or an IAM/STS ARN), if it names one. */
export function principalAccount(entry: string): string | undefined {
    if (/^\d{12}$/.test(entry)) return entry;
    const match = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(entry);
    return match ? match[1] : undefined;
}

// ---------------------------------------------------------------- conditions

/** One key test of a Condition element. */
export interface ConditionTest {
    /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists` (operators are case-sensitive). */
    readonly operator: string;
    /** The operator without set qualifier and `IfExists`: `StringLike`. */
    readonly base: string;
    readonly qualifier: "ForAnyValue" | "ForAllValues" | undefined;
    readonly ifExists: boolean;
    /** The key in lower case: IAM matches condition keys case-insensitively. */
    readonly key: string;
    /** The values (a single value as a list of one); read on first use. */
    readonly values: readonly unknown[];
}

function conditionTestsOf(condition: unknown): ConditionTest[] {
    const tests: ConditionTest[] = [];
    const operators = recordOf(condition);
    for (const operator of Object.keys(operators)) {
        const block = recordOf(operators[operator]);
        const qualifier = operator.startsWith("ForAnyValue:") ? "ForAnyValue" : operator.startsWith("ForAllValues:") ? "ForAllValues" : undefined;
        const unqualified = qualifier ? operator.slice(qualifier.length + 1) : operator;
        const ifExists = unqualified.endsWith("IfExists");
        const base = ifExists ? unqualified.slice(0, -"IfExists".length) : unqualified;
        for (const key of Object.keys(block)) {
            tests.push({
                operator,
                base,
                qualifier,
                ifExists,
                key: key.toLowerCase(),
                get values() {
                    const value = block[key];
                    return Array.isArray(value) ? [...(value as unknown[])] : [value];
                },
            });
        }
    }
    return tests;
}

/**
 * Condition keys that, compared with fixed values, confine a statement to known accounts,
 * organisations, source resources or networks: the keys Amazon S3 and IAM Access Analyzer take
 * to make a statement non-public. aws:PrincipalArn, aws:userid, aws:SourceOwner and
 * aws:SourceOrgPaths pin the caller at least as tightly as their account-level siblings.
 * Keys such as aws:PrincipalServiceName or aws:username do not: they match callers of any account.
 */
export const CONFINING_KEYS: ReadonlySet<string> = new Set(
    [
        "aws:SourceVpce",
        "aws:SourceVpc",
        "aws:VpceAccount",
        "aws:VpceOrgID",
        "aws:VpceOrgPaths",
        "aws:PrincipalOrgID",
        "aws:PrincipalOrgPaths",
        "aws:PrincipalAccount",
        "aws:PrincipalArn",
        "aws:userid",
        "aws:SourceAccount",
        "aws:SourceOwner",
        "aws:SourceArn",
        "aws:SourceOrgID",
        "aws:SourceOrgPaths",
        "aws:SourceIp",
    ].map((key) => key.toLowerCase()),
);

/**
 * For KMS key policies, also kms:CallerAccount: the account of the caller, which IAM Access
 * Analyzer and the AWS Config rule kms-key-policy-no-public-access accept as limiting a `"*"`
 * statement (the KMS default "allow via service" statements use it together with kms:ViaService).
 * kms:ViaService alone does not confine: every account can call KMS through S3, EBS, ...
 * (https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account,
 * https://docs.aws.amazon.com/config/latest/developerguide/kms-key-policy-no-public-access.html).
 *
 * Keys deliberately left out everywhere: aws:PrincipalIsAWSService and aws:ViaAWSService (Bool:
 * a service principal, or a service acting for a caller, of *any* account), aws:PrincipalServiceName,
 * aws:username, aws:PrincipalType, aws:SecureTransport, aws:CalledVia, aws:ResourceAccount,
 * lambda:FunctionUrlAuthType (how a caller signs in, not who it is), sts:ExternalId.
 */
export const KMS_CONFINING_KEYS: ReadonlySet<string> = new Set([...CONFINING_KEYS, "kms:calleraccount"]);

/**
 * Operators that match only when the key is present and equal to (or like) a value. Negated
 * operators, `Null`, `...IfExists` (true when the key is absent) and `ForAllValues:` (true for
 * an empty set) let requests without the key through, so they confine nothing.
 */
const CONFINING_OPERATORS: ReadonlySet<string> = new Set(["StringEquals", "StringEqualsIgnoreCase", "StringLike", "ArnEquals", "ArnLike", "IpAddress"]);

function operatorConfines(test: ConditionTest): boolean {
    return CONFINING_OPERATORS.has(test.base) && !test.ifExists && test.qualifier !== "ForAllValues";
}

/**
 * True when one condition value pins the key down. A wildcard matches callers nobody vetted,
 * except where the fixed part already names an account (an ARN with a literal account) or an
 * organisation (an org path under a literal `o-...` root). A policy variable (`${...}`) takes
 * the caller's own value, so it pins nothing. aws:SourceIp needs a range smaller than the world.
 */
function valueConfines(test: ConditionTest, value: unknown): boolean {
    if (test.key === "aws:sourceip") {
        const range = test.base === "IpAddress" ? parseCidr(value, { bareAddress: true }) : undefined;
        return range !== undefined && range.prefixLength > 0;
    }
    if (test.base === "IpAddress") return false;
    if (typeof value === "number") return Number.isFinite(value);
    if (typeof value !== "string") return false;
    const text = value.trim();
    if (text === "" || text.includes("${")) return false;
    if (!hasWildcard(text)) return true;
    if (test.base !== "StringLike" && test.base !== "ArnLike") return false;
    const account = arnAccount(text);
    if (account !== undefined) return /^\d{12}$/.test(account);
    return test.key.endsWith("orgpaths") && /^o-[a-z0-9]+\/[^*?]/.test(text);
}

/**
 * True when the conditions confine the statement: some test with a confining operator on one
 * of `keys` (lower case) whose every value pins the key down. Condition tests all must hold, so
 * one such test is enough. When none confines but a candidate test's values are unknown during
 * preview, the unknown value is read again and its error propagates: the rule is skipped, never
 * decided on a guess.
 */
export function conditionConfines(tests: readonly ConditionTest[], keys: ReadonlySet<string> = CONFINING_KEYS): boolean {
    let pending: ConditionTest | undefined;
    for (const test of tests) {
        if (!keys.has(test.key) || !operatorConfines(test)) continue;
        const values = known(() => test.values);
        if (!values.known) {
            pending ??= test;
            continue;
        }
        if (values.value.length > 0 && values.value.every((value) => valueConfines(test, value))) return true;
    }
    if (pending) rethrowUnknown(() => pending.values);
    return false;
}

/** Reads a value known to be unknown, so that the proxy's unknown-value error reaches the policy runner. */
function rethrowUnknown(read: () => unknown): void {
    read();
}

/**
 * True when the statement lets in principals of any account with nothing confining it: an Allow
 * whose principal is public, or any Allow with NotPrincipal (everyone but those it names), with
 * no confining condition on `keys`.
 */
export function allowsPublicAccess(statement: Statement, keys: ReadonlySet<string> = CONFINING_KEYS): boolean {
    if (!statement.isAllow) return false;
    if (!statement.hasNotPrincipal && !isPublicPrincipal(statement.principal)) return false;
    return !conditionConfines(statement.conditions, keys);
}

/** Negated operators, and the positive operator whose values they are read like. */
const NEGATED_OPERATORS: Readonly<Record<string, string>> = {
    StringNotEquals: "StringEquals",
    StringNotEqualsIgnoreCase: "StringEqualsIgnoreCase",
    StringNotLike: "StringLike",
    ArnNotEquals: "ArnEquals",
    ArnNotLike: "ArnLike",
    NotIpAddress: "IpAddress",
};

/**
 * True when a Deny statement fences the given Allow in: the guard idiom of API Gateway, S3 and
 * OpenSearch policies ("Allow * to invoke; Deny * unless aws:SourceVpce is vpce-1"). The Deny
 * must name everyone, cover every action and resource of the Allow, and carry either no
 * condition (the Allow is void) or exactly one test: a negated operator on a confining key with
 * fixed values (a missing key makes a negated operator true, so the Deny then applies too;
 * `...IfExists` only widens a Deny). A Deny with a second condition applies only when both hold,
 * so it fences nothing; so does a `ForAllValues:`/`ForAnyValue:` one, whose set logic differs.
 * Values are read as for conditionConfines: an unknown one is read again and skips the rule
 * when nothing else decides.
 */
export function deniedUnlessConfined(allow: Statement, deny: Statement, keys: ReadonlySet<string> = CONFINING_KEYS): boolean {
    if (deny.effect !== "Deny" || !isPublicPrincipal(deny.principal) || deny.hasNotPrincipal) return false;
    if (!actionsCovered(allow, deny) || !resourcesCovered(allow, deny)) return false;
    const tests = deny.conditions;
    if (tests.length === 0) return true;
    if (tests.length !== 1) return false;
    const [test] = tests;
    const positive = test.qualifier === undefined ? NEGATED_OPERATORS[test.base] : undefined;
    if (positive === undefined || !keys.has(test.key)) return false;
    // Read like its positive counterpart; the values stay lazy (an unknown one is read only on use).
    const asPositive: ConditionTest = {
        operator: positive,
        base: positive,
        qualifier: undefined,
        ifExists: false,
        key: test.key,
        get values() {
            return test.values;
        },
    };
    return conditionConfines([asPositive], keys);
}

/** Every action the Allow grants is denied too: each Allow pattern falls under a Deny pattern; NotAction only under "*". */
function actionsCovered(allow: Statement, deny: Statement): boolean {
    if (deny.notActions !== undefined) return false;
    const denied = deny.actions ?? [];
    if (denied.some(isAdminAction)) return true;
    if (allow.notActions !== undefined) return false;
    const allowed = allow.actions ?? [];
    return allowed.length > 0 && allowed.every((pattern) => denied.some((d) => wildcardMatch(d, pattern, { ignoreCase: true })));
}

/** Every resource the Allow names is denied too (a missing Resource on either side is the enclosing resource's policy default). */
function resourcesCovered(allow: Statement, deny: Statement): boolean {
    if (deny.notResources !== undefined) return false;
    const denied = deny.resources;
    if (denied === undefined || denied.some(matchesEveryResource)) return true;
    if (allow.notResources !== undefined) return false;
    const allowed = allow.resources;
    if (allowed === undefined) return false;
    return allowed.every((pattern) => denied.some((d) => wildcardMatch(d, pattern)));
}

/**
 * The statements of a resource policy that let in everyone: allowsPublicAccess, unless a Deny
 * guard of the same document fences the statement in (deniedUnlessConfined). An unreadable
 * document is reported as not judged. `subject` and `path` as for statementsToJudge. Every
 * resource-policy rule (SNS, SQS, ECR, KMS, Secrets Manager, OpenSearch, API Gateway) asks this.
 */
export function publicStatements(
    document: unknown,
    ctx: { report(violation: Violation): void },
    subject: string,
    path: string,
    keys: ReadonlySet<string> = CONFINING_KEYS,
): Statement[] {
    const statements = statementsToJudge(document, ctx, subject, path);
    const denies = statements.filter((statement) => statement.effect === "Deny");
    return statements.filter((statement) => allowsPublicAccess(statement, keys) && !denies.some((deny) => deniedUnlessConfined(statement, deny, keys)));
}

/**
 * How a message names who a public statement lets in, from a fixed set of phrases (never the
 * policy's own text): `everyone ("*")`, `everyone outside its NotPrincipal`, or
 * `principals of any account` (an account wildcard such as arn:aws:iam::*:root).
 */
export function publicAudience(statement: Statement): string {
    if (statement.hasNotPrincipal) return "everyone outside its NotPrincipal";
    const principal = statement.principal;
    if (principal !== undefined && (principal.anyone || Object.values(principal.byType).some((entries) => entries.includes("*")))) return 'everyone ("*")';
    return "principals of any account";
}

// ---------------------------------------------------------------- actions

/** True when the action pattern matches the action: IAM compares actions case-insensitively, with `*` and `?`. */
export function actionMatches(pattern: string, action: string): boolean {
    return wildcardMatch(pattern, action, { ignoreCase: true });
}

/** True when the statement's Action covers `action`, or its NotAction leaves it out. */
export function grantsAction(statement: Statement, action: string): boolean {
    const excluded = statement.notActions;
    if (excluded !== undefined) return !excluded.some((pattern) => actionMatches(pattern, action));
    return (statement.actions ?? []).some((pattern) => actionMatches(pattern, action));
}

/** Action patterns that grant every action of every service: `*`, `*:*` (runs of `*` alike). */
export function isAdminAction(pattern: string): boolean {
    return /^\*+(?::\*+)?$/.test(pattern);
}

/**
 * The service prefix of a pattern that grants a whole service ("s3:*" → "s3"), lower-cased;
 * undefined for anything else, including scoped wildcards such as "ec2:Describe*".
 */
export function wholeServicePrefix(pattern: string): string | undefined {
    const match = /^([a-z0-9-]{1,64}):\*+$/i.exec(pattern);
    return match ? match[1].toLowerCase() : undefined;
}

// ---------------------------------------------------------------- resources

/**
 * A resource pattern that matches every resource: `"*"`, or an ARN made only of wildcards after
 * the partition (`arn:aws:*:*:*:*`, `arn:aws:*`, `arn:*`): a `*` spans colons, so each of these
 * matches any ARN.
 */
export function matchesEveryResource(pattern: string): boolean {
    return /^(?:\*+|arn:(?:\*+|aws[a-z-]*:\*+)(?::\*+)*)$/.test(pattern);
}

/** The statement applies to every resource, or to all but a few: a match-all Resource, or NotResource. */
export function appliesToAllResources(statement: Statement): boolean {
    if (statement.notResources !== undefined) return true;
    return (statement.resources ?? []).some(matchesEveryResource);
}

/** True when the statement's Resource covers the ARN, or its NotResource leaves it out (ARNs compare case-sensitively). */
export function resourceCovers(statement: Statement, arn: string): boolean {
    const excluded = statement.notResources;
    if (excluded !== undefined) return !excluded.some((pattern) => wildcardMatch(pattern, arn));
    return (statement.resources ?? []).some((pattern) => wildcardMatch(pattern, arn));
}

/** An Allow of every action (`*`) on every resource: administrator access. */
export function isFullAdmin(statement: Statement): boolean {
    return statement.isAllow && (statement.actions ?? []).some(isAdminAction) && appliesToAllResources(statement);
}
