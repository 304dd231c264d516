import { checkCase, mockResource, unknown, type RuleCase, type MockProps } from "../../../src/testing";
import rule from "./instance-type-allowed";

const CONFIG = { "cost-opensearch-instance-type-allowed": { allowedInstanceTypes: { test: ["t3.*.search", "m6g.large.search"] } } };
const domain = (clusterConfig: MockProps<"aws:opensearch/domain:Domain">["clusterConfig"]) => mockResource("aws:opensearch/domain:Domain", { clusterConfig }, { name: "search" });

export const cases: RuleCase[] = [
    {
        name: "data nodes outside the allow-list",
        resources: domain({ instanceType: "r6g.2xlarge.search", instanceCount: 3 }),
        options: { config: CONFIG },
        expect: { violations: [{ propertyPath: "clusterConfig.instanceType", messageIncludes: '"r6g.2xlarge.search"' }] },
    },
    {
        name: "dedicated masters are judged when enabled",
        resources: domain({ instanceType: "t3.medium.search", dedicatedMasterEnabled: true, dedicatedMasterType: "c6g.xlarge.search" }),
        options: { config: CONFIG },
        expect: { violations: ["clusterConfig.dedicatedMasterType"] },
    },
    {
        name: "warm nodes are judged when enabled",
        resources: domain({ instanceType: "m6g.large.search", warmEnabled: true, warmType: "ultrawarm1.large.search" }),
        options: { config: CONFIG },
        expect: { violations: ["clusterConfig.warmType"] },
    },
    { name: "allowed data nodes", resources: domain({ instanceType: "t3.small.search" }), options: { config: CONFIG }, expect: "pass" },
    { name: "no allow-list configured", resources: domain({ instanceType: "r6g.12xlarge.search" }), expect: "not-judged" },
    {
        name: "legacy Elasticsearch domains too",
        resources: mockResource("aws:elasticsearch/domain:Domain", { clusterConfig: { instanceType: "r5.large.elasticsearch" } }),
        options: { config: CONFIG },
        expect: { violations: ["clusterConfig.instanceType"] },
    },
    { name: "instance type unknown during preview", resources: domain({ instanceType: unknown() }), options: { config: CONFIG }, expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
