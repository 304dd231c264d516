import { defineRule } from "../../../src";
import { isGlobalSecondary } from "../lib/elasticache-global";
import type {} from "../../../src/types/aws/elasticache";

export default defineRule({
    id: "elasticache-replication-group-encrypted-in-transit",
    title: "ElastiCache replication groups require TLS",
    description:
        "Without in-transit encryption, commands, cached values and AUTH passwords cross the network in plain text between clients and nodes, and between the nodes themselves. TLS is also what ElastiCache requires before it accepts AUTH tokens.",
    severity: "medium",
    service: "elasticache",
    frameworks: {
        "aws-fsbp": ["ElastiCache.5"],
        "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-23"],
        "pci-dss-4.0": ["4.2.1"],
    },
    tags: ["encryption", "network"],
    remediation:
        'Set `transitEncryptionEnabled: true` and leave `transitEncryptionMode` at "required" once clients connect with TLS. Engine versions before 7.0.5 can only enable it by replacing the group.',
    defaultLevel: "advisory",
    examples: {
        violating: [
            {
                description: "clients connect in plain text",
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
                        },
                    },
                ],
            },
        ],
        compliant: [
            {
                description: "clients must use TLS",
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
                            transitEncryptionEnabled: true,
                        },
                    },
                ],
            },
        ],
    },
    resourceType: "aws:elasticache/replicationGroup:ReplicationGroup",
    validate(props, ctx) {
        if (isGlobalSecondary(props)) ctx.notApplicable("A secondary of a global datastore inherits encryption from the primary group.");
        const enabled = props.transitEncryptionEnabled;
        if (enabled !== true) {
            ctx.report({
                message: `Replication group \`${ctx.name}\` ${enabled === false ? "turns in-transit encryption off" : "does not enable in-transit encryption"}, so clients talk to it in plain text.`,
                propertyPath: "transitEncryptionEnabled",
            });
            return;
        }
        // "preferred" is the migration mode: TLS is offered, but plain-text clients are still accepted.
        if (props.transitEncryptionMode === "preferred") {
            ctx.report({
                message: `Replication group \`${ctx.name}\` still accepts plain-text connections (transitEncryptionMode: "preferred").`,
                propertyPath: "transitEncryptionMode",
                fix: 'Once every client connects with TLS, set `transitEncryptionMode: "required"`.',
            });
        }
    },
});
