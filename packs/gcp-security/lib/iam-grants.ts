/**
 * The grants of a GCP IAM resource, read the same way for every service. Each resource that takes
 * an allow policy comes in three kinds:
 * - `…IamMember`: one principal (`member`) granted `role`;
 * - `…IamBinding`: the principals (`members`) granted `role`;
 * - `…IamPolicy`: the whole allow policy as JSON text (`policyData`), with `bindings` of
 *   `{ role, members, condition }` and, at project, folder and organization level, `auditConfigs`.
 *
 * Values are read only when a rule asks for them: a role or a condition that is unknown during
 * preview throws when read (the rule is then skipped), so a rule that does not need one keeps
 * judging. A policy that cannot be read (not JSON, not an object, encrypted) is never a pass: the
 * reading says why, and rules report it.
 */
import { listOf, recordOf } from "../../../src";
import { SECRET_PLACEHOLDER } from "../../../src/resource";

/** The three kinds of IAM resource. */
export type IamKind = "member" | "binding" | "policy";

const KIND_OF_CLASS = /[Ii][Aa][Mm](Member|Binding|Policy)$/;

/**
 * The kind of an IAM resource type token, from its class name (`BucketIAMMember`,
 * `IamBinding`, `IAMPolicy`); undefined for any other type, `…IamMemberRemove` included.
 */
export function iamKindOf(type: string): IamKind | undefined {
    const className = type.split(":").pop() ?? "";
    const kind = KIND_OF_CLASS.exec(className)?.[1];
    return kind === "Member" ? "member" : kind === "Binding" ? "binding" : kind === "Policy" ? "policy" : undefined;
}

/** The class name of a type token (`gcp:storage/bucketIAMMember:BucketIAMMember` → `BucketIAMMember`). */
export function classNameOf(type: string): string {
    return type.split(":").pop() ?? type;
}

/** One principal granted one role. */
export interface Grant {
    /** The principal as written: `user:ana@example.com`, `allUsers`, ... */
    readonly principal: string;
    /** Where the principal is: `member`, `members[2]`, or `policyData` (a path cannot reach into JSON text). */
    readonly path: string;
    /** The role granted. For member and binding resources this reads `role` (which may throw during preview). */
    role(): unknown;
    /** The grant's IAM condition, undefined when there is none (may throw during preview, as `role`). */
    condition(): unknown;
    /** For a policy, the index of the binding in `bindings`. */
    readonly bindingIndex?: number;
}

/** What an IAM resource grants, or why its grants cannot be read. */
export type GrantsReading =
    | { readonly kind: "grants"; readonly grants: readonly Grant[] }
    | { readonly kind: "unreadable"; readonly path: string; readonly problem: string };

/** What a `policyData` holds: a policy object, or why it cannot be read. */
export type PolicyDataReading =
    | { readonly kind: "policy"; readonly policy: Readonly<Record<string, unknown>> }
    | { readonly kind: "unreadable"; readonly problem: string };

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Reads an allow policy given as `policyData`: JSON text (what `gcp.organizations.getIAMPolicy`
 * returns), or an object. Absent or empty text cannot be read either: the input is required.
 */
export function readPolicyData(policyData: unknown): PolicyDataReading {
    if (policyData === undefined || policyData === null) return { kind: "unreadable", problem: "is not set" };
    let parsed: unknown = policyData;
    if (typeof policyData === "string") {
        // The offline engine's stand-in for an encrypted secret: present, but not readable.
        if (policyData === SECRET_PLACEHOLDER) return { kind: "unreadable", problem: "is encrypted in the stack export and cannot be read" };
        if (policyData.trim() === "") return { kind: "unreadable", problem: "is empty" };
        try {
            parsed = JSON.parse(policyData);
        } catch {
            return { kind: "unreadable", problem: "is not valid JSON" };
        }
    }
    if (!isRecord(parsed)) return { kind: "unreadable", problem: "is not a JSON object" };
    return { kind: "policy", policy: parsed };
}

/** The grants of a policy object's `bindings`; undefined when they are malformed. */
function policyGrants(policy: Readonly<Record<string, unknown>>): Grant[] | undefined {
    const bindings = policy.bindings;
    // A policy without bindings grants nothing (and, being authoritative, removes every grant).
    if (bindings === undefined || bindings === null) return [];
    if (!Array.isArray(bindings)) return undefined;
    const grants: Grant[] = [];
    for (const [bindingIndex, binding] of bindings.entries()) {
        if (!isRecord(binding) || !Array.isArray(binding.members)) return undefined;
        for (const principal of binding.members) {
            if (typeof principal !== "string") return undefined;
            grants.push({ principal, path: "policyData", role: () => binding.role, condition: () => binding.condition ?? undefined, bindingIndex });
        }
    }
    return grants;
}

