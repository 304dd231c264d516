import { defineRule } from "../../../src";
import { IDENTITY_POLICY_CARRIERS, identityStatements, policyKind } from "../../shared/identity-policies";
import { appliesToAllResources } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/iam";
import type {} from "../../../src/types/aws/ssoadmin";

export default defineRule({
    id: "iam-no-allow-notaction-on-all-resources",
    title: "No Allow + NotAction on every resource",
    description:
        'An Allow statement with NotAction grants every action except the ones listed, including actions of services AWS launches later. On Resource "*" that is administrator access minus a few exceptions, which is rarely what was meant. Judged on every identity-policy carrier, role inline policies and permission sets included.',
    severity: "high",
    service: "iam",
    tags: ["least-privilege"],
    remediation:
        'List the actions the principal needs under `Action` (e.g. ["s3:GetObject", "s3:PutObject"]) scoped to specific resource ARNs. Keep NotAction for Deny statements, where it is the safe way to fence off everything but a few actions.',
    defaultLevel: "mandatory",
    messages: {
        notAction: "{{kind}} `{{name}}` allows every action except those in NotAction, on all resources, in {{path}} Statement[{{index}}].",
    },
    examples: {
        violating: [
            {
                description: "everything but IAM and Organizations, on every resource",
                resources: [
                    {
                        type: "aws:iam/policy:Policy",
                        name: "developers",
                        props: {
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    { Effect: "Allow", NotAction: ["iam:*", "organizations:*"], Resource: "*" },
                                ],
                            },
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "the actions needed, on the resources involved",
                resources: [
                    {
                        type: "aws:iam/policy:Policy",
                        name: "developers",
                        props: {
                            policy: {
                                Version: "2012-10-17",
                                Statement: [
                                    { Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject"], Resource: "arn:aws:s3:::acme-reports/*" },
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
        for (const { statement, path } of identityStatements(ctx.type, props, ctx)) {
            if (!statement.isAllow || statement.notActions === undefined || !appliesToAllResources(statement)) continue;
            const index = statement.index;
            ctx.report({
                messageId: "notAction",
                data: { kind: policyKind(ctx.type), name: ctx.name, path: `\`${path}\``, index },
                propertyPath: `${path}.Statement[${index}].NotAction`,
            });
        }
    },
});
