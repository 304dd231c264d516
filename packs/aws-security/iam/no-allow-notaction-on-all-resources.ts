import { defineRule } from "../../../src";
import { IDENTITY_POLICY_TYPES, policyKind } from "../../shared/identity-policies";
import { appliesToAllResources, statementsToJudge } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/iam";

export default defineRule({
    id: "iam-no-allow-notaction-on-all-resources",
    title: "No Allow + NotAction on every resource",
    description:
        'An Allow statement with NotAction grants every action except the ones listed, including actions of services AWS launches later. On Resource "*" that is administrator access minus a few exceptions, which is rarely what was meant.',
    severity: "high",
    service: "iam",
    tags: ["least-privilege"],
    remediation:
        'List the actions the principal needs under `Action` (e.g. ["s3:GetObject", "s3:PutObject"]) scoped to specific resource ARNs. Keep NotAction for Deny statements, where it is the safe way to fence off everything but a few actions.',
    defaultLevel: "mandatory",
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
    resourceType: [...IDENTITY_POLICY_TYPES],
    validate(props, ctx) {
        for (const statement of statementsToJudge(props.policy, ctx, `${policyKind(ctx.type)} \`${ctx.name}\``, "policy")) {
            if (!statement.isAllow || statement.notActions === undefined || !appliesToAllResources(statement)) continue;
            const index = statement.index;
            ctx.report({
                message: `${policyKind(ctx.type)} \`${ctx.name}\` allows every action except those in NotAction, on all resources, in Statement[${index}].`,
                propertyPath: `policy.Statement[${index}].NotAction`,
            });
        }
    },
});
