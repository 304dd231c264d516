import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./separation-of-duties";
import type {} from "../../../src/types/gcp/projects";
import type {} from "../../../src/types/gcp/folder";

const member = (name: string, role: string, principal: string | ReturnType<typeof unknown>, project: string | ReturnType<typeof unknown> = "acme") =>
    mockResource("gcp:projects/iAMMember:IAMMember", { project, role, member: principal }, { name });
const urnOf = (name: string) => `urn:pulumi:test::guardrails-test::gcp:projects/iAMMember:IAMMember::${name}`;

export const cases: RuleCase[] = [
    {
        name: "one user with service account admin and user on one project",
        resources: [member("a", "roles/iam.serviceAccountAdmin", "user:ana@example.com"), member("b", "roles/iam.serviceAccountUser", "user:Ana@example.com")],
        expect: {
            violations: [
                {
                    messageId: "combined",
                    data: { principal: "user:ana@example.com", admin: "roles/iam.serviceAccountAdmin", adminName: "a", user: "roles/iam.serviceAccountUser", userName: "b", level: "project", scope: "acme" },
                    propertyPath: "member",
                    urn: urnOf("b"),
                },
            ],
        },
    },
    {
        name: "KMS admin and decrypter for one group, from a binding and a policy",
        resources: [
            mockResource("gcp:projects/iAMBinding:IAMBinding", { project: "acme", role: "roles/cloudkms.admin", members: ["group:sec@example.com"] }, { name: "kms-admins" }),
            mockResource(
                "gcp:projects/iAMPolicy:IAMPolicy",
                { project: "acme", policyData: JSON.stringify({ bindings: [{ role: "roles/cloudkms.cryptoKeyDecrypter", members: ["user:x@example.com", "group:sec@example.com"] }] }) },
                { name: "policy" },
            ),
        ],
        expect: { violations: [{ messageId: "combined", propertyPath: "policyData", urn: "urn:pulumi:test::guardrails-test::gcp:projects/iAMPolicy:IAMPolicy::policy" }] },
    },
    {
        name: "the two roles held by different people",
        resources: [member("a", "roles/iam.serviceAccountAdmin", "user:ana@example.com"), member("b", "roles/iam.serviceAccountUser", "user:ben@example.com")],
        expect: "pass",
    },
    {
        name: "the two roles on different projects",
        resources: [member("a", "roles/iam.serviceAccountAdmin", "user:ana@example.com", "acme"), member("b", "roles/iam.serviceAccountUser", "user:ana@example.com", "other")],
        expect: "pass",
    },
    {
        name: "the same project id at folder level is another node",
        resources: [
            member("a", "roles/iam.serviceAccountAdmin", "user:ana@example.com", "1"),
            mockResource("gcp:folder/iAMMember:IAMMember", { folder: "1", role: "roles/iam.serviceAccountUser", member: "user:ana@example.com" }),
        ],
        expect: "pass",
    },
    {
        name: "a deleted principal grants nothing",
        resources: [member("a", "roles/cloudkms.admin", "deleted:user:old@example.com?uid=1"), member("b", "roles/cloudkms.cryptoKeyEncrypter", "deleted:user:old@example.com?uid=1")],
        expect: "pass",
    },
    {
        name: "a member unknown during preview cannot be judged",
        resources: [member("a", "roles/iam.serviceAccountAdmin", "user:ana@example.com"), member("b", "roles/iam.serviceAccountUser", unknown())],
        expect: "skipped",
    },
    {
        name: "a project unknown during preview cannot be judged",
        resources: [member("a", "roles/iam.serviceAccountAdmin", "user:ana@example.com"), member("b", "roles/iam.serviceAccountUser", "user:ana@example.com", unknown())],
        expect: "skipped",
    },
    {
        name: "an unreadable policy is not a pass",
        resources: mockResource("gcp:projects/iAMPolicy:IAMPolicy", { project: "acme", policyData: "oops" }),
        expect: { violations: [{ messageId: "unreadable", propertyPath: "policyData" }] },
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
