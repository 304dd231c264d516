import { defineRule } from "../../../src";
import type {} from "../../../src/types/aws/cloudwatch";

export default defineRule({
    id: "cloudwatch-log-group-retention",
    title: "CloudWatch log groups keep logs long enough",
    description:
        "Intrusions are often found months after they start; if the logs have already expired, so has the evidence of what happened. Log groups should keep events for at least the period your incident response and compliance obligations need (one year by default).",
    severity: "medium",
    service: "cloudwatch",
    frameworks: {
        "nist-800-53-r5": ["AU-11", "SI-12"],
    },
    tags: ["logging", "retention"],
    remediation:
        "Set `retentionInDays` to at least the configured minimum using one of the values CloudWatch accepts (e.g. 365, 400, 545, 731, 1096, 1827, 3653), or leave it unset to keep events forever.",
    defaultLevel: "advisory",
    configSchema: {
        properties: {
            minimumDays: { type: "integer", minimum: 1, description: "The shortest retention accepted, in days." },
            allowNeverExpire: {
                type: "boolean",
                description: "Whether a log group that keeps events forever (retentionInDays unset or 0) passes. Set false to require an explicit retention period.",
            },
        },
    },
    configDefaults: { minimumDays: 365, allowNeverExpire: true },
    examples: {
        violating: [
            {
                description: "logs kept for 30 days",
                resources: [{ type: "aws:cloudwatch/logGroup:LogGroup", name: "app-logs", props: { name: "/orders/api", retentionInDays: 30 } }],
            },
        ],
        compliant: [
            {
                description: "logs kept for a year",
                resources: [{ type: "aws:cloudwatch/logGroup:LogGroup", name: "app-logs", props: { name: "/orders/api", retentionInDays: 365 } }],
            },
        ],
    },
    resourceType: "aws:cloudwatch/logGroup:LogGroup",
    validate(props, ctx) {
        // Delivery-class groups are fixed at 2 days by CloudWatch: they only forward events elsewhere.
        if (props.logGroupClass === "DELIVERY") ctx.notApplicable("Log groups of class DELIVERY keep events for 2 days by design.");
        const minimum = typeof ctx.config.minimumDays === "number" ? ctx.config.minimumDays : 365;
        const days = props.retentionInDays;
        if (days === undefined || days === null || days === 0) {
            if (ctx.config.allowNeverExpire === false) {
                ctx.report({
                    message: `Log group \`${ctx.name}\` sets no retention period, so it keeps events forever; a retention of at least ${minimum} days is required.`,
                    propertyPath: "retentionInDays",
                });
            }
            return;
        }
        if (typeof days !== "number" || !Number.isFinite(days)) return;
        if (days < minimum) {
            ctx.report({
                message: `Log group \`${ctx.name}\` keeps events for ${days} days, less than the required ${minimum}.`,
                propertyPath: "retentionInDays",
            });
        }
    },
});
