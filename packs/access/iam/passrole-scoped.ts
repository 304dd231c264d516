import { defineRule, listOf, recordOf } from "../../../src";
import { IDENTITY_POLICY_TYPES } from "../../shared/identity-policies";
import { grantsAction, isAdminAction, matchesEveryResource, statementsToJudge } from "../../shared/policy-document";
import type {} from "../../../src/types/aws/iam";
import type {} from "../../../src/types/aws/ssoadmin";

const ROLE = "aws:iam/role:Role";
const PERMISSION_SET_INLINE_POLICY = "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy";

/** A resource pattern for every role: "*", a match-all ARN, or `arn:aws:iam::<account or *>:role/*`. */
function coversEveryRole(resource: string): boolean {
    return matchesEveryResource(resource) || /^arn:(?:\*|aws[a-z-]*):iam::(?:\*|\d{12}):(?:\*|role\/\*)$/.test(resource);
}

/** The policy documents a resource carries, each with the property path it sits at. */
function documentsOf(type: string, props: Record<string, unknown>): Array<{ path: string; document: unknown }> {
    if (type === ROLE) {
        return listOf(props.inlinePolicies).map((entry, index) => ({ path: `inlinePolicies[${index}].policy`, document: recordOf(entry).policy }));
    }
    if (type === PERMISSION_SET_INLINE_POLICY) return [{ path: "inlinePolicy", document: props.inlinePolicy }];
    return [{ path: "policy", document: props.policy }];
}

const KINDS: Readonly<Record<string, string>> = {
    "aws:iam/policy:Policy": "IAM policy",
    "aws:iam/rolePolicy:RolePolicy": "Role policy",
    "aws:iam/userPolicy:UserPolicy": "User policy",
    "aws:iam/groupPolicy:GroupPolicy": "Group policy",
    [ROLE]: "Role",
    [PERMISSION_SET_INLINE_POLICY]: "Permission set inline policy",
};

const policy = (Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });

export default defineRule({
    id: "access-iam-passrole-scoped",
    title: "iam:PassRole is limited to named roles",
    description:
        'Whoever may pass any role can hand an administrator role to an EC2 instance, Lambda function or ECS task they control and act with its permissions: a classic privilege escalation. Allowing iam:PassRole on Resource "*" (or on every role of an account) opens that path.',
    severity: "high",
    service: "iam",
    tags: ["least-privilege", "privilege-escalation"],
    remediation:
        'List the ARNs of the roles the principal needs to pass (e.g. `Resource: "arn:aws:iam::111122223333:role/orders-api-task"`), or a path prefix reserved for them such as `role/app/*`, and add an `iam:PassedToService` condition.',
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                resources: [
                    {
                        type: "aws:iam/policy:Policy",
                        name: "deployer",
                        props: { policy: policy([{ Effect: "Allow", Action: ["ecs:UpdateService", "ecs:RegisterTaskDefinition", "iam:PassRole"], Resource: "*" }]) },
                    },
                ],
            },
        ],
        compliant: [
            {
                resources: [
                    {
                        type: "aws:iam/policy:Policy",
                        name: "deployer",
                        props: {
                            policy: policy([
                                { Effect: "Allow", Action: ["ecs:UpdateService", "ecs:RegisterTaskDefinition"], Resource: "*" },
                                {
                                    Effect: "Allow",
                                    Action: "iam:PassRole",
                                    Resource: "arn:aws:iam::111122223333:role/orders-api-task",
                                    Condition: { StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" } },
                                },
                            ]),
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [...IDENTITY_POLICY_TYPES, ROLE, PERMISSION_SET_INLINE_POLICY],
    validate(props, ctx) {
        for (const { path, document } of documentsOf(ctx.type, props)) {
            const kind = KINDS[ctx.type] ?? "Policy";
            for (const statement of statementsToJudge(document, ctx, `${kind} \`${ctx.name}\``, path)) {
                if (!statement.isAllow) continue;
                // Allow-everything statements are iam-no-wildcard-admin-policy's to report.
                if ((statement.actions ?? []).some(isAdminAction) || !grantsAction(statement, "iam:PassRole")) continue;
                const usesNotResource = statement.notResources !== undefined;
                if (!usesNotResource && !(statement.resources ?? []).some(coversEveryRole)) continue;
                const index = statement.index;
                ctx.report({
                    message: `${kind} \`${ctx.name}\` allows iam:PassRole on every role in Statement[${index}]${path === "policy" ? "" : ` of ${path}`}.`,
                    propertyPath: `${path}.Statement[${index}].${usesNotResource ? "NotResource" : "Resource"}`,
                });
            }
        }
    },
});
