import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./node-type-allowed";

const CONFIG = { "cost-elasticache-node-type-allowed": { allowedNodeTypes: { test: ["cache.t4g.*", "cache.t3.*"] } } };

export const cases: RuleCase[] = [
    {
        name: "a replication group node type outside the allow-list",
        resources: mockResource("aws:elasticache/replicationGroup:ReplicationGroup", { description: "d", nodeType: "cache.r6g.xlarge" }),
        options: { config: CONFIG },
        expect: { violations: [{ propertyPath: "nodeType", messageIncludes: "Replication group" }] },
    },
    {
        name: "a cluster node type outside the allow-list",
        resources: mockResource("aws:elasticache/cluster:Cluster", { engine: "memcached", nodeType: "cache.m5.large", numCacheNodes: 2 }),
        options: { config: CONFIG },
        expect: { violations: ["nodeType"] },
    },
    {
        name: "an allowed node type",
        resources: mockResource("aws:elasticache/cluster:Cluster", { engine: "redis", nodeType: "cache.t4g.micro" }),
        options: { config: CONFIG },
        expect: "pass",
    },
    {
        name: "no allow-list configured",
        resources: mockResource("aws:elasticache/cluster:Cluster", { engine: "redis", nodeType: "cache.r6g.16xlarge" }),
        expect: "not-judged",
    },
    {
        name: "node type unknown during preview",
        resources: mockResource("aws:elasticache/cluster:Cluster", { engine: "redis", nodeType: unknown() }),
        options: { config: CONFIG },
        expect: "skipped",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
