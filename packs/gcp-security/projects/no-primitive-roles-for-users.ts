import { defineRule } from "../../../src";
import { principalText, principalType, readGrants, UNREADABLE_GRANTS_MESSAGE } from "../lib/iam-grants";
import { hierarchyLevelOf, hierarchySubject, HIERARCHY_IAM_TYPES, isOwnerOrEditor } from "../lib/iam-hierarchy";
import type {} from "../../../src/types/gcp/projects";
import type {} from "../../../src/types/gcp/folder";
import type {} from "../../../src/types/gcp/organizations";

/** People: a user, a group of users, or every user of a domain. */
const PEOPLE = new Set(["user", "group", "domain"]);

/**
 * Owner and Editor granted to people at the organization, folder or project level. IAM refuses
 * conditions on basic roles, so no condition can narrow such a grant.
 */
export default defineRule({
    id: "gcp-projects-no-primitive-roles-for-users",
    title: "People are not granted Owner or Editor on projects, folders or organizations",
    description:
        "Owner and Editor are basic roles from before IAM: they hold thousands of permissions across every service (Owner also manages IAM), far beyond what any person's job needs, and a grant on a folder or organization reaches every project below it. A phished account or a mistyped command then has the run of the project. Grants to users, groups and whole domains are judged.",
    severity: "high",
    service: "projects",
    frameworks: {
        "nist-800-53-r5": ["AC-2", "AC-6"],
    },
    tags: ["iam", "least-privilege"],
    remediation:
        "Replace roles/owner and roles/editor in the IAM member, binding or policy with predefined roles for the person's tasks (roles/compute.instanceAdmin.v1, roles/storage.objectAdmin, roles/viewer, ...), grant them to a group rather than to individuals, and use Privileged Access Manager for rare broad access.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a developer made project owner",
                resources: [{ type: "gcp:projects/iAMMember:IAMMember", name: "dev-owner", props: { project: "acme-prod", role: "roles/owner", member: "user:dev@example.com" } }],
            },
        ],
        compliant: [
            {
                description: "a team granted a predefined role",
                resources: [{ type: "gcp:projects/iAMBinding:IAMBinding", name: "sre", props: { project: "acme-prod", role: "roles/compute.admin", members: ["group:sre@example.com"] } }],
            },
        ],
    },
    messages: {
        basicRole: "{{subject}} `{{name}}` grants the basic role {{role}} to {{principal}}.",
        unreadable: UNREADABLE_GRANTS_MESSAGE,
    },
    resourceType: [...HIERARCHY_IAM_TYPES],
    validate(props, ctx) {
        const level = hierarchyLevelOf(ctx.type) ?? "project";
        const subject = hierarchySubject(level, ctx.type);
        const reading = readGrants(ctx.type, props);
        if (reading.kind === "unreadable") {
            ctx.report({ messageId: "unreadable", data: { kind: subject, name: ctx.name, path: reading.path, problem: reading.problem }, propertyPath: reading.path });
            return;
        }
        for (const grant of reading.grants) {
            if (!PEOPLE.has(principalType(grant.principal))) continue;
            const role = grant.role();
            if (!isOwnerOrEditor(role)) continue;
            ctx.report({
                messageId: "basicRole",
                data: { subject, name: ctx.name, role: String(role).trim().toLowerCase(), principal: principalText(grant.principal) },
                propertyPath: grant.path,
            });
        }
    },
});
