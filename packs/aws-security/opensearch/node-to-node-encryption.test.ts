import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./node-to-node-encryption";

const domain = (props: MockProps<"aws:opensearch/domain:Domain">) => mockResource("aws:opensearch/domain:Domain", { engineVersion: "OpenSearch_2.13", ...props }, { name: "search" });

export const cases: RuleCase[] = [
    { name: "no block", resources: domain({}), expect: { violations: [{ propertyPath: "nodeToNodeEncryption.enabled", messageIncludes: "`search`" }] } },
    { name: "off", resources: domain({ nodeToNodeEncryption: { enabled: false } }), expect: { violations: ["nodeToNodeEncryption.enabled"] } },
    { name: "on", resources: domain({ nodeToNodeEncryption: { enabled: true } }), expect: "pass" },
    {
        name: "legacy Elasticsearch domain with it on",
        resources: mockResource("aws:elasticsearch/domain:Domain", { nodeToNodeEncryption: { enabled: true } }),
        expect: "pass",
    },
    { name: "flag unknown during preview", resources: domain({ nodeToNodeEncryption: { enabled: unknown("boolean") } }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
