import { defineRule, recordOf } from "../../../src";
import { ALLOW_LIST_SCHEMA, allowListFor, ENVIRONMENT_SCHEMA, environmentOf, reportIfDisallowed } from "../lib/environment";
import type {} from "../../../src/types/aws/elasticsearch";
import type {} from "../../../src/types/aws/opensearch";

export default defineRule({
    id: "cost-opensearch-instance-type-allowed",
    title: "OpenSearch instance types are on the environment's allow-list",
    description:
        "OpenSearch domains run data, dedicated master and warm nodes around the clock, each billed per hour. A per-environment allow-list of instance types keeps large nodes out of environments that do not need them.",
    severity: "medium",
    service: "opensearch",
    tags: ["cost"],
    remediation:
        'Pick instance types the environment allows (e.g. `clusterConfig: { instanceType: "t3.medium.search" }`), or extend `allowedInstanceTypes` for the environment in the policy configuration.',
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            allowedInstanceTypes: {
                ...ALLOW_LIST_SCHEMA,
                description: 'Per environment (name, glob, or "*"), the allowed instance types as globs, e.g. { "dev": ["t3.*.search"] }. An empty list allows all.',
            },
            environment: ENVIRONMENT_SCHEMA,
        },
    },
    configDefaults: { allowedInstanceTypes: {}, environment: "" },
    resourceType: ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"],
    validate(props, ctx) {
        const environment = environmentOf(ctx.config.environment, ctx.stackTags, ctx.urn);
        const patterns = allowListFor(ctx.config.allowedInstanceTypes, environment);
        if (!patterns) return;
        const allowed = { patterns, environment };
        const config = recordOf(props.clusterConfig);
        reportIfDisallowed(ctx, allowed, "Domain", "instance type", config.instanceType, "clusterConfig.instanceType");
        if (config.dedicatedMasterEnabled === true) {
            reportIfDisallowed(ctx, allowed, "Domain", "dedicated master type", config.dedicatedMasterType, "clusterConfig.dedicatedMasterType");
        }
        if (config.warmEnabled === true) {
            reportIfDisallowed(ctx, allowed, "Domain", "warm node type", config.warmType, "clusterConfig.warmType");
        }
    },
});
