/** The resources that carry an IAM identity policy document in their `policy` input. */

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
