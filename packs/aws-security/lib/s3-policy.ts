/**
 * Reading S3 bucket policy statements: whether they refuse plain HTTP, and for which resources.
 *
 * A statement refuses plain HTTP for a bucket when it is `Effect: "Deny"` for everyone
 * (`Principal: "*"` or `{ AWS: "*" }`), for every S3 action (`s3:*` or `*`), with the condition
 * `Bool` (or `BoolIfExists`) `aws:SecureTransport` `"false"` (or the boolean false) and no other
 * condition that would narrow the deny, and its Resource covers the bucket ARN
 * (`arn:aws:s3:::name`) and every object in it (`arn:aws:s3:::name/*`), or `*`, or a NotResource
 * that leaves them in. A `s3:TlsVersion` condition is not an alternative: plain-HTTP requests
 * carry no TLS version, so a Deny on `NumericLessThan s3:TlsVersion` lets them through.
 */
import { known, peek, recordOf, type StackResource } from "../../../src";
import { isAdminAction, namesEveryone, resourceCovers, wholeServicePrefix, type ConditionTest, type Statement } from "../../shared/policy-document";

/** A string-or-list condition value as lowercase strings (booleans included). */
function valuesOf(values: readonly unknown[]): string[] {
    return values.filter((v): v is string | boolean => typeof v === "string" || typeof v === "boolean").map((v) => String(v).toLowerCase());
}

function isInsecureTransportTest(test: ConditionTest): boolean {
    return test.base === "Bool" && test.qualifier === undefined && test.key === "aws:securetransport" && valuesOf(test.values).includes("false");
}

/**
 * True when the statement denies every S3 action to everyone over plain HTTP, whatever resources
 * it names: `Effect: "Deny"`, a principal of everyone, `Action` `s3:*` or `*`, and a condition
 * made only of `aws:SecureTransport` "false" tests (another condition key would narrow the deny).
 */
export function deniesInsecureTransport(statement: Statement): boolean {
    if (statement.effect !== "Deny" || !namesEveryone(statement.principal)) return false;
    if (statement.notActions !== undefined) return false;
    const actions = statement.actions ?? [];
    if (!actions.some((a) => isAdminAction(a) || wholeServicePrefix(a) === "s3")) return false;
    const tests = statement.conditions;
    return tests.length > 0 && tests.every(isInsecureTransportTest);
}

const PARTITION = /^arn:(aws[a-z-]*):/;

/** The partitions the statement's ARNs are written in ("aws" when they name none). */
function partitionsOf(statement: Statement): string[] {
    const found = new Set<string>();
    for (const pattern of [...(statement.resources ?? []), ...(statement.notResources ?? [])]) {
        const match = PARTITION.exec(pattern);
        if (match) found.add(match[1]);
    }
    return found.size > 0 ? [...found] : ["aws"];
}

/** What a set of statements covers of one bucket: the bucket itself and all of its objects. */
export interface Coverage {
    readonly bucket: boolean;
    readonly objects: boolean;
}

function coversArn(statement: Statement, resource: (partition: string) => string): boolean {
    return partitionsOf(statement).some((partition) => resourceCovers(statement, resource(partition)));
}

/**
 * A name that no bucket has (NUL is not allowed in bucket names): a statement that covers it
 * covers every bucket (`*`, `arn:aws:s3:::*`).
 */
const ANY_BUCKET = "\u0000";

/** What the statements cover of the bucket named `name`. */
export function coverageOf(statements: readonly Statement[], name: string): Coverage {
    return {
        bucket: statements.some((s) => coversArn(s, (p) => `arn:${p}:s3:::${name}`)),
        objects: statements.some((s) => coversArn(s, (p) => `arn:${p}:s3:::${name}/*`)),
    };
}

const BUCKET_OR_OBJECTS_ARN = /^arn:aws[a-z-]*:s3:::([^/*?]+)(?:\/\*)?$/;

/** Bucket names that the statements' Resource entries spell out (`arn:aws:s3:::name` or `.../name/*`). */
function namesIn(statements: readonly Statement[]): string[] {
    const names = new Set<string>();
    for (const statement of statements) {
        for (const pattern of statement.resources ?? []) {
            const match = BUCKET_OR_OBJECTS_ARN.exec(pattern);
            if (match) names.add(match[1]);
        }
    }
    return [...names];
}

/** How a bucket's policy refuses plain HTTP. */
export type TlsVerdict =
    /** Every request to the bucket and its objects over plain HTTP is denied. */
    | { readonly kind: "ok" }
    /** No statement denies plain HTTP to everyone for every S3 action. */
    | { readonly kind: "none" }
    /** Such statements exist, but leave the bucket, its objects or both out. */
    | { readonly kind: "partial"; readonly coverage: Coverage }
    /** A value the verdict needs is unknown (preview); it has been noted. */
    | { readonly kind: "unknown" };

/**
 * Judges the statements of `bucket`'s policy. The bucket's name is its `bucket` prop. When the
 * name is unknown (preview), only statements that cover every bucket can decide; otherwise the
 * name is read through `known` (noted) and the verdict is "unknown". When the bucket has no
 * name in its props (named by AWS), a bucket the statements spell out counts: S3 accepts a
 * bucket policy only when its resources are that bucket's.
 */
export function tlsVerdict(statements: readonly Statement[], bucket: StackResource): TlsVerdict {
    const denying = statements.filter(deniesInsecureTransport);
    if (denying.length === 0) return { kind: "none" };
    const name = peek(() => recordOf(bucket.props).bucket);
    let coverage: Coverage;
    if (!name.known) {
        coverage = coverageOf(denying, ANY_BUCKET);
        if (!(coverage.bucket && coverage.objects)) {
            known(() => recordOf(bucket.props).bucket);
            return { kind: "unknown" };
        }
    } else if (typeof name.value === "string" && name.value !== "") {
        coverage = coverageOf(denying, name.value);
    } else {
        const candidates = [ANY_BUCKET, ...namesIn(denying)].map((n) => coverageOf(denying, n));
        coverage = candidates.find((c) => c.bucket && c.objects) ?? candidates.find((c) => c.bucket || c.objects) ?? { bucket: false, objects: false };
    }
    return coverage.bucket && coverage.objects ? { kind: "ok" } : { kind: "partial", coverage };
}
