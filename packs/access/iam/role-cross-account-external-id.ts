import { defineRule, listOf } from "../../../src";
import { awsPrincipals, conditionConfines, principalAccount } from "../../shared/policy-document";
import { ASSUME_ROLE, ROLE_TYPE, trustStatements } from "../lib/trust-policy";
import type {} from "../../../src/types/aws/iam";

const EXTERNAL_ID: ReadonlySet<string> = new Set(["sts:externalid"]);

const trust = (Condition?: unknown) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::444455556666:root" }, Action: "sts:AssumeRole", ...(Condition ? { Condition } : {}) }],
    });

export default defineRule({
    id: "access-iam-role-cross-account-external-id",
    title: "Roles trusted by other accounts require an external ID",
    description:
        "When a role trusts another AWS account, such as a vendor's, anyone able to make that account assume roles can reach yours; without an external ID the vendor can be tricked into using its access to your account on someone else's behalf (the confused deputy problem). Your own accounts, listed in `trustedAccountIds`, need no external ID.",
    severity: "high",
    service: "iam",
    tags: ["trust-policy", "cross-account"],
    remediation:
        'Add `Condition: { StringEquals: { "sts:ExternalId": "<id agreed with the third party>" } }` to the trust statement. If the account is one of your own, list its ID in the rule\'s `trustedAccountIds`.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            trustedAccountIds: {
                type: "array",
                items: { type: "string", pattern: "^[0-9]{12}$" },
                description: "IDs of your own AWS accounts (including this stack's), which may be trusted without an external ID.",
            },
        },
    },
    configDefaults: { trustedAccountIds: [] as string[] },
    examples: {
        violating: [{ description: "a vendor account trusted without an external ID", resources: [{ type: ROLE_TYPE, name: "vendor-audit", props: { assumeRolePolicy: trust() } }] }],
        compliant: [
            {
                description: "the vendor must present the agreed external ID",
                resources: [{ type: ROLE_TYPE, name: "vendor-audit", props: { assumeRolePolicy: trust({ StringEquals: { "sts:ExternalId": "c0ffee-4e21-audit" } }) } }],
            },
        ],
    },
    resourceType: ROLE_TYPE,
    validate(props, ctx) {
        const trusted = new Set(listOf(ctx.config.trustedAccountIds).filter((id): id is string => typeof id === "string"));
        for (const statement of trustStatements(props.assumeRolePolicy, ctx, [ASSUME_ROLE])) {
            const accounts = new Set(awsPrincipals(statement.principal).map(principalAccount).filter((a): a is string => a !== undefined && !trusted.has(a)));
            if (accounts.size === 0 || conditionConfines(statement.conditions, EXTERNAL_ID)) continue;
            const index = statement.index;
            const which = accounts.size === 1 ? "an AWS account" : `${accounts.size} AWS accounts`;
            ctx.report({
                message: `Role \`${ctx.name}\` lets ${which} not listed in trustedAccountIds assume it without an sts:ExternalId condition (Statement[${index}] of its trust policy).`,
                propertyPath: `assumeRolePolicy.Statement[${index}].Principal`,
            });
        }
    },
});
