import { defineRule } from "../../../src";
import { isGlobalSecondary } from "../lib/elasticache-global";
import type {} from "../../../src/types/aws/elasticache";

export default defineRule({
    id: "elasticache-replication-group-encrypted-at-rest",
    title: "ElastiCache replication groups encrypt data at rest",
    description:
        "Caches hold copies of application data, sessions and tokens, and ElastiCache writes them to disk in backups, swaps and snapshots. Without at-rest encryption those copies are readable by anyone who gets hold of the storage or a snapshot.",
    severity: "high",
    service: "elasticache",
    frameworks: {
        "aws-fsbp": ["ElastiCache.4"],
        "nist-800-53-r5": ["SC-13", "SC-28", "SC-28(1)"],
    },
    tags: ["encryption", "data"],
    remediation:
        "Set `atRestEncryptionEnabled: true` (optionally with `kmsKeyId` for a customer managed key). The setting applies when the group is created, so an existing group has to be replaced or restored from a snapshot into a new, encrypted group.",
    defaultLevel: "mandatory",
    examples: {
        violating: [
            {
                description: "Redis OSS without at-rest encryption",
                resources: [
                    {
                        type: "aws:elasticache/replicationGroup:ReplicationGroup",
                        name: "sessions",
                        props: {
                            description: "Session cache",
                            engine: "redis",
                            engineVersion: "7.1",
                            nodeType: "cache.t4g.small",
                            numCacheClusters: 2,
                            atRestEncryptionEnabled: false,
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "Redis OSS with at-rest encryption",
                resources: [
                    {
                        type: "aws:elasticache/replicationGroup:ReplicationGroup",
                        name: "sessions",
                        props: {
                            description: "Session cache",
                            engine: "redis",
                            engineVersion: "7.1",
                            nodeType: "cache.t4g.small",
                            numCacheClusters: 2,
                            atRestEncryptionEnabled: true,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:elasticache/replicationGroup:ReplicationGroup",
    validate(props, ctx) {
        if (isGlobalSecondary(props)) ctx.notApplicable("A secondary of a global datastore inherits encryption from the primary group.");
        const enabled = props.atRestEncryptionEnabled;
        if (enabled === true) return;
        if (enabled === false) {
            ctx.report({
                message: `Replication group \`${ctx.name}\` turns at-rest encryption off (atRestEncryptionEnabled: false).`,
                propertyPath: "atRestEncryptionEnabled",
            });
            return;
        }
        // Unset: Valkey encrypts by default; Redis OSS (the default engine) does not.
        const engine = props.engine;
        if (typeof engine === "string" && engine.toLowerCase() === "valkey") return;
        ctx.report({
            message: `Replication group \`${ctx.name}\` does not set atRestEncryptionEnabled, and the ${engine === undefined || engine === null ? "default Redis OSS" : "Redis OSS"} engine leaves data at rest unencrypted by default.`,
            propertyPath: "atRestEncryptionEnabled",
        });
    },
});
