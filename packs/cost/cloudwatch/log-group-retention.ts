import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/cloudwatch";

/** The retention periods CloudWatch Logs accepts, in days. */
const VALID_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

export default defineRule({
    id: "cost-cloudwatch-log-group-retention",
    title: "CloudWatch log groups expire their logs",
    description:
        "A log group without a retention period keeps every event forever, and CloudWatch Logs bills stored data every month. Logs nobody reads after a few weeks become one of the quietly growing lines of a bill.",
    severity: "low",
    service: "cloudwatch",
    tags: ["cost", "logging"],
    remediation:
        "Set `retentionInDays` to how long the logs are useful (e.g. `retentionInDays: 30`); export to S3 with a lifecycle rule what must be kept longer. Compliance may require a minimum: choose the value with that in mind.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            defaultRetentionDays: {
                type: "integer",
                enum: VALID_RETENTION_DAYS,
                description: "Retention (days) remediation sets on log groups that have none.",
            },
        },
    },
    configDefaults: { defaultRetentionDays: 30 },
    examples: {
        violating: [{ description: "no retention", resources: [{ type: "aws:cloudwatch/logGroup:LogGroup", name: "app-logs", props: {} }] }],
        compliant: [{ description: "30 days", resources: [{ type: "aws:cloudwatch/logGroup:LogGroup", name: "app-logs", props: { retentionInDays: 30 } }] }],
    },
    resourceType: "aws:cloudwatch/logGroup:LogGroup",
    validate(props, ctx) {
        const days = props.retentionInDays;
        // 0 (or unset) means "never expire".
        if (days === undefined || days === null || days === 0) {
            ctx.report({ message: `Log group \`${ctx.name}\` keeps its logs forever: retentionInDays is not set.`, propertyPath: "retentionInDays" });
        }
    },
    remediate(props, ctx) {
        const days = ctx.config.defaultRetentionDays;
        props.retentionInDays = VALID_RETENTION_DAYS.includes(days) ? days : 30;
    },
});
