import { defineRule } from "../../../src";
import { CACHE_CLUSTER, cacheKind, isRedisFamily, joinsReplicationGroup, REPLICATION_GROUP } from "../lib/elasticache-engines";
import type {} from "../../../src/types/aws/elasticache";

export default defineRule({
    id: "elasticache-automatic-backups",
    title: "ElastiCache Redis OSS and Valkey caches take automatic backups",
    description:
        "Caches are often used as the primary store for sessions, queues, leaderboards and rate limits. Without automatic backups (snapshotRetentionLimit is 0 unless set), a node failure, a bad FLUSHALL or a faulty deploy loses that data for good. Memcached has no backups and is not judged.",
    severity: "medium",
    service: "elasticache",
    frameworks: {
        "aws-fsbp": ["ElastiCache.1"],
        "nist-800-53-r5": ["CP-9", "CP-10"],
    },
    tags: ["backup", "resilience"],
    remediation:
        'Set `snapshotRetentionLimit` to at least the configured minimum (1 day by default, up to 35), e.g. `snapshotRetentionLimit: 7` with `snapshotWindow: "03:00-05:00"`, on the aws.elasticache.ReplicationGroup or the Redis OSS / Valkey aws.elasticache.Cluster.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            minimumDays: { type: "integer", minimum: 1, maximum: 35, description: "Fewest days of automatic backups accepted." },
        },
    },
    configDefaults: { minimumDays: 1 },
    messages: {
        unset: "{{kind}} `{{name}}` does not set snapshotRetentionLimit, so automatic backups are off (the default is 0).",
        off: "{{kind}} `{{name}}` turns automatic backups off (snapshotRetentionLimit: 0).",
        tooShort: "{{kind}} `{{name}}` keeps automatic backups for {{days}} days, fewer than the required {{minimum}}.",
    },
    examples: {
        violating: [
            {
                description: "a Redis OSS replication group without automatic backups",
                resources: [
                    {
                        type: REPLICATION_GROUP,
                        name: "sessions",
                        props: { description: "Session cache", engine: "redis", engineVersion: "7.1", nodeType: "cache.t4g.small", numCacheClusters: 2 },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "a week of automatic backups",
                resources: [
                    {
                        type: REPLICATION_GROUP,
                        name: "sessions",
                        props: {
                            description: "Session cache",
                            engine: "redis",
                            engineVersion: "7.1",
                            nodeType: "cache.t4g.small",
                            numCacheClusters: 2,
                            snapshotRetentionLimit: 7,
                            snapshotWindow: "03:00-05:00",
                        },
                    },
                ],
            },
        ],
    },
    resourceType: [REPLICATION_GROUP, CACHE_CLUSTER],
    validate(props, ctx) {
        const { resource } = ctx;
        if (resource.type === CACHE_CLUSTER) {
            if (joinsReplicationGroup(resource.props)) ctx.notApplicable("A cluster in a replication group takes its backup settings from the group.");
            if (!isRedisFamily(resource.props.engine)) ctx.notApplicable("Only Redis OSS and Valkey caches have backups.");
        } else if (resource.props.engine !== undefined && resource.props.engine !== null && !isRedisFamily(resource.props.engine)) {
            ctx.notApplicable("Only Redis OSS and Valkey caches have backups.");
        }
        // cache.t1.micro nodes cannot take snapshots at all.
        const nodeType = props.nodeType;
        if (typeof nodeType === "string" && nodeType.trim().toLowerCase() === "cache.t1.micro") ctx.notApplicable("cache.t1.micro nodes do not support backups.");
        const minimum = ctx.config.minimumDays;
        const days = props.snapshotRetentionLimit;
        if (typeof days === "number" && days >= minimum) return;
        const data = { kind: cacheKind(ctx.type), name: ctx.name };
        if (days === undefined || days === null) ctx.report({ messageId: "unset", data, propertyPath: "snapshotRetentionLimit" });
        else if (days === 0) ctx.report({ messageId: "off", data, propertyPath: "snapshotRetentionLimit" });
        else ctx.report({ messageId: "tooShort", data: { ...data, days: typeof days === "number" ? days : "an invalid number of", minimum }, propertyPath: "snapshotRetentionLimit" });
    },
});
