import { defineRule } from "../../../src";
import { IDENTITY_POLICY_CARRIERS, identityStatements, policyKind } from "../../shared/identity-policies";
import { appliesToAllResources, asList, isAdminAction, wholeServicePrefix } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/iam";
import type {} from "../../../src/types/aws/ssoadmin";

export default defineRule({
    id: "iam-no-service-wildcard-actions",
    title: 'No whole-service actions ("s3:*") on every resource',
    description:
        'An action such as "s3:*" or "iam:*" grants every current and future action of that service, including the destructive and permission-changing ones. On Resource "*" (or an all-wildcard ARN, or NotResource) it applies to every such resource in the account. Judged on every identity-policy carrier, role inline policies and permission sets included.',
    severity: "medium",
    service: "iam",
    frameworks: {
        "aws-fsbp": ["IAM.21"],
        "nist-800-53-r5": ["AC-2", "AC-3", "AC-5", "AC-6"],
    },
    tags: ["least-privilege"],
    remediation:
        'Name the actions the principal needs (e.g. "s3:GetObject"), or a scoped prefix such as "ec2:Describe*", and limit `Resource` to the ARNs involved. IAM Access Analyzer can generate a policy from the actions a role has actually used.',
    defaultLevel: "advisory",
    messages: {
        serviceWildcard: "{{kind}} `{{name}}` allows all actions of {{services}} on all resources in {{path}} Statement[{{index}}].",
    },
    configSchema: {
        properties: {
            exemptServices: {
                type: "array",
                items: { type: "string" },
                description: 'Service prefixes whose "service:*" grants are accepted on every resource (e.g. ["logs"]).',
            },
        },
    },
    configDefaults: { exemptServices: [] as string[] },
    examples: {
        violating: [
            {
                description: "every S3 action on every resource",
                resources: [
                    {
                        type: "aws:iam/rolePolicy:RolePolicy",
                        name: "orders-api",
                        props: {
                            role: "orders-api",
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    { Effect: "Allow", Action: "s3:*", Resource: "*" },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "named S3 actions on one bucket",
                resources: [
                    {
                        type: "aws:iam/rolePolicy:RolePolicy",
                        name: "orders-api",
                        props: {
                            role: "orders-api",
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    { Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject"], Resource: "arn:aws:s3:::acme-orders/*" },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...IDENTITY_POLICY_CARRIERS],
    validate(props, ctx) {
        const exempt = new Set(asList(ctx.config.exemptServices).map((s) => s.toLowerCase()));
        for (const { statement, path } of identityStatements(ctx.type, props, ctx)) {
            if (!statement.isAllow || !appliesToAllResources(statement)) continue;
            const actions = statement.actions ?? [];
            // Full-admin statements ("*", "*:*") are iam-no-wildcard-admin-policy's to report (its test proves it does).
            if (actions.some(isAdminAction)) continue;
            const services = [...new Set(actions.map(wholeServicePrefix).filter((s): s is string => s !== undefined && !exempt.has(s)))].sort();
            if (services.length === 0) continue;
            const index = statement.index;
            ctx.report({
                messageId: "serviceWildcard",
                data: { kind: policyKind(ctx.type), name: ctx.name, services: services.map((s) => `${s}:*`).join(", "), path: `\`${path}\``, index },
                propertyPath: `${path}.Statement[${index}].Action`,
            });
        }
    },
});
