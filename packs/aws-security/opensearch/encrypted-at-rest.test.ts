import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./encrypted-at-rest";

const domain = (props: MockProps<"aws:opensearch/domain:Domain">) => mockResource("aws:opensearch/domain:Domain", { engineVersion: "OpenSearch_2.13", ...props }, { name: "search" });

export const cases: RuleCase[] = [
    { name: "no encryption block", resources: domain({}), expect: { violations: [{ propertyPath: "encryptAtRest.enabled", messageIncludes: "OpenSearch domain `search`" }] } },
    { name: "encryption off", resources: domain({ encryptAtRest: { enabled: false } }), expect: { violations: ["encryptAtRest.enabled"] } },
    { name: "encryption on", resources: domain({ encryptAtRest: { enabled: true } }), expect: "pass" },
    {
        name: "legacy Elasticsearch domain without encryption",
        resources: mockResource("aws:elasticsearch/domain:Domain", { elasticsearchVersion: "7.10" }, { name: "legacy" }),
        expect: { violations: [{ propertyPath: "encryptAtRest.enabled", messageIncludes: "Elasticsearch domain `legacy`" }] },
    },
    { name: "flag unknown during preview", resources: domain({ encryptAtRest: { enabled: unknown("boolean") } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
