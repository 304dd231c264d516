/**
 * Reading role trust policies (`assumeRolePolicy`): which statements let someone assume a role.
 * Documents, principals and conditions are read by packs/shared/policy-document.ts.
 */
import type { Violation } from "../../../src";
import { grantsAction, statementsToJudge, type Statement } from "../../shared/policy-document";

export const ROLE_TYPE = "aws:iam/role:Role";

/** The STS actions that create a role session. */
export const ASSUME_ROLE = "sts:AssumeRole";
export const ASSUME_ACTIONS: readonly string[] = [ASSUME_ROLE, "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity"];

/**
 * The Allow statements of a role's trust policy that grant one of `actions`. A trust policy that
 * cannot be read is reported as not judged, never passed.
 */
export function trustStatements(
    document: unknown,
    ctx: { readonly name: string; report(violation: Violation): void },
    actions: readonly string[] = ASSUME_ACTIONS,
): Statement[] {
    return statementsToJudge(document, ctx, `Role \`${ctx.name}\``, "assumeRolePolicy").filter(
        (statement) => statement.isAllow && actions.some((action) => grantsAction(statement, action)),
    );
}
