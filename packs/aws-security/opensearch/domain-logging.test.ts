import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./domain-logging";

const GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/os";
const domain = (logPublishingOptions?: Array<{ logType: string; cloudwatchLogGroupArn: string; enabled?: boolean }>) =>
    mockResource("aws:opensearch/domain:Domain", { logPublishingOptions }, { name: "search" });

export const cases: RuleCase[] = [
    { name: "no log publishing", resources: domain(), expect: { violations: [{ messageId: "noLogs", data: { kind: "OpenSearch domain", name: "search", state: "logPublishingOptions is not set" }, propertyPath: "logPublishingOptions" }] } },
    { name: "every entry disabled", resources: domain([{ logType: "INDEX_SLOW_LOGS", cloudwatchLogGroupArn: GROUP, enabled: false }]), expect: { violations: [{ messageId: "noLogs", data: { kind: "OpenSearch domain", name: "search", state: "every logPublishingOptions entry is disabled" } }] } },
    { name: "legacy Elasticsearch domain without logs", resources: mockResource("aws:elasticsearch/domain:Domain", {}, { name: "legacy" }), expect: { violations: [{ messageId: "noLogs", data: { kind: "Elasticsearch domain", name: "legacy", state: "logPublishingOptions is not set" } }] } },
    { name: "slow logs published (enabled by default)", resources: domain([{ logType: "INDEX_SLOW_LOGS", cloudwatchLogGroupArn: GROUP }]), expect: "pass" },
    { name: "error logs published", resources: domain([{ logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: GROUP, enabled: true }]), expect: "pass" },
    { name: "unknown during preview", resources: mockResource("aws:opensearch/domain:Domain", { logPublishingOptions: unknown("array") }, { name: "search" }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
