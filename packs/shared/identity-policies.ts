/**
 * Where identity policies live: every resource type that carries an IAM identity policy document
 * (permissions granted to a user, group, role or permission set), and where in its props the
 * documents are. Identity-policy rules judge every carrier through this one list, so a new
 * carrier is added here once and every rule sees it.
 */
import { recordOf, type ResourceType, type Violation } from "../../src";
import { statementsToJudge, type Statement } from "./policy-document";

/** One carrier: its type token, how messages name it, and how to find its documents. */
interface Carrier {
    readonly kind: string;
    /** The documents of a resource of this type, each with the property path it sits at. */
    readonly documents: (props: unknown) => readonly { readonly document: unknown; readonly path: string }[];
}

/** A carrier whose one document is the `key` input. */
const single = (kind: string, key: string): Carrier => ({ kind, documents: (props) => [{ document: recordOf(props)[key], path: key }] });

const CARRIERS = {
    "aws:iam/policy:Policy": single("IAM policy", "policy"),
    "aws:iam/rolePolicy:RolePolicy": single("Role policy", "policy"),
    "aws:iam/userPolicy:UserPolicy": single("User policy", "policy"),
    "aws:iam/groupPolicy:GroupPolicy": single("Group policy", "policy"),
    // A role's inline policies, declared on the role itself: inlinePolicies[i].policy.
    "aws:iam/role:Role": {
        kind: "Role",
        documents: (props) => {
            const entries = recordOf(props).inlinePolicies;
            if (!Array.isArray(entries)) return [];
            return entries.map((entry: unknown, i) => ({ document: recordOf(entry).policy, path: `inlinePolicies[${i}].policy` }));
        },
    },
    // IAM Identity Center: the inline policy of a permission set, applied to every account it is assigned to.
    "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy": single("Permission set inline policy", "inlinePolicy"),
} as const satisfies Readonly<Partial<Record<ResourceType, Carrier>>>;

/** The resource types that carry an identity policy document. */
export const IDENTITY_POLICY_CARRIERS = Object.keys(CARRIERS) as (keyof typeof CARRIERS)[];

/** The resources whose own `policy` input is an identity policy (the policy resources, not roles or permission sets). */
export const IDENTITY_POLICY_TYPES = [
    "aws:iam/policy:Policy",
    "aws:iam/rolePolicy:RolePolicy",
    "aws:iam/userPolicy:UserPolicy",
    "aws:iam/groupPolicy:GroupPolicy",
] as const;

/** How a message names the resource: "IAM policy", "Role policy", "Role", ... */
export function policyKind(type: string): string {
    return (CARRIERS as Readonly<Record<string, Carrier>>)[type]?.kind ?? "Policy";
}

/** One statement of an identity policy, with the property path of its document. */
export interface IdentityStatement {
    readonly statement: Statement;
    /** The document's property path: `policy`, `inlinePolicies[0].policy`, `inlinePolicy`. */
    readonly path: string;
}

/**
 * Every statement of every identity policy document the resource carries. A document that cannot
 * be read is reported as not judged (never passed); an absent one gives nothing. Documents are
 * read one by one, so an unknown one (preview) stops the run there and the rule is skipped.
 */
export function identityStatements(
    type: string,
    props: unknown,
    ctx: { readonly name: string; report(violation: Violation): void },
): IdentityStatement[] {
    const carrier = (CARRIERS as Readonly<Record<string, Carrier>>)[type];
    if (carrier === undefined) return [];
    const subject = `${carrier.kind} \`${ctx.name}\``;
    const found: IdentityStatement[] = [];
    for (const { document, path } of carrier.documents(props)) {
        for (const statement of statementsToJudge(document, ctx, subject, path)) found.push({ statement, path });
    }
    return found;
}
