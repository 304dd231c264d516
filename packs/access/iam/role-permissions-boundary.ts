import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/iam";

const trust = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }] });

export default defineRule({
    id: "access-iam-role-permissions-boundary",
    title: "Roles carry a permissions boundary",
    description:
        "A permissions boundary caps what a role can ever do, whatever policies are attached to it later. Where teams create their own roles, requiring the platform's boundary stops a role, or whoever can edit it, from growing beyond that cap.",
    severity: "medium",
    service: "iam",
    tags: ["least-privilege"],
    remediation:
        'Set `permissionsBoundary` on the `aws.iam.Role` to the ARN of the boundary policy your platform team provides (e.g. `permissionsBoundary: "arn:aws:iam::111122223333:policy/team-boundary"`).',
    // Off unless an environment switches it on: only organizations that use boundaries want it.
    defaultLevel: "disabled",
    examples: {
        violating: [{ resources: [{ type: "aws:iam/role:Role", name: "orders-api", props: { assumeRolePolicy: trust } }] }],
        compliant: [
            {
                resources: [
                    { type: "aws:iam/role:Role", name: "orders-api", props: { assumeRolePolicy: trust, permissionsBoundary: "arn:aws:iam::111122223333:policy/team-boundary" } },
                ],
            },
        ],
    },
    resourceType: "aws:iam/role:Role",
    validate(props, ctx) {
        const boundary = props.permissionsBoundary;
        if (typeof boundary === "string" && boundary.trim() !== "") return;
        ctx.report({ message: `Role \`${ctx.name}\` has no permissions boundary.`, propertyPath: "permissionsBoundary" });
    },
});
