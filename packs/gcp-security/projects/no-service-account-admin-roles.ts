import { defineRule } from "../../../src";
import { principalText, principalType, readGrants, UNREADABLE_GRANTS_MESSAGE } from "../lib/iam-grants";
import { hierarchyLevelOf, hierarchySubject, HIERARCHY_IAM_TYPES, isAdministrativeRole } from "../lib/iam-hierarchy";
import type {} from "../../../src/types/gcp/projects";
import type {} from "../../../src/types/gcp/folder";
import type {} from "../../../src/types/gcp/organizations";

/**
 * A service account a user created: `NAME@PROJECT.iam.gserviceaccount.com`. Google's service
 * agents (`…@gcp-sa-….iam.gserviceaccount.com`) and the default accounts (`…@appspot…`,
 * `…-compute@developer…`) are out of scope, as in CIS 1.6: Google grants them their roles.
 */
function isUserCreatedServiceAccount(principal: string): boolean {
    if (principalType(principal) !== "serviceaccount") return false;
    const email = principal.trim().slice(principal.trim().indexOf(":") + 1).toLowerCase();
    const domain = email.slice(email.lastIndexOf("@") + 1);
    return domain.endsWith(".iam.gserviceaccount.com") && !domain.startsWith("gcp-sa-");
}

export default defineRule({
    id: "gcp-projects-no-service-account-admin-roles",
    title: "Service accounts are not granted Owner, Editor or admin roles on projects, folders or organizations",
    description:
        "A service account's key or token is used by code, often far from any person's view; if it holds Owner, Editor or an *Admin role on a project, anyone who gets hold of it (a leaked key, a compromised VM or pipeline) can change IAM, read all data or delete the project. Grants at the folder or organization level reach every project below and are judged too. Google-managed service agents and default service accounts are left out, as CIS does.",
    severity: "high",
    service: "projects",
    frameworks: {
        "cis-gcp-5.0": ["1.6"],
        "nist-800-53-r5": ["AC-6"],
    },
    tags: ["iam", "least-privilege"],
    remediation:
        "Replace roles/owner, roles/editor and the *Admin role in the IAM member, binding or policy with the narrow predefined or custom roles the workload needs (e.g. roles/storage.objectUser on one bucket, roles/cloudsql.client), granted on the resources it uses rather than on the project.",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a deploy account made project editor",
                resources: [
                    { type: "gcp:projects/iAMMember:IAMMember", name: "ci-editor", props: { project: "acme-prod", role: "roles/editor", member: "serviceAccount:ci@acme-prod.iam.gserviceaccount.com" } },
                ],
            },
        ],
        compliant: [
            {
                description: "an app account granted a narrow role",
                resources: [
                    { type: "gcp:projects/iAMMember:IAMMember", name: "app-sql", props: { project: "acme-prod", role: "roles/cloudsql.client", member: "serviceAccount:app@acme-prod.iam.gserviceaccount.com" } },
                ],
            },
        ],
    },
    messages: {
        adminRole: "{{subject}} `{{name}}` grants the administrative role {{role}} to the service account {{principal}}.",
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
            if (!isUserCreatedServiceAccount(grant.principal)) continue;
            const role = grant.role();
            if (!isAdministrativeRole(role)) continue;
            ctx.report({
                messageId: "adminRole",
                data: { subject, name: ctx.name, role: String(role).trim(), principal: principalText(grant.principal).replace(/^serviceAccount:/i, "") },
                propertyPath: grant.path,
            });
        }
    },
});
