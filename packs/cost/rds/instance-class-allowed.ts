import { defineRule } from "../../../src";
import { ALLOW_LIST_SCHEMA, allowListFor, ENVIRONMENT_SCHEMA, environmentOf, reportIfDisallowed } from "../lib/environment";
import type {} from "../../../src/types/aws/rds";

export default defineRule({
    id: "cost-rds-instance-class-allowed",
    title: "RDS instance classes are on the environment's allow-list",
    description:
        "Database instances run around the clock and cost more per hour than the same EC2 size. A per-environment allow-list of DB instance classes keeps large or memory-optimised classes out of environments that do not need them.",
    severity: "medium",
    service: "rds",
    tags: ["cost"],
    remediation:
        'Pick a DB instance class the environment allows (e.g. `instanceClass: "db.t4g.medium"`), or extend `allowedInstanceClasses` for the environment in the policy configuration.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            allowedInstanceClasses: {
                ...ALLOW_LIST_SCHEMA,
                description: 'Per environment (name, glob, or "*"), the allowed DB instance classes as globs, e.g. { "dev": ["db.t3.*", "db.t4g.*"] }. An empty list allows all.',
            },
            environment: ENVIRONMENT_SCHEMA,
        },
    },
    configDefaults: { allowedInstanceClasses: {}, environment: "" },
    resourceType: ["aws:rds/instance:Instance", "aws:rds/clusterInstance:ClusterInstance"],
    validate(props, ctx) {
        const environment = environmentOf(ctx.config.environment, ctx.stackTags, ctx.urn);
        const patterns = allowListFor(ctx.config.allowedInstanceClasses, environment);
        if (!patterns) return;
        const subject = ctx.type === "aws:rds/instance:Instance" ? "DB instance" : "Cluster instance";
        reportIfDisallowed(ctx, { patterns, environment }, subject, "instance class", props.instanceClass, "instanceClass");
    },
});
