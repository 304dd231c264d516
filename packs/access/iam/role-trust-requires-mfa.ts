import { defineRule } from "../../../src";
import { awsPrincipals, conditionConfines, grantsAction, isPublicPrincipal, readPolicy, type Statement } from "../../shared/policy-document";
import { ASSUME_ROLE, ROLE_TYPE, trustStatements } from "../lib/trust-policy";
import type {} from "../../../src/types/aws/iam";

const EXTERNAL_ID: ReadonlySet<string> = new Set(["sts:externalid"]);

/**
 * AWS principal entries through which a person can call AssumeRole with their own MFA device:
 * an account (ID or root ARN, delegating to the account's IAM policies) or an IAM user. Roles
 * are left out: their sessions usually belong to workloads, and sessions that came from
 * SAML or IAM Identity Center carry no MFA flag, so the condition would lock them out.
 */
function isPersonPrincipal(entry: string): boolean {
    return /^\d{12}$/.test(entry) || /^arn:aws[a-z-]*:iam::\d{12}:(?:root|user\/.+)$/.test(entry);
}

const isTrue = (value: unknown) => value === true || (typeof value === "string" && value.toLowerCase() === "true");
const isFalse = (value: unknown) => value === false || (typeof value === "string" && value.toLowerCase() === "false");

/** The statement only matches requests signed with MFA credentials (an `...IfExists` test also matches without). */
function requiresMfa(statement: Statement): boolean {
    return statement.conditions.some(
        (test) =>
            test.qualifier === undefined &&
            !test.ifExists &&
            ((test.key === "aws:multifactorauthpresent" && test.base === "Bool" && test.values.length > 0 && test.values.every(isTrue)) ||
                (test.key === "aws:multifactorauthage" && (test.base === "NumericLessThan" || test.base === "NumericLessThanEquals"))),
    );
}

/** A Deny statement that refuses AssumeRole whenever MFA is missing (`BoolIfExists` false). */
function deniesWithoutMfa(statement: Statement): boolean {
    if (statement.effect !== "Deny" || !grantsAction(statement, ASSUME_ROLE)) return false;
    return statement.conditions.some(
        (test) => test.key === "aws:multifactorauthpresent" && test.operator === "BoolIfExists" && test.values.length > 0 && test.values.every(isFalse),
    );
}

const trust = (Condition?: unknown) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole", ...(Condition ? { Condition } : {}) }],
    });

export default defineRule({
    id: "access-iam-role-trust-requires-mfa",
    title: "Roles people assume require MFA",
    description:
        "A role that IAM users or whole accounts may assume without MFA can be taken over with a stolen password or access key alone. Requiring aws:MultiFactorAuthPresent in the trust policy makes a second factor part of every session.",
    severity: "medium",
    service: "iam",
    tags: ["trust-policy", "human-access", "mfa"],
    remediation:
        'Add `Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } }` to the trust statement that names users or accounts. Roles assumed through SAML or OIDC federation enforce MFA at the identity provider instead, and are not checked; nor are statements that name a role or require an sts:ExternalId (third-party automation).',
    defaultLevel: "advisory",
    examples: {
        violating: [{ description: "any user of the identity account may assume it, with or without MFA", resources: [{ type: ROLE_TYPE, name: "developer", props: { assumeRolePolicy: trust(), maxSessionDuration: 3600 } }] }],
        compliant: [
            {
                description: "MFA required",
                resources: [{ type: ROLE_TYPE, name: "developer", props: { assumeRolePolicy: trust({ Bool: { "aws:MultiFactorAuthPresent": "true" } }), maxSessionDuration: 3600 } }],
            },
        ],
    },
    resourceType: ROLE_TYPE,
    validate(props, ctx) {
        const statements = trustStatements(props.assumeRolePolicy, ctx, [ASSUME_ROLE]);
        if (statements.length === 0) return;
        const document = readPolicy(props.assumeRolePolicy);
        if (document.kind === "document" && document.statements.some(deniesWithoutMfa)) return;
        for (const statement of statements) {
            const principal = statement.principal;
            const reachesPeople = statement.hasNotPrincipal || isPublicPrincipal(principal) || awsPrincipals(principal).some(isPersonPrincipal);
            if (!reachesPeople) continue;
            // An external ID marks a third party's automation, which has no MFA device to present.
            if (requiresMfa(statement) || conditionConfines(statement.conditions, EXTERNAL_ID)) continue;
            const index = statement.index;
            ctx.report({
                message: `Role \`${ctx.name}\` can be assumed by IAM users or accounts without MFA: Statement[${index}] of its trust policy has no aws:MultiFactorAuthPresent condition.`,
                propertyPath: `assumeRolePolicy.Statement[${index}]`,
            });
        }
    },
});
