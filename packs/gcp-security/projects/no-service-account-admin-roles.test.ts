import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./no-service-account-admin-roles";
import type {} from "../../../src/types/gcp/projects";
import type {} from "../../../src/types/gcp/folder";
import type {} from "../../../src/types/gcp/organizations";

const SA = "serviceAccount:ci@acme.iam.gserviceaccount.com";
const member = (role: string | ReturnType<typeof unknown>, principal: string | ReturnType<typeof unknown> = SA) =>
    mockResource("gcp:projects/iAMMember:IAMMember", { project: "acme", role, member: principal }, { name: "grant" });

export const cases: RuleCase[] = [
    {
        name: "a service account made project editor",
        resources: member("roles/editor"),
        expect: {
            violations: [{ messageId: "adminRole", data: { subject: "Project IAM member", name: "grant", role: "roles/editor", principal: "ci@acme.iam.gserviceaccount.com" }, propertyPath: "member" }],
        },
    },
    { name: "owner", resources: member("roles/owner"), expect: { violations: ["member"] } },
    { name: "a predefined admin role", resources: member("roles/storage.admin"), expect: { violations: ["member"] } },
    { name: "a predefined *Admin role", resources: member("roles/iam.serviceAccountAdmin"), expect: { violations: ["member"] } },
    { name: "a custom admin role", resources: member("projects/acme/roles/deployAdmin"), expect: { violations: ["member"] } },
    {
        name: "an organization policy granting a service account organization admin",
        resources: mockResource("gcp:organizations/iAMPolicy:IAMPolicy", {
            orgId: "1",
            policyData: JSON.stringify({ bindings: [{ role: "roles/resourcemanager.organizationAdmin", members: ["group:admins@example.com", SA] }] }),
        }),
        expect: { violations: [{ messageId: "adminRole", data: { subject: "Organization IAM policy", name: "iAMPolicy", role: "roles/resourcemanager.organizationAdmin", principal: "ci@acme.iam.gserviceaccount.com" } }] },
    },
    { name: "a narrow role", resources: member("roles/cloudsql.client"), expect: "pass" },
    { name: "an admin role for a user is another rule's concern", resources: member("roles/storage.admin", "user:ana@example.com"), expect: "pass" },
    { name: "a Google service agent", resources: member("roles/editor", "serviceAccount:service-123@gcp-sa-cloudbuild.iam.gserviceaccount.com"), expect: "pass" },
    { name: "the default compute account", resources: member("roles/editor", "serviceAccount:123-compute@developer.gserviceaccount.com"), expect: "pass" },
    { name: "the role unknown during preview", resources: member(unknown()), expect: "skipped" },
    { name: "the member unknown during preview", resources: member("roles/owner", unknown()), expect: "skipped" },
    {
        name: "an unreadable folder policy is not a pass",
        resources: mockResource("gcp:folder/iAMPolicy:IAMPolicy", { folder: "folders/1", policyData: "{" }),
        expect: { violations: [{ messageId: "unreadable", propertyPath: "policyData" }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
