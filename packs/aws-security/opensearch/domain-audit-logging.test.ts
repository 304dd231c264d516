import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./domain-audit-logging";

const GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/os";
const domain = (logPublishingOptions?: Array<{ logType: string; cloudwatchLogGroupArn: string; enabled?: boolean }>) =>
    mockResource("aws:opensearch/domain:Domain", { logPublishingOptions }, { name: "search" });

export const cases: RuleCase[] = [
    { name: "no log publishing", resources: domain(), expect: { violations: [{ messageId: "noAuditLogs", data: { kind: "OpenSearch domain", name: "search" }, propertyPath: "logPublishingOptions" }] } },
    { name: "audit logs switched off", resources: domain([{ logType: "AUDIT_LOGS", cloudwatchLogGroupArn: GROUP, enabled: false }]), expect: { violations: [{ messageId: "noAuditLogs" }] } },
    { name: "error logs only", resources: domain([{ logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: GROUP }]), expect: { violations: [{ messageId: "noAuditLogs" }] } },
    { name: "audit logs published", resources: domain([{ logType: "AUDIT_LOGS", cloudwatchLogGroupArn: GROUP }]), expect: "pass" },
    { name: "unknown during preview", resources: domain([{ logType: unknown("string") as unknown as string, cloudwatchLogGroupArn: GROUP }]), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
