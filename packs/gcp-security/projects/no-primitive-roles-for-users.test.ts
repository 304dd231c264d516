import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./no-primitive-roles-for-users";
import type {} from "../../../src/types/gcp/projects";
import type {} from "../../../src/types/gcp/folder";
import type {} from "../../../src/types/gcp/organizations";

const policy = (bindings: unknown) => JSON.stringify({ bindings });

export const cases: RuleCase[] = [
    {
        name: "a user made project owner",
        resources: mockResource("gcp:projects/iAMMember:IAMMember", { project: "p", role: "roles/owner", member: "user:dev@example.com" }, { name: "dev" }),
        expect: { violations: [{ messageId: "basicRole", data: { subject: "Project IAM member", name: "dev", role: "roles/owner", principal: "user:dev@example.com" }, propertyPath: "member" }] },
    },
    {
        name: "a group made folder editor, among service accounts",
        resources: mockResource("gcp:folder/iAMBinding:IAMBinding", { folder: "folders/1", role: "roles/editor", members: ["serviceAccount:ci@p.iam.gserviceaccount.com", "group:devs@example.com"] }, { name: "eds" }),
        expect: { violations: [{ messageId: "basicRole", data: { subject: "Folder IAM binding", name: "eds", role: "roles/editor", principal: "group:devs@example.com" }, propertyPath: "members[1]" }] },
    },
    {
        name: "a whole domain made organization editor in a policy",
        resources: mockResource("gcp:organizations/iAMPolicy:IAMPolicy", { orgId: "123", policyData: policy([{ role: "roles/editor", members: ["domain:example.com"] }, { role: "roles/viewer", members: ["user:a@example.com"] }]) }),
        expect: { violations: [{ messageId: "basicRole", data: { subject: "Organization IAM policy", name: "iAMPolicy", role: "roles/editor", principal: "domain:example.com" }, propertyPath: "policyData" }] },
    },
    { name: "a user granted a predefined role", resources: mockResource("gcp:projects/iAMMember:IAMMember", { project: "p", role: "roles/compute.admin", member: "user:dev@example.com" }), expect: "pass" },
    { name: "viewer is not owner or editor", resources: mockResource("gcp:projects/iAMBinding:IAMBinding", { project: "p", role: "roles/viewer", members: ["group:all@example.com"] }), expect: "pass" },
    {
        name: "a deleted user is no grant",
        resources: mockResource("gcp:projects/iAMMember:IAMMember", { project: "p", role: "roles/owner", member: "deleted:user:old@example.com?uid=123" }),
        expect: "pass",
    },
    { name: "the role unknown during preview", resources: mockResource("gcp:projects/iAMMember:IAMMember", { project: "p", role: unknown(), member: "user:dev@example.com" }), expect: "skipped" },
    { name: "the member unknown during preview", resources: mockResource("gcp:projects/iAMMember:IAMMember", { project: "p", role: "roles/owner", member: unknown() }), expect: "skipped" },
    {
        name: "an unreadable project policy is not a pass",
        resources: mockResource("gcp:projects/iAMPolicy:IAMPolicy", { project: "p", policyData: "not json" }, { name: "pol" }),
        expect: { violations: [{ messageId: "unreadable", data: { kind: "Project IAM policy", name: "pol", path: "policyData", problem: "is not valid JSON" } }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
