import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./audit-logging";
import type {} from "../../../src/types/gcp/projects";
import type {} from "../../../src/types/gcp/folder";
import type {} from "../../../src/types/gcp/organizations";

const ALL = [{ logType: "ADMIN_READ" }, { logType: "DATA_READ" }, { logType: "DATA_WRITE" }];
const projectAudit = (service: string | ReturnType<typeof unknown>, auditLogConfigs: unknown) =>
    mockResource.untyped("gcp:projects/iAMAuditConfig:IAMAuditConfig", { project: "acme", service, auditLogConfigs }, { name: "audit" });

export const cases: RuleCase[] = [
    {
        name: "allServices with data writes only",
        resources: mockResource("gcp:projects/iAMAuditConfig:IAMAuditConfig", { project: "acme", service: "allServices", auditLogConfigs: [{ logType: "DATA_WRITE" }] }, { name: "audit" }),
        expect: { violations: [{ messageId: "missingLogTypes", data: { subject: "Project audit config", name: "audit", missing: "ADMIN_READ, DATA_READ" }, propertyPath: "auditLogConfigs" }] },
    },
    {
        name: "allServices complete but with an exemption",
        resources: mockResource("gcp:folder/iamAuditConfig:IamAuditConfig", {
            folder: "folders/1",
            service: "allServices",
            auditLogConfigs: [{ logType: "ADMIN_READ" }, { logType: "DATA_READ", exemptedMembers: ["user:ops@example.com"] }, { logType: "DATA_WRITE" }],
        }),
        expect: { violations: [{ messageId: "exempted", data: { subject: "Folder audit config", name: "iamAuditConfig", logType: "DATA_READ", where: "" }, propertyPath: "auditLogConfigs[1].exemptedMembers" }] },
    },
    {
        name: "a per-service config with an exemption",
        resources: mockResource("gcp:organizations/iamAuditConfig:IamAuditConfig", {
            orgId: "1",
            service: "storage.googleapis.com",
            auditLogConfigs: [{ logType: "DATA_READ", exemptedMembers: ["serviceAccount:etl@p.iam.gserviceaccount.com"] }],
        }),
        expect: { violations: ["auditLogConfigs[0].exemptedMembers"] },
    },
    { name: "allServices with every data access log", resources: mockResource("gcp:projects/iAMAuditConfig:IAMAuditConfig", { project: "acme", service: "allServices", auditLogConfigs: ALL }), expect: "pass" },
    { name: "log types compared ignoring case", resources: projectAudit("allServices", [{ logType: "admin_read" }, { logType: "Data_Read" }, { logType: "DATA_WRITE" }]), expect: "pass" },
    {
        name: "a per-service config may add only some logs",
        resources: mockResource("gcp:projects/iAMAuditConfig:IAMAuditConfig", { project: "acme", service: "bigquery.googleapis.com", auditLogConfigs: [{ logType: "DATA_READ" }] }),
        expect: "pass",
    },
    { name: "the service unknown during preview", resources: projectAudit(unknown(), [{ logType: "DATA_READ" }]), expect: "skipped" },
    { name: "the log configs unknown during preview", resources: projectAudit("allServices", unknown("array")), expect: "skipped" },
    {
        name: "a project policy whose allServices audit config lacks data reads",
        resources: mockResource(
            "gcp:projects/iAMPolicy:IAMPolicy",
            { project: "acme", policyData: JSON.stringify({ bindings: [], auditConfigs: [{ service: "allServices", auditLogConfigs: [{ logType: "ADMIN_READ" }, { logType: "DATA_WRITE" }] }] }) },
            { name: "policy" },
        ),
        expect: { violations: [{ messageId: "missingLogTypes", data: { subject: "Project IAM policy", name: "policy", missing: "DATA_READ" }, propertyPath: "policyData" }] },
    },
    {
        name: "an organization policy with an exemption",
        resources: mockResource("gcp:organizations/iAMPolicy:IAMPolicy", {
            orgId: "1",
            policyData: JSON.stringify({ auditConfigs: [{ service: "allServices", auditLogConfigs: [...ALL.slice(0, 2), { logType: "DATA_WRITE", exemptedMembers: ["user:a@example.com"] }] }] }),
        }),
        expect: { violations: [{ messageId: "exempted", data: { subject: "Organization IAM policy", name: "iAMPolicy", logType: "DATA_WRITE", where: " (auditConfigs[0])" } }] },
    },
    {
        name: "a policy with a complete audit config",
        resources: mockResource("gcp:projects/iAMPolicy:IAMPolicy", { project: "acme", policyData: JSON.stringify({ auditConfigs: [{ service: "allServices", auditLogConfigs: ALL }] }) }),
        expect: "pass",
    },
    {
        name: "an unreadable policy is not a pass",
        resources: mockResource("gcp:folder/iAMPolicy:IAMPolicy", { folder: "folders/1", policyData: "auditConfigs" }),
        expect: { violations: [{ messageId: "unreadable", data: { subject: "Folder IAM policy", name: "iAMPolicy", problem: "is not valid JSON" } }] },
    },
    { name: "policy data unknown during preview", resources: mockResource("gcp:projects/iAMPolicy:IAMPolicy", { project: "acme", policyData: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
