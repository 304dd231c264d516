import { defineRule } from "../../../src";
import { ENVIRONMENT_SCHEMA, environmentOf, forEnvironment } from "../lib/environment";
import type {} from "../../../src/types/aws/rds";

export default defineRule({
    id: "cost-rds-multi-az",
    title: "Multi-AZ databases only where the environment calls for them",
    description:
        "A Multi-AZ DB instance runs a standby copy in a second Availability Zone and bills it in full: instance hours and storage double. That buys fast failover in production, but rarely pays off in development or test environments.",
    severity: "low",
    service: "rds",
    tags: ["cost"],
    remediation:
        "Set `multiAz: false` in environments that do not need automatic failover, or allow Multi-AZ there through `allowMultiAzByEnvironment` in the policy configuration.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            allowMultiAz: { type: "boolean", description: "Whether Multi-AZ is expected where no environment entry says otherwise (default true: nothing is reported)." },
            allowMultiAzByEnvironment: {
                type: "object",
                additionalProperties: { type: "boolean" },
                description: 'Per environment (name, glob, or "*"), whether Multi-AZ is expected, e.g. { "prod": true, "*": false }.',
            },
            environment: ENVIRONMENT_SCHEMA,
        },
    },
    configDefaults: { allowMultiAz: true, allowMultiAzByEnvironment: {}, environment: "" },
    resourceType: "aws:rds/instance:Instance",
    validate(props, ctx) {
        const environment = environmentOf(ctx.config.environment, ctx.stackTags, ctx.urn);
        const byEnvironment = forEnvironment<unknown>(ctx.config.allowMultiAzByEnvironment, environment);
        const allowed = typeof byEnvironment === "boolean" ? byEnvironment : ctx.config.allowMultiAz !== false;
        if (allowed) return;
        if (props.multiAz === true) {
            ctx.report({
                message: `DB instance \`${ctx.name}\` is Multi-AZ, which doubles its instance and storage cost, and Multi-AZ is not expected in the "${environment}" environment.`,
                propertyPath: "multiAz",
            });
        }
    },
});
