import { checkCase, mockResource, unknown, type RuleCase } from "../../../src/testing";
import rule from "./node-type-allowed";

const CONFIG = { "cost-elasticache-node-type-allowed": { allowedNodeTypes: { test: ["cache.t4g.*", "cache.t3.*"] } } };

const cases: RuleCase[] = [
    {
        name: "a replication group node type outside the allow-list",
        resources: mockResource("aws:elasticache/replicationGroup:ReplicationGroup", { description: "d", nodeType: "cache.r6g.xlarge" } as never),
        options: { config: CONFIG },
        expect: { violations: [{ propertyPath: "nodeType", messageIncludes: "Replication group" }] },
    },
    {
        name: "a cluster node type outside the allow-list",
        resources: mockResource("aws:elasticache/cluster:Cluster", { engine: "memcached", nodeType: "cache.m5.large", numCacheNodes: 2 } as never),
        options: { config: CONFIG },
        expect: { violations: ["nodeType"] },
    },
    {
        name: "an allowed node type",
        resources: mockResource("aws:elasticache/cluster:Cluster", { engine: "redis", nodeType: "cache.t4g.micro" } as never),
        options: { config: CONFIG },
        expect: "pass",
    },
    {
        name: "no allow-list configured",
        resources: mockResource("aws:elasticache/cluster:Cluster", { engine: "redis", nodeType: "cache.r6g.16xlarge" } as never),
        expect: "pass",
    },
    {
        name: "node type unknown during preview",
        resources: mockResource("aws:elasticache/cluster:Cluster", { engine: "redis", nodeType: unknown() } as never),
        options: { config: CONFIG },
        expect: "skipped",
    },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