/**
 * The grants of an IAM resource of any service and kind. `props` are the resource's props (read
 * through the policy proxy, so an unknown `member`, `members` or `policyData` throws and the rule
 * is skipped); a type that is no IAM kind grants nothing.
 */
export function readGrants(type: string, props: unknown): GrantsReading {
    const record = recordOf(props);
    const role = () => record.role;
    const condition = () => record.condition ?? undefined;
    switch (iamKindOf(type)) {
        case "member": {
            const principal = record.member;
            if (typeof principal !== "string") return { kind: "unreadable", path: "member", problem: "is not a principal string" };
            return { kind: "grants", grants: [{ principal, path: "member", role, condition }] };
        }
        case "binding": {
            const members = record.members;
            if (!Array.isArray(members)) return { kind: "unreadable", path: "members", problem: "is not a list of principals" };
            const grants: Grant[] = [];
            for (const [index, principal] of listOf(members).entries()) {
                if (typeof principal !== "string") return { kind: "unreadable", path: `members[${index}]`, problem: "is not a principal string" };
                grants.push({ principal, path: `members[${index}]`, role, condition });
            }
            return { kind: "grants", grants };
        }
        case "policy": {
            const reading = readPolicyData(record.policyData);
            if (reading.kind === "unreadable") return { kind: "unreadable", path: "policyData", problem: reading.problem };
            const grants = policyGrants(reading.policy);
            if (grants === undefined) return { kind: "unreadable", path: "policyData", problem: "has bindings that are not a list of { role, members } objects" };
            return { kind: "grants", grants };
        }
        default:
            return { kind: "grants", grants: [] };
    }
}

// ---------------------------------------------------------------- principals

/**
 * True for a principal that means everyone: `allUsers` (anyone on the internet),
 * `allAuthenticatedUsers` (anyone with a Google account) or the IAM v2 form of all users.
 * Compared ignoring case and surrounding spaces, so a near-miss spelling is not a way around.
 */
export function isPublicPrincipal(principal: string): boolean {
    const p = principal.trim().toLowerCase();
    return p === "allusers" || p === "allauthenticatedusers" || p === "principalset://goog/public:all";
}

/**
 * The type of a principal, lower case: `user`, `group`, `serviceaccount`, `domain`, `allusers`,
 * `allauthenticatedusers`, `principal`, `principalset`, ... A principal deleted from the directory
 * (`deleted:user:…?uid=…`) is `deleted`: it grants nothing until restored.
 */
export function principalType(principal: string): string {
    const p = principal.trim();
    const colon = p.indexOf(":");
    return (colon < 0 ? p : p.slice(0, colon)).toLowerCase();
}

/** Principal types named by an email address or a domain, which IAM compares ignoring case. */
const EMAIL_TYPES: ReadonlySet<string> = new Set(["user", "group", "serviceaccount", "domain"]);

/**
 * The principal in a stable form, for grouping the grants of one principal: the type prefix in
 * lower case, and for email and domain principals the address too (`user:Ana@x` is `user:ana@x`).
 * Other identifiers (workload identity subjects, ...) may be case-sensitive and are kept as written.
 */
export function principalKey(principal: string): string {
    const p = principal.trim();
    const colon = p.indexOf(":");
    if (colon < 0) return p.toLowerCase();
    const type = p.slice(0, colon).toLowerCase();
    const rest = p.slice(colon + 1);
    return `${type}:${EMAIL_TYPES.has(type) ? rest.toLowerCase() : rest}`;
}

/** A role name safe to echo in a message (`roles/owner`, `projects/p/roles/custom`), else undefined. */
export function roleText(role: unknown): string | undefined {
    return typeof role === "string" && /^[A-Za-z0-9_./-]{1,200}$/.test(role) ? role : undefined;
}

/** A principal safe to echo in a message, else a neutral description. */
export function principalText(principal: string): string {
    const p = principal.trim();
    return /^[A-Za-z0-9_.:@/+=-]{1,200}$/.test(p) ? p : "a principal";
}

/** A rule message for an IAM resource whose grants cannot be read (placeholders: kind, name, path, problem). */
export const UNREADABLE_GRANTS_MESSAGE = "{{kind}} `{{name}}` could not be judged: its `{{path}}` {{problem}}.";
