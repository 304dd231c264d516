import { checkCase, mockResource, unknown, type MockProps, type RuleCase } from "../../../src/testing";
import rule from "./automatic-backups";

const group = (props: MockProps<"aws:elasticache/replicationGroup:ReplicationGroup">) =>
    mockResource("aws:elasticache/replicationGroup:ReplicationGroup", { description: "sessions", nodeType: "cache.t4g.small", ...props }, { name: "sessions" });
const cluster = (props: MockProps<"aws:elasticache/cluster:Cluster">) => mockResource("aws:elasticache/cluster:Cluster", { nodeType: "cache.t4g.small", numCacheNodes: 1, ...props }, { name: "cache" });

export const cases: RuleCase[] = [
    {
        name: "replication group with the default engine and no retention",
        resources: group({}),
        expect: { violations: [{ messageId: "unset", data: { kind: "Replication group", name: "sessions" }, propertyPath: "snapshotRetentionLimit" }] },
    },
    { name: "replication group with backups off", resources: group({ engine: "redis", snapshotRetentionLimit: 0 }), expect: { violations: [{ messageId: "off" }] } },
    { name: "replication group with one day", resources: group({ engine: "redis", snapshotRetentionLimit: 1 }), expect: "pass" },
    { name: "Valkey replication group with backups", resources: group({ engine: "valkey", snapshotRetentionLimit: 7 }), expect: "pass" },
    { name: "Valkey replication group without backups", resources: group({ engine: "valkey" }), expect: { violations: [{ messageId: "unset" }] } },
    {
        name: "a stricter minimum from the config",
        resources: group({ snapshotRetentionLimit: 3 }),
        options: { config: { "elasticache-automatic-backups": { minimumDays: 7 } } },
        expect: { violations: [{ messageId: "tooShort", data: { kind: "Replication group", name: "sessions", days: 3, minimum: 7 } }] },
    },
    {
        name: "Redis OSS cluster without backups",
        resources: cluster({ engine: "redis" }),
        expect: { violations: [{ messageId: "unset", data: { kind: "ElastiCache cluster", name: "cache" }, propertyPath: "snapshotRetentionLimit" }] },
    },
    { name: "Redis OSS cluster with backups", resources: cluster({ engine: "redis", snapshotRetentionLimit: 5 }), expect: "pass" },
    { name: "engine name in another case", resources: cluster({ engine: "Redis", snapshotRetentionLimit: 0 }), expect: { violations: [{ messageId: "off" }] } },
    { name: "cache.t1.micro nodes cannot take backups", resources: cluster({ engine: "redis", nodeType: "cache.t1.micro" }), expect: "pass" },
    { name: "Memcached has no backups", resources: cluster({ engine: "memcached" }), expect: "pass" },
    { name: "a cluster in a replication group is judged on the group", resources: cluster({ replicationGroupId: "sessions" }), expect: "pass" },
    { name: "retention unknown during preview", resources: group({ snapshotRetentionLimit: unknown("number") }), expect: "skipped" },
    { name: "cluster engine unknown during preview", resources: cluster({ engine: unknown() }), expect: "skipped" },
];

test.each(cases)("$name", (c) => checkCase(rule, c));
