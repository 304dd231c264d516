import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./domain-fine-grained-access-control";

export const cases: RuleCase[] = [
    { name: "not set", resources: mockResource("aws:opensearch/domain:Domain", {}, { name: "search" }), expect: { violations: [{ propertyPath: "advancedSecurityOptions.enabled", messageIncludes: "is not set" }] } },
    { name: "switched off on a legacy domain", resources: mockResource("aws:elasticsearch/domain:Domain", { advancedSecurityOptions: { enabled: false } }, { name: "legacy" }), expect: { violations: [{ propertyPath: "advancedSecurityOptions.enabled", messageIncludes: "Elasticsearch domain `legacy`" }] } },
    { name: "on", resources: mockResource("aws:opensearch/domain:Domain", { advancedSecurityOptions: { enabled: true } }, { name: "search" }), expect: "pass" },
    { name: "unknown during preview", resources: mockResource("aws:opensearch/domain:Domain", { advancedSecurityOptions: { enabled: unknown("boolean") } }, { name: "search" }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
