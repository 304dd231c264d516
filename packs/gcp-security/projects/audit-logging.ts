import { defineRule, listOf, recordOf } from "../../../src";
import { readPolicyData } from "../lib/iam-grants";
import { HIERARCHY_AUDIT_CONFIG_TYPES, hierarchyLevelOf } from "../lib/iam-hierarchy";
import type {} from "../../../src/types/gcp/projects";
import type {} from "../../../src/types/gcp/folder";
import type {} from "../../../src/types/gcp/organizations";

const REQUIRED_LOG_TYPES = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"] as const;
const POLICY_TYPES = ["gcp:organizations/iAMPolicy:IAMPolicy", "gcp:folder/iAMPolicy:IAMPolicy", "gcp:projects/iAMPolicy:IAMPolicy"] as const;

/** What is wrong with one audit config: the log types it lacks, and the log configs that exempt principals. */
interface AuditConfigFindings {
    readonly missing: readonly string[];
    readonly exempted: readonly { readonly logType: string; readonly index: number }[];
}

function logTypeOf(config: unknown): string {
    const logType = recordOf(config).logType;
    return typeof logType === "string" ? logType.trim().toUpperCase() : "";
}

/** What an audit config lacks (for allServices: a log type) and which of its log configs exempt principals. */
function judgeAuditConfig(service: unknown, logConfigs: unknown): AuditConfigFindings {
    const configs = listOf(logConfigs);
    const present = new Set(configs.map(logTypeOf));
    const missing = typeof service === "string" && service.trim() === "allServices" ? REQUIRED_LOG_TYPES.filter((t) => !present.has(t)) : [];
    const exempted = configs.flatMap((config, index) => (listOf(recordOf(config).exemptedMembers).length > 0 ? [{ logType: logTypeOf(config) || "a log type", index }] : []));
    return { missing, exempted };
}

/**
 * Judges the audit configurations the stack declares: IAMAuditConfig resources of a project,
 * folder or organization, and the `auditConfigs` of an IAM policy's JSON. Admin Activity logs are
 * always on; Data Access logs (ADMIN_READ, DATA_READ, DATA_WRITE) are off unless configured. A
 * configuration can only add logging (the union of allServices and per-service entries applies),
 * so a per-service entry is judged only for exemptions. Whether a project has an allServices
 * configuration at all is decided where it is managed, often once for the organization, and is
 * not judged here.
 */
export default defineRule({
    id: "gcp-projects-audit-logging",
    title: "Audit logging for all services records admin reads, data reads and data writes, exempting no one",
    description:
        "Data Access audit logs record who read configuration and who read or changed data; without them an investigation cannot tell what an intruder or insider saw or took. An audit configuration for allServices should enable ADMIN_READ, DATA_READ and DATA_WRITE, and no configuration should exempt principals, since an exempted account is exactly one whose actions go unrecorded.",
    severity: "medium",
    service: "projects",
    frameworks: {
        "cis-gcp-5.0": ["2.1"],
        "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    },
    tags: ["logging"],
    remediation:
        'On the gcp.projects.IAMAuditConfig (or folder / organization IamAuditConfig) with `service: "allServices"`, list `auditLogConfigs: [{ logType: "ADMIN_READ" }, { logType: "DATA_READ" }, { logType: "DATA_WRITE" }]`, and remove every `exemptedMembers`; in an IAM policy, do the same in its `auditConfigs`.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "writes only, with an exempted account",
                resources: [
                    {
                        type: "gcp:projects/iAMAuditConfig:IAMAuditConfig",
                        name: "audit",
                        props: { project: "acme-prod", service: "allServices", auditLogConfigs: [{ logType: "DATA_WRITE", exemptedMembers: ["user:ops@example.com"] }] },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "every data access log for every service",
                resources: [
                    {
                        type: "gcp:projects/iAMAuditConfig:IAMAuditConfig",
                        name: "audit",
                        props: { project: "acme-prod", service: "allServices", auditLogConfigs: [{ logType: "ADMIN_READ" }, { logType: "DATA_READ" }, { logType: "DATA_WRITE" }] },
                    },
                ],
            },
        ],
    },
    messages: {
        missingLogTypes: "{{subject}} `{{name}}` configures audit logging for allServices without {{missing}}.",
        exempted: "{{subject}} `{{name}}` exempts principals from {{logType}} audit logs{{where}}.",
        unreadable: "{{subject}} `{{name}}` could not be judged: its `policyData` {{problem}}.",
    },
    resourceType: [...HIERARCHY_AUDIT_CONFIG_TYPES, ...POLICY_TYPES],
    validate(props, ctx) {
        const level = hierarchyLevelOf(ctx.type) ?? "project";
        const levelName = `${level.charAt(0).toUpperCase()}${level.slice(1)}`;
        const record = recordOf(props);
        const reportFindings = (subject: string, findings: AuditConfigFindings, path: (suffix: string) => string, where: string) => {
            if (findings.missing.length > 0) {
                ctx.report({ messageId: "missingLogTypes", data: { subject, name: ctx.name, missing: findings.missing.join(", ") }, propertyPath: path("auditLogConfigs") });
            }
            for (const { logType, index } of findings.exempted) {
                ctx.report({ messageId: "exempted", data: { subject, name: ctx.name, logType, where }, propertyPath: path(`auditLogConfigs[${index}].exemptedMembers`) });
            }
        };
        if (!ctx.type.endsWith(":IAMPolicy")) {
            reportFindings(`${levelName} audit config`, judgeAuditConfig(record.service, record.auditLogConfigs), (suffix) => suffix, "");
            return;
        }
        const subject = `${levelName} IAM policy`;
        const reading = readPolicyData(record.policyData);
        if (reading.kind === "unreadable") {
            ctx.report({ messageId: "unreadable", data: { subject, name: ctx.name, problem: reading.problem }, propertyPath: "policyData" });
            return;
        }
        // A path cannot reach into the JSON text, so the message says which entry.
        listOf(reading.policy.auditConfigs).forEach((entry, index) => {
            const config = recordOf(entry);
            const where = ` (auditConfigs[${index}])`;
            reportFindings(subject, judgeAuditConfig(config.service, config.auditLogConfigs), () => "policyData", where);
        });
    },
});
