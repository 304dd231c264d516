import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./no-service-account-user-roles";
import type {} from "../../../src/types/gcp/projects";
import type {} from "../../../src/types/gcp/folder";

export const cases: RuleCase[] = [
    {
        name: "a user made service account user on a project",
        resources: mockResource("gcp:projects/iAMMember:IAMMember", { project: "p", role: "roles/iam.serviceAccountUser", member: "user:dev@example.com" }, { name: "dev" }),
        expect: {
            violations: [
                { messageId: "actAs", data: { subject: "Project IAM member", name: "dev", role: "roles/iam.serviceAccountUser", principal: "user:dev@example.com", level: "project" }, propertyPath: "member" },
            ],
        },
    },
    {
        name: "token creator for a group on a folder",
        resources: mockResource("gcp:folder/iAMBinding:IAMBinding", { folder: "folders/1", role: "roles/iam.serviceAccountTokenCreator", members: ["group:ci@example.com"] }),
        expect: { violations: [{ messageId: "actAs", propertyPath: "members[0]" }] },
    },
    {
        name: "a service account user binding in a project policy",
        resources: mockResource("gcp:projects/iAMPolicy:IAMPolicy", {
            project: "p",
            policyData: JSON.stringify({ bindings: [{ role: "roles/iam.serviceAccountUser", members: ["serviceAccount:ci@p.iam.gserviceaccount.com"] }] }),
        }),
        expect: { violations: ["policyData"] },
    },
    { name: "another role", resources: mockResource("gcp:projects/iAMMember:IAMMember", { project: "p", role: "roles/iam.serviceAccountViewer", member: "user:dev@example.com" }), expect: "pass" },
    {
        name: "a deleted principal grants nothing",
        resources: mockResource("gcp:projects/iAMMember:IAMMember", { project: "p", role: "roles/iam.serviceAccountUser", member: "deleted:user:old@example.com?uid=1" }),
        expect: "pass",
    },
    { name: "the role unknown during preview", resources: mockResource("gcp:projects/iAMMember:IAMMember", { project: "p", role: unknown(), member: "user:dev@example.com" }), expect: "skipped" },
    {
        name: "an unreadable policy is not a pass",
        resources: mockResource("gcp:projects/iAMPolicy:IAMPolicy", { project: "p", policyData: "[1]" }),
        expect: { violations: [{ messageId: "unreadable", propertyPath: "policyData" }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
