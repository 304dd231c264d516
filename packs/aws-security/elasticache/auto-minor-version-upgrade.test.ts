import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./auto-minor-version-upgrade";

const group = (props: MockProps<"aws:elasticache/replicationGroup:ReplicationGroup">) =>
    mockResource("aws:elasticache/replicationGroup:ReplicationGroup", { description: "sessions", nodeType: "cache.t4g.small", ...props }, { name: "sessions" });
const cluster = (props: MockProps<"aws:elasticache/cluster:Cluster">) =>
    mockResource("aws:elasticache/cluster:Cluster", { engine: "redis", nodeType: "cache.t4g.small", numCacheNodes: 1, ...props }, { name: "cache" });

export const cases: RuleCase[] = [
    {
        name: "replication group opts out",
        resources: group({ autoMinorVersionUpgrade: false }),
        expect: { violations: [{ messageId: "disabled", data: { kind: "Replication group", name: "sessions" }, propertyPath: "autoMinorVersionUpgrade" }] },
    },
    { name: "replication group left at the AWS default (on)", resources: group({}), expect: "pass" },
    { name: "replication group opts in", resources: group({ autoMinorVersionUpgrade: true }), expect: "pass" },
    { name: "cluster opts out with the provider's string form", resources: cluster({ autoMinorVersionUpgrade: "false" }), expect: { violations: [{ messageId: "disabled", data: { kind: "ElastiCache cluster", name: "cache" } }] } },
    { name: "cluster opts in with the string form", resources: cluster({ autoMinorVersionUpgrade: "true" }), expect: "pass" },
    { name: "cluster left at the default", resources: cluster({}), expect: "pass" },
    { name: "Memcached cluster left at the default", resources: cluster({ engine: "memcached" }), expect: "pass" },
    { name: "flag unknown during preview", resources: group({ autoMinorVersionUpgrade: unknown("boolean") }), expect: "skipped" },
    { name: "remediation on a replication group", resources: group({ autoMinorVersionUpgrade: false }), expect: { remediated: { autoMinorVersionUpgrade: true } } },
    { name: "remediation on a cluster writes the string form", resources: cluster({ autoMinorVersionUpgrade: "false" }), expect: { remediated: { autoMinorVersionUpgrade: "true" } } },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
