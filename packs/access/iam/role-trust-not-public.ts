import { defineRule } from "../../../src";
import { allowsPublicAccess } from "../../shared/policy-document";
import { ROLE_TYPE, trustStatements } from "../lib/trust-policy";
import type {} from "../../../src/types/aws/iam";

/**
 * Condition keys that pin down whose credentials may assume the role (lower case). An external
 * ID is not among them: it is not a secret, so it does not keep strangers out.
 */
const CALLER_KEYS: ReadonlySet<string> = new Set([
    "aws:principalaccount",
    "aws:principalarn",
    "aws:principalorgid",
    "aws:principalorgpaths",
    "aws:userid",
    "aws:sourceaccount",
    "aws:sourcearn",
    "aws:sourceorgid",
    "aws:sourceorgpaths",
]);

const trust = (Principal: unknown, Condition?: unknown) =>
    JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal, Action: "sts:AssumeRole", ...(Condition ? { Condition } : {}) }] });

export default defineRule({
    id: "access-iam-role-trust-not-public",
    title: "Role trust policies do not let any AWS account assume the role",
    description:
        'A trust policy whose Principal is "*" (or {AWS: "*"}) lets a principal in any AWS account, including an attacker\'s, assume the role unless a condition restricts the caller. Whoever assumes it gets every permission the role has.',
    severity: "critical",
    service: "iam",
    tags: ["trust-policy"],
    remediation:
        'Name the principals that may assume the role (e.g. `Principal: { AWS: "arn:aws:iam::111122223333:role/deployer" }`), or keep "*" only together with a condition that pins the caller down, such as `StringEquals: { "aws:PrincipalOrgID": "o-abc123" }`.',
    defaultLevel: "mandatory",
    examples: {
        violating: [{ resources: [{ type: ROLE_TYPE, name: "shared-reader", props: { assumeRolePolicy: trust({ AWS: "*" }) } }] }],
        compliant: [
            {
                description: "only principals of the organization",
                resources: [{ type: ROLE_TYPE, name: "shared-reader", props: { assumeRolePolicy: trust({ AWS: "*" }, { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }) } }],
            },
        ],
    },
    resourceType: ROLE_TYPE,
    validate(props, ctx) {
        for (const statement of trustStatements(props.assumeRolePolicy, ctx)) {
            if (!allowsPublicAccess(statement, CALLER_KEYS)) continue;
            const index = statement.index;
            const element = statement.hasNotPrincipal ? "NotPrincipal" : "Principal";
            const who = statement.hasNotPrincipal ? "everyone outside its NotPrincipal" : '"*"';
            ctx.report({
                message: `Role \`${ctx.name}\` can be assumed by any AWS principal: Statement[${index}] of its trust policy allows ${who} without a condition on the caller's account, organization or ARN.`,
                propertyPath: `assumeRolePolicy.Statement[${index}].${element}`,
            });
        }
    },
});
