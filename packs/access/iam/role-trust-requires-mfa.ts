import { defineRule } from "../../../src";
import { policyStatements, type PolicyStatement } from "../../shared/iam-policy";
import { ASSUME_ROLE, conditionTests, grantsAction, hasRestrictiveCondition, ROLE_TYPE, trustStatements } from "../lib/trust-policy";

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

/** The statement only matches requests signed with MFA credentials. */
function requiresMfa(statement: PolicyStatement): boolean {
    return conditionTests(statement.Condition).some(
        (test) =>
            (test.key === "aws:multifactorauthpresent" && test.operator === "bool" && test.values.length > 0 && test.values.every(isTrue)) ||
            (test.key === "aws:multifactorauthage" && (test.operator === "numericlessthan" || test.operator === "numericlessthanequals")),
    );
}

/** A Deny statement that refuses AssumeRole whenever MFA is missing (`BoolIfExists` false). */
function deniesWithoutMfa(statement: PolicyStatement): boolean {
    if (statement.Effect !== "Deny" || !grantsAction(statement, [ASSUME_ROLE])) return false;
    return conditionTests(statement.Condition).some(
        (test) => test.key === "aws:multifactorauthpresent" && test.operator === "boolifexists" && test.values.length > 0 && test.values.every(isFalse),
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
        const statements = trustStatements(props.assumeRolePolicy, [ASSUME_ROLE]);
        if (!statements || statements.length === 0) return;
        if ((policyStatements(props.assumeRolePolicy) ?? []).some(deniesWithoutMfa)) return;
        for (const { index, statement, principals } of statements) {
            if (!principals.everyone && !principals.aws.some(isPersonPrincipal)) continue;
            // An external ID marks a third party's automation, which has no MFA device to present.
            if (requiresMfa(statement) || hasRestrictiveCondition(statement, EXTERNAL_ID)) continue;
            ctx.report({
                message: `Role \`${ctx.name}\` can be assumed by IAM users or accounts without MFA: Statement[${index}] of its trust policy has no aws:MultiFactorAuthPresent condition.`,
                propertyPath: `assumeRolePolicy.Statement[${index}]`,
            });
        }
    },
});
