import { defineRule } from "../../../src";
import { principalText, principalType, readGrants, UNREADABLE_GRANTS_MESSAGE } from "../lib/iam-grants";
import { hierarchyLevelOf, hierarchySubject, HIERARCHY_IAM_TYPES } from "../lib/iam-hierarchy";
import type {} from "../../../src/types/gcp/projects";
import type {} from "../../../src/types/gcp/folder";
import type {} from "../../../src/types/gcp/organizations";
import type {} from "../../../src/types/gcp/serviceaccount";

/** The roles that let a principal act as service accounts, lower case. */
const ACT_AS_ROLES: ReadonlySet<string> = new Set(["roles/iam.serviceaccountuser", "roles/iam.serviceaccounttokencreator"]);

/**
 * Service Account User and Token Creator granted on a project, folder or organization, to any
 * principal: CIS asks that no binding of the project's policy hold them. A condition does not
 * change the verdict: the roles belong on the service accounts themselves.
 */
export default defineRule({
    id: "gcp-projects-no-service-account-user-roles",
    title: "Service Account User and Token Creator are not granted on projects, folders or organizations",
    description:
        "Service Account User lets a principal run code as a service account, and Token Creator lets it mint the account's tokens. Granted on a project, either applies to every service account in it, present and future, including the most privileged one, so whoever holds it holds the sum of their roles. Granted on a folder or organization, it reaches every project below.",
    severity: "high",
    service: "projects",
    frameworks: {
        "cis-gcp-5.0": ["1.7"],
        "nist-800-53-r5": ["AC-6"],
    },
    tags: ["iam", "least-privilege"],
    remediation:
        "Remove roles/iam.serviceAccountUser and roles/iam.serviceAccountTokenCreator from the project, folder or organization IAM member, binding or policy, and grant them on each service account the principal needs to use, with gcp.serviceaccount.IAMMember (`serviceAccountId: account.name`).",
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "a developer may act as every service account of the project",
                resources: [{ type: "gcp:projects/iAMMember:IAMMember", name: "dev-sa-user", props: { project: "acme-prod", role: "roles/iam.serviceAccountUser", member: "user:dev@example.com" } }],
            },
        ],
        compliant: [
            {
                description: "the role granted on one service account",
                resources: [
                    {
                        type: "gcp:serviceaccount/iAMMember:IAMMember",
                        name: "dev-acts-as-deployer",
                        props: { serviceAccountId: "projects/acme-prod/serviceAccounts/deployer@acme-prod.iam.gserviceaccount.com", role: "roles/iam.serviceAccountUser", member: "user:dev@example.com" },
                    },
                ],
            },
        ],
    },
    messages: {
        actAs: "{{subject}} `{{name}}` grants {{role}} to {{principal}} on the whole {{level}}, so it can act as every service account there.",
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
            if (principalType(grant.principal) === "deleted") continue;
            const role = grant.role();
            if (typeof role !== "string" || !ACT_AS_ROLES.has(role.trim().toLowerCase())) continue;
            ctx.report({ messageId: "actAs", data: { subject, name: ctx.name, role: role.trim(), principal: principalText(grant.principal), level }, propertyPath: grant.path });
        }
    },
});
