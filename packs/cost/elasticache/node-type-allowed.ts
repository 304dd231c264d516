import { defineRule } from "../../../src";
import { ALLOW_LIST_SCHEMA, allowListFor, ENVIRONMENT_SCHEMA, environmentOf, reportIfDisallowed } from "../lib/environment";
import type {} from "../../../src/types/aws/elasticache";

export default defineRule({
    id: "cost-elasticache-node-type-allowed",
    title: "ElastiCache node types are on the environment's allow-list",
    description:
        "Every ElastiCache node is billed per hour, and replicas multiply the node price. A per-environment allow-list of node types keeps large memory-optimised nodes out of environments that do not need them.",
    severity: "medium",
    service: "elasticache",
    tags: ["cost"],
    remediation:
        'Pick a node type the environment allows (e.g. `nodeType: "cache.t4g.small"`), or extend `allowedNodeTypes` for the environment in the policy configuration.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            allowedNodeTypes: {
                ...ALLOW_LIST_SCHEMA,
                description: 'Per environment (name, glob, or "*"), the allowed node types as globs, e.g. { "dev": ["cache.t4g.*"] }. An empty list allows all.',
            },
            environment: ENVIRONMENT_SCHEMA,
        },
    },
    configDefaults: { allowedNodeTypes: {}, environment: "" },
    resourceType: ["aws:elasticache/cluster:Cluster", "aws:elasticache/replicationGroup:ReplicationGroup"],
    validate(props, ctx) {
        const environment = environmentOf(ctx.config.environment, ctx.stackTags, ctx.urn);
        const patterns = allowListFor(ctx.config.allowedNodeTypes, environment);
        if (!patterns) return;
        const subject = ctx.type === "aws:elasticache/cluster:Cluster" ? "Cache cluster" : "Replication group";
        reportIfDisallowed(ctx, { patterns, environment }, subject, "node type", props.nodeType, "nodeType");
    },
});
